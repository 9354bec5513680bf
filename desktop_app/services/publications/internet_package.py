"""Step 7 internet package: an approved publication as files for the office website and data portals.

One folder holds:

- ``index.html``: the publication as a static page (title, approval mark, sections with their rich
  text, charts as inline SVG drawn by the PDF's chart code, tables as HTML), in the look of the
  offline catalogue (``static_site``): every text escaped, relative links only, nothing fetched;
- the PDF of the approved version (the same bytes ``publish`` writes);
- each table of the publication as CSV (UTF-8 with BOM) and XLSX, from the frozen snapshot that was
  approved (not today's data), written by ``exporting``;
- ``data.json``: a Project Open Data v1.1 catalogue (the shape Satu Data Indonesia portals harvest)
  with one dataset per table.

Download URLs in ``data.json``: the office sets a base URL (where the folder will be uploaded, e.g.
``https://dpmptsp.example.go.id/publikasi/brosur-2025/``; setting ``internet_package``). With it,
every ``downloadURL``/``landingPage`` is absolute, as harvesters need. Without it they are the bare
relative file names, valid inside the folder; the result says so (``absolute_urls`` False) so the
GUI and CLI can warn that a portal cannot harvest them yet.

Identifiers are stable per dataset: ``<office>-keluaran-<output id>`` for a table made from a saved
output (the same in every version and every package), ``<office>-publikasi-<id>-tabel-<n>`` otherwise.

The folder is built beside the target and moved into place at the end (``static_site``'s helpers),
so a failure leaves the old package or nothing. One activity-log entry (step 7).
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop_app.domain import formatting, richtext
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.filenames import slug
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.services.datasets import (
    SITE_STYLE,
    check_target,
    export_table,
    folder_merge,
    html_table,
    page_html,
    site_css,
    spec_svg,
    staging_folder,
)
from desktop_app.services.runtime import FolderMerge, attempt, reported_write_errors, write_atomically, write_error
from desktop_app.storage.models import Output, Publication, Setting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.documents.publication import PublicationDocument
    from desktop_app.domain.metadata import DatasetMeta
    from desktop_app.services.accounts import OfficeProfile
    from desktop_app.services.datasets import CatalogService, DatasetService
    from desktop_app.services.publications.publication_service import PublicationService
    from desktop_app.services.runtime import ServiceContext

MARKER = ".padi-paket-internet"
SETTING_KEY = "internet_package"
CATALOG_FILE = "data.json"
POD_SCHEMA = "https://project-open-data.cio.gov/v1.1/schema"
MEDIA_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "html": "text/html",
}
ACCESS_LEVELS = {"public": "public", "restricted": "restricted public", "non-public": "non-public"}
# Indonesian frequency words -> ISO 8601 repeating durations (POD accrualPeriodicity).
PERIODICITY = (
    ("harian", "R/P1D"), ("mingguan", "R/P1W"), ("bulanan", "R/P1M"), ("triwulan", "R/P3M"),
    ("semester", "R/P6M"), ("tahunan", "R/P1Y"), ("lima tahun", "R/P5Y"),
)
LICENCES = {
    "cc by 4.0": "https://creativecommons.org/licenses/by/4.0/",
    "cc-by 4.0": "https://creativecommons.org/licenses/by/4.0/",
    "cc by-sa 4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "cc0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "cc0 1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "odc-by": "https://opendatacommons.org/licenses/by/1-0/",
}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)

EXTRA_CSS = """\
.approval { border: 1px solid #1f4e79; padding: 0.5em 0.8em; margin: 1em 0; display: inline-block; }
.section h3 { font-size: 1.05em; }
"""


@dataclass(frozen=True)
class PackageResult:
    """What was written (all inside ``folder``)."""

    folder: Path
    index: Path
    pdf: Path
    catalog: Path
    files: tuple[Path, ...]
    version: int
    content_hash: str
    absolute_urls: bool


@dataclass(frozen=True)
class _TableSource:
    """Where a table of the publication came from (for its data.json entry)."""

    output_id: int | None
    meta: DatasetMeta | None


# --- settings ----------------------------------------------------------------------------------
def base_url(ctx: ServiceContext) -> str:
    """The office's base URL for uploaded packages ('' when not set)."""
    with ctx.db.reading() as s:
        row = s.get(Setting, SETTING_KEY)
        return str(row.value.get("base_url", "")) if row else ""


def set_base_url(ctx: ServiceContext, url: str) -> None:
    """Remember the base URL (an http(s) address, or '' to clear); needs the publish permission."""
    url = url.strip()
    if url and not _URL.match(url):
        raise BadInput("url_required", url)
    if url and not url.endswith("/"):
        url += "/"
    with ctx.db.unit_of_work() as s:
        ctx.require(s, Action.PUBLISH_PUBLICATION)
        row = s.get(Setting, SETTING_KEY)
        if row is None:
            s.add(Setting(key=SETTING_KEY, value={"base_url": url}))
        else:
            row.value = {**row.value, "base_url": url}
        ctx.log(s, "package_base_url_set", step=Step.PUBLISH, object_type="setting", object_label=SETTING_KEY,
                detail={"base_url": url})


# --- HTML --------------------------------------------------------------------------------------
def _runs_html(runs: tuple[richtext.Run, ...]) -> str:
    return richtext.runs_markup(runs, escape, ("<strong>", "</strong>"), ("<em>", "</em>"))


def blocks_html(blocks: tuple[richtext.Block, ...]) -> str:
    """Rich text blocks as escaped HTML: headings, paragraphs, bullet and numbered lists."""
    out: list[str] = []
    open_list = ""
    for block in blocks:
        tag = {"bullet": "ul", "number": "ol"}.get(block.style, "")
        if open_list and tag != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if tag and not open_list:
            out.append(f"<{tag}>")
            open_list = tag
        body = _runs_html(block.runs)
        if tag:
            out.append(f"<li>{body}</li>")
        elif block.style == "h1":
            out.append(f"<h3>{body}</h3>")
        elif block.style == "h2":
            out.append(f"<h4>{body}</h4>")
        else:
            out.append(f"<p>{body}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "".join(out)


def section_blocks(section: object) -> tuple[richtext.Block, ...]:
    """The rich text of a document section (plain text of older versions becomes paragraphs)."""
    body = getattr(section, "body", ())
    return tuple(body) if body else richtext.from_plain(section.text or "")


def _approval_html(doc: PublicationDocument) -> str:
    mark = doc.approval
    return ('<p class="approval">'
            f"Disetujui oleh <strong>{escape(mark.approver_name)}</strong> ({escape(mark.approver_title)}), "
            f"{escape(formatting.date(mark.approved_at))} · Versi {mark.version} · "
            f"<code>{escape(mark.short_hash)}</code></p>")


def _image_name(index: int, image: bytes) -> str:
    suffix = "png" if image.startswith(b"\x89PNG") else "jpg"
    return f"gambar-{index + 1}.{suffix}"


def _index_html(doc: PublicationDocument, office: OfficeProfile, pdf_name: str,
                downloads: list[tuple[str, str] | None]) -> str:
    body = [f'<p class="status">{escape(doc.kind_label)}</p><h1>{escape(doc.title)}</h1>']
    if doc.sample:
        body.append('<p class="note">Data contoh (bukan data resmi).</p>')
    body.append(_approval_html(doc))
    body.append(f'<p class="downloads">Unduh publikasi: <a href="{escape(pdf_name)}" download>PDF</a></p>')
    chart_number = 0
    for index, (section, files) in enumerate(zip(doc.sections, downloads, strict=True)):
        body.append('<section class="section">')
        if section.heading.strip():
            body.append(f"<h2>{escape(section.heading)}</h2>")
        body.append(blocks_html(section_blocks(section)))
        image = getattr(section, "image", None)
        if image:
            caption = getattr(section, "image_caption", "")
            body.append(f'<figure><img src="{_image_name(index, image)}" alt="{escape(caption)}" '
                        'style="max-width:100%">'
                        + (f"<figcaption>{escape(caption)}</figcaption>" if caption.strip() else "") + "</figure>")
        narrative = getattr(section, "narrative", "")
        if narrative.strip():
            body.append(blocks_html(richtext.from_plain(narrative)))
        if section.chart is not None:
            chart_number += 1
            body.append(f'<div class="chart">{spec_svg(section.chart, chart_number)}</div>')
        if section.table is not None:
            table = section.table
            body.append(html_table(table.headers, table.rows, table.total, caption=table.title,
                                               figures=table.numeric_columns))
            notes = [f"Satuan: {table.unit}"] if table.unit.strip() else []
            notes += [f"Sumber: {table.source}"] if table.source.strip() else []
            notes += [f"Catatan: {table.note}"] if table.note.strip() else []
            if notes:
                body.append(f'<p class="status">{escape(" · ".join(notes))}</p>')
        if files is not None:
            csv_name, xlsx_name = files
            body.append(f'<p class="downloads">Unduh data: <a href="{escape(csv_name)}" download>CSV</a> '
                        f'<a href="{escape(xlsx_name)}" download>Excel (XLSX)</a></p>')
        body.append("</section>")
    return page_html(doc.title, office, "\n".join(body), nav="Publikasi")


# --- data.json ---------------------------------------------------------------------------------
def _periodicity(frequency: str) -> str:
    word = frequency.strip().lower()
    for key, value in PERIODICITY:
        if key in word:
            return value
    return "irregular"


def _licence_uri(licence: str) -> str | None:
    text = " ".join(licence.strip().split())
    if _URL.match(text):
        return text
    return LICENCES.get(text.lower())


def _email(*candidates: str) -> str:
    for text in candidates:
        found = _EMAIL.search(text or "")
        if found:
            return found.group(0)
    return ""


def _is_public(source: _TableSource) -> bool:
    """Whether a table's figures may be offered as data files (unknown sources count as public)."""
    return source.meta is None or source.meta.access_level == "public"


def _url(base: str, name: str) -> str:
    return base + name if base else name


def catalog_json(doc: PublicationDocument, office: OfficeProfile, publication_id: int, pdf_name: str,
                 tables: list[tuple[int, _TableSource, str | None, str | None]], base: str) -> dict:
    """The POD v1.1 catalogue: one dataset per table (index, source, csv name, xlsx name).

    A table whose dataset is not public comes without file names: it is listed with its access level,
    a rights statement and the publication's PDF only.
    """
    office_slug = slug(office.short_name or office.name, 40)
    approved_on = doc.approval.approved_at.date()
    datasets = []
    for index, source, csv_name, xlsx_name in tables:
        section = doc.sections[index]
        table = section.table
        meta = source.meta
        title = (table.title or section.heading or doc.title).strip()
        description = (meta.description if meta and meta.description.strip() else
                       f"{title}. Disajikan dalam publikasi \u201c{doc.title.strip()}\u201d.")
        keywords = [k for k in (meta.keywords if meta else []) if str(k).strip()]
        if not keywords:
            keywords = [k for k in ((meta.group if meta else ""), doc.kind_label.lower()) if k.strip()]
        email = _email(meta.contact if meta else "", office.email)
        if not email:
            raise BadInput("contact_email_required", title)
        identifier = (f"{office_slug}-keluaran-{source.output_id}" if source.output_id is not None
                      else f"{office_slug}-publikasi-{publication_id}-tabel-{index + 1}")
        modified = meta.modified_date if meta and meta.modified_date else approved_on
        dataset: dict = {
            "@type": "dcat:Dataset",
            "title": title,
            "description": description,
            "keyword": [str(k) for k in keywords],
            "modified": modified.isoformat(),
            "publisher": {"@type": "org:Organization", "name": office.name},
            "contactPoint": {"@type": "vcard:Contact",
                             "fn": (meta.custodian if meta and meta.custodian.strip() else office.name),
                             "hasEmail": f"mailto:{email}"},
            "identifier": identifier,
            "accessLevel": ACCESS_LEVELS.get(meta.access_level if meta else "public", "public"),
            "accrualPeriodicity": _periodicity(meta.frequency if meta else ""),
            "language": ["id"],
            "distribution": [
                {"@type": "dcat:Distribution", "title": f"{doc.title.strip()} (PDF)",
                 "downloadURL": _url(base, pdf_name), "mediaType": MEDIA_TYPES["pdf"], "format": "PDF"},
            ],
        }
        if csv_name and xlsx_name:
            dataset["distribution"][:0] = [
                {"@type": "dcat:Distribution", "title": f"{title} (CSV)", "downloadURL": _url(base, csv_name),
                 "mediaType": MEDIA_TYPES["csv"], "format": "CSV"},
                {"@type": "dcat:Distribution", "title": f"{title} (Excel)", "downloadURL": _url(base, xlsx_name),
                 "mediaType": MEDIA_TYPES["xlsx"], "format": "XLSX"},
            ]
        else:  # POD asks for the rights statement of data that is not public
            dataset["rights"] = (f"Data ini tidak dibuka untuk umum; hanya publikasi yang disetujui yang diterbitkan. "
                                 f"Permohonan akses: {email}")[:255]
        if base:
            dataset["landingPage"] = base + "index.html"
        licence = _licence_uri(meta.licence if meta else "")
        if licence:
            dataset["license"] = licence
        if meta and meta.group.strip():
            dataset["theme"] = [meta.group.strip()]
        if meta and meta.release_date:
            dataset["issued"] = meta.release_date.isoformat()
        if meta and meta.area_code.strip():
            dataset["spatial"] = meta.area_code.strip()
        datasets.append(dataset)
    catalog = {
        "@context": f"{POD_SCHEMA}/catalog.jsonld",
        "@type": "dcat:Catalog",
        "conformsTo": POD_SCHEMA,
        "describedBy": f"{POD_SCHEMA}/catalog.json",
        "dataset": datasets,
    }
    if base:
        catalog["@id"] = base + CATALOG_FILE
    return catalog


# --- the whole package -------------------------------------------------------------------------
@dataclass(frozen=True)
class StagedPackage:
    """A package written beside its target in a hidden folder, checked against the target by its
    ``merge`` (only PADI's earlier files there are replaced), not yet in place nor logged."""

    merge: FolderMerge
    result: PackageResult
    publication_id: int
    title: str
    detail: dict

    def log(self, ctx: ServiceContext, s: Session) -> None:
        """The package's activity-log entry, in the unit of work that puts it in place."""
        ctx.log(s, "publication_package_written", step=Step.PUBLISH, object_type="publication",
                object_id=self.publication_id, object_label=self.title, detail=self.detail)


class InternetPackageService:
    """The internet package of an approved publication, built from what the publications, datasets
    and catalogue services give (the office setting of the base URL is :func:`base_url`)."""

    def __init__(self, ctx: ServiceContext, publications: PublicationService, datasets: DatasetService,
                 catalog: CatalogService) -> None:
        self.ctx, self.publications, self.datasets, self.catalog = ctx, publications, datasets, catalog

    def _sources(self, publication_id: int, content_hash: str) -> list[_TableSource]:
        """Per section, the saved output and dataset its table came from (None when unknown)."""
        with self.ctx.db.reading() as s:
            pub = s.get(Publication, publication_id)
            version = pub.versions[-1]
            if version.content_hash != content_hash:
                raise NotAllowed("content_changed", version.content_hash)
            found = []
            for section in version.content.get("sections", []):
                output_id = section.get("output_id")
                dataset_id = None if output_id is None else s.scalar(
                    select(Output.dataset_id).where(Output.id == output_id))
                found.append((output_id, dataset_id))
        metas = {dataset_id: self.datasets.get(dataset_id, row_limit=0).meta
                 for dataset_id in {d for _o, d in found if d is not None}}
        return [_TableSource(output_id, metas.get(dataset_id)) for output_id, dataset_id in found]


    @attempt("publication_package_written", "publication")
    def build_package(self, publication_id: int, out_dir: Path | str, *,
                      base: str | None = None) -> PackageResult:
        """Write the internet package of the approved version into ``out_dir``, as the logged-in user.

        ``base``: the base URL for data.json (None: the office setting). Refused with NotAllowed
        ('not_approved') unless the newest version carries a valid approval; BadInput when the parent
        folder is missing or ``out_dir`` holds other files than an earlier package. A full or failing
        disk is the PadiError of ``write_errors``; the earlier package stays as it was.
        """
        staged = self.stage_package(publication_id, out_dir, base=base)
        ctx = self.ctx
        try:
            with ctx.db.unit_of_work() as s, reported_write_errors(out_dir):
                staged.log(ctx, s)
                staged.merge.place()
        except BaseException:
            staged.merge.undo()  # also after a failed commit: the earlier package comes back
            raise
        staged.merge.finish()
        return staged.result


    def stage_package(self, publication_id: int, out_dir: Path | str, *,
                      base: str | None = None) -> StagedPackage:
        """Write the package into a hidden folder beside ``out_dir`` (checked like :meth:`build_package`);
        the caller puts it in place and logs it (``publish`` does both with the PDF, all or nothing)."""
        from desktop_app.render.pdf.publication import render_publication_bytes  # reportlab only when a PDF is made

        doc = self.publications.approved_document(publication_id)
        base_address = base_url(self.ctx) if base is None else base.strip()
        if base_address and not _URL.match(base_address):
            raise BadInput("url_required", base_address)
        if base_address and not base_address.endswith("/"):
            base_address += "/"
        out_dir = Path(out_dir)
        check_target(out_dir, MARKER)
        sources = self._sources(publication_id, doc.approval.content_hash)
        office = self.catalog.office()
        stem = f"{slug(doc.title)}-v{doc.approval.version}"
        temp = staging_folder(".padi-paket-", out_dir)
        try:
            temp.chmod(0o755)  # mkdtemp makes it private; the package is meant for the public website
            (temp / MARKER).write_text("Paket Internet publikasi dibuat oleh PADI.\n", encoding="utf-8")
            (temp / SITE_STYLE).write_text(site_css() + EXTRA_CSS, encoding="utf-8")
            pdf_name = f"{stem}.pdf"
            write_atomically(render_publication_bytes(doc), temp / pdf_name)
            written = [pdf_name]
            downloads: list[tuple[str, str] | None] = []
            tables = []
            for index, section in enumerate(doc.sections):
                image = getattr(section, "image", None)
                if image:
                    (temp / _image_name(index, image)).write_bytes(image)
                    written.append(_image_name(index, image))
                if section.table is None:
                    downloads.append(None)
                    continue
                source = sources[index] if index < len(sources) else _TableSource(None, None)
                if not _is_public(source):
                    # Only the approved publication goes out; the figures are not offered as data files.
                    downloads.append(None)
                    tables.append((index, source, None, None))
                    continue
                name = f"tabel-{index + 1}-{slug(section.table.title or section.heading, 40)}"
                csv_name, xlsx_name = f"{name}.csv", f"{name}.xlsx"
                export_table(section.table, "csv", temp / csv_name)
                export_table(section.table, "xlsx", temp / xlsx_name, chart=section.chart)
                written += [csv_name, xlsx_name]
                downloads.append((csv_name, xlsx_name))
                tables.append((index, source, csv_name, xlsx_name))
            catalog = catalog_json(doc, office, publication_id, pdf_name, tables, base_address)
            (temp / CATALOG_FILE).write_text(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            (temp / "index.html").write_text(_index_html(doc, office, pdf_name, downloads), encoding="utf-8")
            merge = folder_merge(temp, out_dir, MARKER)  # a user's file in the way refuses it now
        except BaseException as exc:
            with contextlib.suppress(OSError):
                shutil.rmtree(temp)
            if isinstance(exc, OSError):  # a full or pulled disk: a code, never an unexpected error
                raise write_error(exc, out_dir) from exc
            raise
        files = tuple(out_dir / name for name in ("index.html", CATALOG_FILE, SITE_STYLE, *written))
        result = PackageResult(out_dir, out_dir / "index.html", out_dir / pdf_name, out_dir / CATALOG_FILE, files,
                               doc.approval.version, doc.approval.content_hash, bool(base_address))
        detail = {"version": doc.approval.version, "hash": doc.approval.content_hash, "folder": out_dir.name,
                  "files": len(written) + 3, "base_url": base_address}
        return StagedPackage(merge, result, publication_id, doc.title, detail)


def package_name(title: str, version: int) -> str:
    """The folder name the CLI and GUI suggest: 'paket-internet-<title>-v<n>'."""
    return f"paket-internet-{slug(title)}-v{version}"


__all__ = ["MARKER", "PackageResult", "StagedPackage", "InternetPackageService", "base_url", "blocks_html", "catalog_json",
           "package_name", "section_blocks", "set_base_url"]
