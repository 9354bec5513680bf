"""Step 8 "data soft": every file of the office in plain folders anyone can open without PADI.

Into a chosen folder (a flash disk) one dated folder is written::

    PADI-data-soft-YYYYMMDD-HHMMSS/
        README.txt, index.html          what is where, in plain words
        <year>/kumpulan-data/<name>/    data.xlsx, data.csv, metadata.txt, metadata.html,
                                        lampiran/<confirmation scans>
        <year>/publikasi/<title>-vN.pdf the approved PDF of every approved or published publication

The year of a dataset is the first four-digit year in its period (else its release date, else the
year it last changed); of a publication, the year of its latest version. Files are written with
the existing exporters (write_export, dataset_metadata) and the publication renderer. The
whole folder is written under a hidden temporary name and renamed only when complete, so a
reader never sees a partial copy; on any failure (or Cancel) the temporary folder is removed.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.errors import BadInput
from desktop_app.domain.filenames import slug
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import PublicationState
from desktop_app.services.datasets import dataset_metadata, write_export
from desktop_app.services.publications import render_publication

if TYPE_CHECKING:
    from desktop_app.services.accounts import AccountService
    from desktop_app.services.datasets import DatasetService
    from desktop_app.services.publications import PublicationService, PublicationSummary
    from desktop_app.services.runtime import ServiceContext

__all__ = ["SoftCopyResult", "SoftCopyService"]

PREFIX = "PADI-data-soft-"
_YEAR = re.compile(r"(19|20)\d{2}")


@dataclass(frozen=True)
class SoftCopyResult:
    folder: Path
    datasets: int
    publications: int
    attachments: int
    files: int


def _dataset_year(detail) -> int:  # noqa: ANN001 (a DatasetDetail)
    found = _YEAR.search(detail.meta.period or "")
    if found:
        return int(found.group(0))
    release = getattr(detail.meta, "release_date", None)
    return release.year if release else detail.summary.updated_at.year


def _unique(folder: Path, name: str) -> Path:
    path, n = folder / name, 2
    while path.exists():
        stem, dot, ext = name.rpartition(".")
        path = folder / (f"{stem}-{n}.{ext}" if dot else f"{name}-{n}")
        n += 1
    return path


def _metadata_files(folder: Path, title: str, meta: dict[str, str], columns, rows: int) -> None:  # noqa: ANN001
    lines = [title, "=" * len(title), ""]
    lines += [f"{label}: {value}" for label, value in meta.items() if value]
    lines += ["", f"Jumlah baris: {rows}", "Kolom:"]
    lines += [f"  - {c.name} ({c.type.value}{', ' + c.unit if c.unit else ''})" for c in columns]
    (folder / "metadata.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in meta.items() if v)
    cols = "".join(f"<li>{html.escape(c.name)} <small>({html.escape(c.type.value)})</small></li>" for c in columns)
    (folder / "metadata.html").write_text(
        f"<!doctype html><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<h1>{html.escape(title)}</h1><table>{items}</table><p>Jumlah baris: {rows}</p><ul>{cols}</ul>"
        "<p><a href='data.xlsx'>data.xlsx</a> · <a href='data.csv'>data.csv</a></p>", encoding="utf-8")


README = """DATA SOFT PADI - {office}
Dibuat {when} oleh {who}.

Folder ini dapat dibuka tanpa program PADI:

  <tahun>/kumpulan-data/<nama>/data.xlsx    data dalam Excel (dengan metadata di atasnya)
  <tahun>/kumpulan-data/<nama>/data.csv     data yang sama sebagai CSV (UTF-8, titik desimal)
  <tahun>/kumpulan-data/<nama>/metadata.*   keterangan kumpulan data (teks dan halaman web)
  <tahun>/kumpulan-data/<nama>/lampiran/    pindaian konfirmasi data dari sumbernya
  <tahun>/publikasi/<judul>-v<versi>.pdf    publikasi yang telah disetujui Kepala Dinas

Buka index.html di peramban untuk daftar lengkap. Salinan ini bukan cadangan untuk
pemulihan: untuk memulihkan PADI gunakan berkas padi-cadangan-*.zip / *.padienc.
"""


class SoftCopyService:
    """Step 8 "data soft": the office's datasets, approved publications and profile as plain files."""

    def __init__(self, ctx: ServiceContext, datasets: DatasetService, publications: PublicationService,
                 accounts: AccountService) -> None:
        self.ctx, self.datasets, self.publications, self.accounts = ctx, datasets, publications, accounts

    def write(self, target_dir: Path, progress: Callable[[int, int], None] | None = None) -> SoftCopyResult:
        """Write the soft-data folder into ``target_dir`` as the logged-in user; one activity-log entry.

        Raises BadInput ``no_such_folder`` when ``target_dir`` is not a folder, NotAllowed without the
        backup permission; ``progress`` may raise Cancelled (nothing is left behind then). The folder is
        built under a hidden partial name, synced, and renamed into place at once.
        """
        ctx = self.ctx
        target_dir = Path(target_dir)
        with ctx.db.reading() as s:
            ctx.require(s, Action.BACKUP)
        if not target_dir.is_dir():
            raise BadInput("no_such_folder", str(target_dir))
        now = ctx.now()
        final = _unique(target_dir, f"{PREFIX}{now:%Y%m%d-%H%M%S}")
        partial = target_dir / f".{final.name}.partial"
        datasets = self.datasets.list()
        publications = [p for p in self.publications.list()
                        if p.state in (PublicationState.APPROVED, PublicationState.PUBLISHED)]
        total = len(datasets) + len(publications) + 1
        tally = _Tally()

        def tick(done: int) -> None:
            if progress is not None:
                progress(done, total)

        shutil.rmtree(partial, ignore_errors=True)
        try:
            partial.mkdir()
            for n, summary in enumerate(datasets):
                tick(n)
                self._dataset_folder(partial, summary.id, tally)
            for n, pub in enumerate(publications):
                tick(len(datasets) + n)
                self._publication_file(partial, pub, tally)
            self._front_files(partial, now, tally)
            _fsync_tree(partial)
            os.replace(partial, final)
            tick(total)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        with ctx.db.unit_of_work() as s:
            ctx.log(s, "soft_copy_made", step=Step.ARCHIVE, object_type="soft_copy", object_label=final.name,
                    detail={"folder": str(target_dir), "datasets": len(datasets), "publications": len(publications),
                            "attachments": tally.attachments, "files": tally.files})
        return SoftCopyResult(final, len(datasets), len(publications), tally.attachments, tally.files)

    def _dataset_folder(self, partial: Path, dataset_id: int, tally: _Tally) -> None:
        """A dataset's folder under its year: the data as XLSX and CSV, its metadata, and the confirmation
        letters' attachments."""
        detail = self.datasets.get(dataset_id)
        year = _dataset_year(detail)
        folder = _unique(partial / str(year) / "kumpulan-data", slug(detail.meta.name))
        folder.mkdir(parents=True)
        meta = dataset_metadata(detail.meta)
        write_export("xlsx", detail.columns, detail.rows, folder / "data.xlsx", title=detail.meta.name, meta=meta)
        write_export("csv", detail.columns, detail.rows, folder / "data.csv", title=detail.meta.name)
        _metadata_files(folder, detail.meta.name, meta, detail.columns, len(detail.rows))
        tally.files += 4
        for i, confirmation in enumerate(detail.confirmations):
            if not confirmation.attachment_name:
                continue
            name, data = self.datasets.confirmation_attachment(dataset_id, i)
            (folder / "lampiran").mkdir(exist_ok=True)
            safe = slug(Path(name).stem) + Path(name).suffix.lower()[:8]
            _unique(folder / "lampiran", f"{i + 1:02d}-{safe}").write_bytes(data)
            tally.attachments += 1
            tally.files += 1
        tally.index.append((year, "Kumpulan Data", detail.meta.name,
                            folder.relative_to(partial).as_posix() + "/metadata.html"))

    def _publication_file(self, partial: Path, pub: PublicationSummary, tally: _Tally) -> None:
        """An approved publication's PDF under the year of its approval."""
        document = self.publications.document(pub.id)
        year = pub.stage_since.year
        folder = partial / str(year) / "publikasi"
        folder.mkdir(parents=True, exist_ok=True)
        pdf = _unique(folder, f"{slug(pub.title, 60)}-v{pub.version}.pdf")
        render_publication(document, pdf)
        tally.files += 1
        tally.index.append((year, "Publikasi", pub.title, pdf.relative_to(partial).as_posix()))

    def _front_files(self, partial: Path, now: dt.datetime, tally: _Tally) -> None:
        """README.txt (what the folder is, for whom, when) and index.html listing everything by year."""
        office = self.accounts.office()
        actor = self.ctx.require_actor()
        (partial / "README.txt").write_text(
            README.format(office=office.name, when=now.strftime("%d-%m-%Y %H:%M"), who=actor.display),
            encoding="utf-8")
        rows = "".join(f"<tr><td>{y}</td><td>{html.escape(kind)}</td><td><a href='{html.escape(path)}'>"
                       f"{html.escape(title)}</a></td></tr>" for y, kind, title, path in sorted(tally.index))
        (partial / "index.html").write_text(
            f"<!doctype html><meta charset='utf-8'><title>Data soft PADI</title><h1>Data soft PADI — "
            f"{html.escape(office.name)}</h1><p>Dibuat {now:%d-%m-%Y %H:%M}. Lihat README.txt.</p>"
            f"<table><tr><th>Tahun</th><th>Jenis</th><th>Judul</th></tr>{rows}</table>", encoding="utf-8")
        tally.files += 2


@dataclass
class _Tally:
    """What a soft copy has written so far: the index rows (year, kind, title, relative path) and counts."""

    index: list[tuple[int, str, str, str]] = field(default_factory=list)
    attachments: int = 0
    files: int = 0


def _fsync_tree(root: Path) -> None:
    """Flush every file of the copy to the medium before it gets its final name (flash disks)."""
    for folder, _dirs, names in os.walk(root):
        for name in names:
            with open(os.path.join(folder, name), "rb+") as fh:
                os.fsync(fh.fileno())

