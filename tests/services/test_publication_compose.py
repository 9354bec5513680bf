"""The composer's section model in the service: rich text, narrative, image and layout options are part of
the version's content (so the content hash binds them), old content still loads, bad input is refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess

import pytest
from PIL import Image as PilImage
from sqlalchemy import select

from desktop_app.domain.errors import BadInput
from desktop_app.domain.richtext import Block, Run
from desktop_app.domain.workflow import PublicationState
from desktop_app.services.publications.publication_service import LayoutOptions, NoteDraft, SectionDraft
from desktop_app.storage.models import PublicationVersion
from tests.services.test_workflow_services import as_user, processed_output

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)


def png(color=(10, 120, 200)) -> bytes:
    out = io.BytesIO()
    PilImage.new("RGB", (8, 6), color).save(out, "PNG")
    return out.getvalue()


BODY = (Block("h2", (Run("Sorotan"),)), Block("p", (Run("Izin "), Run("naik", bold=True))),
        Block("bullet", (Run("cepat", italic=True),)))


def compose(office, **layout) -> tuple[int, int]:
    output = processed_output(office)
    as_user(office, "kasubag")
    sections = [SectionDraft("Izin", output_id=output, body=BODY, narrative=True),
                SectionDraft("Foto", "Kantor kami", image=png(), image_caption="Gedung", chart=False),
                SectionDraft("Tabel saja", output_id=output, chart=False, narrative=True, narrative_text="Teks saya.")]
    return office.publications.create("Buklet Izin", "buklet", sections, layout=LayoutOptions(**layout)), output


def test_rich_text_narrative_image_and_layout_round_trip(office):
    pub, output = compose(office, paper="A4", foreword="Puji syukur.")
    detail = office.publications.get(pub)
    first, photo, table_only = detail.sections
    assert first.body == BODY and first.text == "Sorotan\nIzin naik\n• cepat"
    assert first.narrative and "5" in first.narrative_text  # generated from the data (3 + 2 izin)
    assert first.table and first.chart and first.output_id == output
    assert photo.image == png() and photo.image_caption == "Gedung" and not photo.chart
    assert photo.body == (Block("p", (Run("Kantor kami"),)),)
    assert table_only.table and not table_only.chart and table_only.narrative_text == "Teks saya."
    assert detail.layout == LayoutOptions("A4", "Puji syukur.")
    doc = office.publications.document(pub)
    assert (doc.kind, doc.paper) == ("buklet", "A4")
    assert doc.foreword.signer_name == "Ir. Kepala Contoh" and doc.foreword.signer_title == "Kepala Dinas"
    assert doc.sections[1].image == png() and doc.sections[0].narrative == first.narrative_text
    assert office.publications.preview_pdf(pub).startswith(b"%PDF")


def test_default_paper_per_kind_and_revise_keeps_the_layout(office):
    pub, _output = compose(office)
    assert office.publications.get(pub).layout.paper == "A5"
    sections = office.publications.get(pub).sections
    office.publications.revise(pub, sections, layout=LayoutOptions("A4", "Kata"))
    office.publications.revise(pub, sections[:1])
    assert office.publications.get(pub).layout == LayoutOptions("A4", "Kata")


@pytest.mark.parametrize("change", [
    lambda sections, layout: (sections, LayoutOptions("A4", layout.foreword)),
    lambda sections, layout: (sections, LayoutOptions(layout.paper, "Kata pengantar lain")),
    lambda sections, layout: ([dataclasses.replace(sections[0], body=(Block("p", (Run("Izin naik"),)),)),
                               *sections[1:]], layout),
    lambda sections, layout: ([sections[0], dataclasses.replace(sections[1], image=png((0, 0, 0))),
                               *sections[2:]], layout),
    lambda sections, layout: ([sections[1], sections[0], sections[2]], layout),
])
def test_every_part_of_the_content_changes_the_hash(office, change):
    pub, _output = compose(office, foreword="Puji syukur.")
    detail = office.publications.get(pub)
    sections, layout = change(list(detail.sections), detail.layout)
    office.publications.revise(pub, sections, layout=layout)
    assert office.publications.get(pub).content_hash != detail.content_hash


def test_approval_is_voided_by_a_layout_only_change(office):
    pub, _output = compose(office, foreword="Puji syukur.")
    office.publications.submit(pub, "Mohon")
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    as_user(office, "kasubag")
    detail = office.publications.get(pub)
    office.publications.revise(pub, detail.sections, layout=LayoutOptions("A4", "Puji syukur."))
    revised = office.publications.get(pub)
    assert revised.summary.state == PublicationState.DRAFT and revised.summary.version == 2
    assert office.publications.document(pub).approval is None


@pytest.mark.parametrize(("draft", "code"), [
    (SectionDraft("x", image=b"GIF89a......"), "bad_image"),
    (SectionDraft("x", image=b"\x89PNG\r\n\x1a\n" + b"\0" * 40), "bad_image"),
    (SectionDraft("x", image=b"\xff\xd8\xff" + b"\0" * (2 * 1024 * 1024)), "image_too_large"),
])
def test_bad_images_are_refused(office, draft, code):
    as_user(office, "kasubag")
    with pytest.raises(BadInput, match=code):
        office.publications.create("X", "web", [draft])


def test_paper_must_suit_the_kind(office):
    as_user(office, "kasubag")
    with pytest.raises(BadInput, match="bad_paper"):
        office.publications.create("X", "poster", [SectionDraft("x")], layout=LayoutOptions("A5"))
    pub = office.publications.create("X", "poster", [SectionDraft("x")], layout=LayoutOptions("A2"))
    assert office.publications.document(pub).paper == "A2"
    with pytest.raises(BadInput, match="bad_paper"):
        office.publications.revise(pub, [SectionDraft("x")], layout=LayoutOptions("A4"))


def test_foreword_is_signed_by_the_acting_head_while_a_delegation_is_in_force(office, clock):
    as_user(office, "kepala")
    sekretaris = next(u for u in office.accounts.users() if u.username == "sekretaris")
    office.accounts.delegate(sekretaris.id, clock.now.date(), clock.now.date() + dt.timedelta(days=2))
    assert office.publications.signer().acting and office.publications.signer().name == "Nurlela Harahap"
    pub, _output = compose(office, foreword="Puji syukur.")
    foreword = office.publications.document(pub).foreword
    assert foreword.signer_title == "Plt. Kepala Dinas" and foreword.signer_name == "Nurlela Harahap"
    clock.advance(days=3)
    signer = office.publications.signer()
    assert not signer.acting and signer.name == "Ir. Kepala Contoh" and signer.title == "Kepala Dinas"


def test_content_written_before_rich_text_still_loads(office):
    pub, _output = compose(office)
    with office.ctx.db.unit_of_work() as s:
        version = s.scalars(select(PublicationVersion)).first()
        old = {"title": "Lama", "kind": "brosur", "sections": [
            {"heading": "H", "text": "Satu\n\nDua", "output_id": None, "table": None, "chart": None}]}
        version.content = old
    detail = office.publications.get(pub)
    assert detail.sections[0].body == (Block("p", (Run("Satu"),)), Block("p", (Run("Dua"),)))
    assert detail.layout == LayoutOptions() and detail.sections[0].image is None
    doc = office.publications.document(pub)
    assert doc.paper == "A4" and doc.sections[0].blocks[1].text == "Dua"


def test_draft_document_renders_unsaved_content_without_writing(office):
    output = processed_output(office)
    as_user(office, "staf")
    before = len(office.activity.entries())
    doc = office.publications.draft_document("Poster", "poster", [SectionDraft("A", output_id=output)],
                                             LayoutOptions("A2"))
    assert doc.paper == "A2" and doc.sections[0].table is not None and doc.approval is None
    assert len(office.activity.entries()) == before
    with pytest.raises(BadInput, match="bad_kind"):
        office.publications.draft_document("X", "majalah", [SectionDraft("A")])


def test_a_section_draws_the_chart_its_output_was_saved_with(office):
    from desktop_app.domain.charts import ChartChoice, ChartKind
    from desktop_app.domain.columns import ColumnSpec, ColumnType
    from desktop_app.domain.pivot import PivotSpec
    from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation

    legacy = processed_output(office)  # a group total saved before charts were chosen: bars of its one column
    columns = (ColumnSpec("Jenis Izin", ColumnType.TEXT), ColumnSpec("Triwulan", ColumnType.TEXT),
               ColumnSpec("Jumlah", ColumnType.INTEGER))
    rows = [(jenis, q, n * i) for jenis, n in (("Sertifikat Standar", 10), ("Sertifikat Laik Fungsi", 3))
            for i, q in enumerate(("TW I", "TW II", "TW III"), 1)]
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin per triwulan", source="OSS"), columns, rows)
    office.datasets.check(ds)
    office.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    office.datasets.validate(ds)
    spec = PivotSpec(rows=("Jenis Izin",), cols="Triwulan", value="Jumlah")
    lines = office.tabulation.save_pivot_output(ds, "Izin per triwulan", spec,
                                                chart=ChartChoice(ChartKind.LINE, ("TW I", "TW III")))
    grouped = office.tabulation.save_pivot_output(ds, "Izin per triwulan (batang)", spec)
    as_user(office, "kasubag")
    pub = office.publications.create("Brosur", "brosur", [SectionDraft("Lama", "", legacy),
                                                          SectionDraft("Garis", "", lines),
                                                          SectionDraft("Batang", "", grouped)])
    old, line, bars = (s.chart for s in office.publications.document(pub).sections)
    assert old.kind is ChartKind.BAR and len(old.series) == 1 and old.categories == ("NIB", "PBG")
    assert line.kind is ChartKind.LINE and [s.name for s in line.series] == ["TW I", "TW III"]
    assert bars.kind is ChartKind.BAR and [s.name for s in bars.series] == ["TW I", "TW II", "TW III"]
    assert bars.is_horizontal  # "Sertifikat Laik Fungsi" is a long label


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_table_source_follows_the_dataset_and_can_be_edited_with_the_publication(office, tmp_path):
    output = processed_output(office)  # its dataset's Sumber metadata is "OSS"
    as_user(office, "kasubag")
    pub = office.publications.create("Brosur", "brosur", [
        SectionDraft("Izin", output_id=output),
        SectionDraft("Izin menurut bidang", output_id=output, source="Bidang Perizinan DPMPTSP")])
    detail = office.publications.get(pub)
    assert [s.source for s in detail.sections] == [None, "Bidang Perizinan DPMPTSP"]  # for the composer
    doc = office.publications.document(pub)
    assert [s.table.source for s in doc.sections] == ["OSS", "Bidang Perizinan DPMPTSP"]
    assert [s.chart.source for s in doc.sections] == ["OSS", "Bidang Perizinan DPMPTSP"]
    pdf = tmp_path / "brosur.pdf"
    pdf.write_bytes(office.publications.preview_pdf(pub))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Sumber: OSS" in text and "Sumber: Bidang Perizinan DPMPTSP" in text
    before = detail.content_hash
    office.publications.revise(pub, [dataclasses.replace(detail.sections[0], source="")])  # no source line
    after = office.publications.get(pub)
    assert after.content_hash != before and after.sections[0].source == ""
    assert office.publications.document(pub).sections[0].table.source == ""


def test_an_imported_dataset_does_not_take_the_file_name_as_its_source(office, tmp_path):
    path = tmp_path / "izin-2025-final.csv"
    path.write_text("Jenis,Jumlah\nNIB,3\nPBG,2\n", encoding="utf-8")
    as_user(office, "staf")
    result = office.imports.commit(office.imports.preview(path))
    assert office.datasets.get(result.dataset_id).meta.source == ""  # Sumber is filled in the Metadata
    entry = next(e for e in office.activity.entries() if e.action == "dataset_imported")
    assert "izin-2025-final.csv" in str(entry.detail)  # where the rows came from stays in the log


def test_pending_notes_are_those_of_the_last_return_until_resubmitted(office):
    output = processed_output(office)
    as_user(office, "kasubag")
    pub = office.publications.create("Brosur", "brosur", [SectionDraft("Izin", output_id=output)])
    assert office.publications.pending_notes(pub) == ()
    office.publications.submit(pub)
    as_user(office, "kepala")
    office.publications.return_for_revision(pub, [NoteDraft("Sebutkan sumber data.", 0), NoteDraft("Judul?")])
    returned = office.publications.get(pub)
    notes = office.publications.pending_notes(pub)
    assert [(n.text, n.section_index, n.version) for n in notes] == [("Sebutkan sumber data.", 0, 1), ("Judul?", None, 1)]
    as_user(office, "kasubag")
    office.publications.revise(pub, list(returned.sections))  # back in draft: still to be worked on
    assert len(office.publications.pending_notes(pub)) == 2
    office.publications.submit(pub)
    assert office.publications.pending_notes(pub) == ()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_series_with_a_missing_month_is_frozen_and_printed_as_a_gap(office, tmp_path):
    import json
    import math

    from desktop_app.domain.charts import ChartChoice, ChartKind
    from desktop_app.domain.pivot import PivotSpec
    from tests.services.test_series import gapped_series

    ds = gapped_series(office, tmp_path)  # January and March 2024; February never arrived
    output = office.tabulation.save_pivot_output(ds, "Izin per bulan", PivotSpec(rows=("Periode",), value="Jumlah"),
                                                 chart=ChartChoice(ChartKind.LINE))
    as_user(office, "kasubag")
    pub = office.publications.create("Brosur Izin", "brosur", [SectionDraft("Izin", output_id=output)])
    with office.ctx.db.reading() as s:
        content = s.scalars(select(PublicationVersion)).one().content
    frozen = content["sections"][0]
    assert frozen["table"]["rows"][1] == ["Februari 2024", None]
    assert frozen["chart"]["series"][0]["values"] == [42, None, 49]  # JSON null, never NaN (nor 0)
    assert "Februari 2024" in frozen["table"]["note"]
    json.dumps(content, allow_nan=False)  # valid JSON on every engine
    section = office.publications.document(pub).sections[0]
    assert section.table.rows[1] == ("Februari 2024", None) and section.table.note == frozen["table"]["note"]
    assert section.chart.values(0) == (42, None, 49) and not any(
        isinstance(v, float) and math.isnan(v) for v in frozen["chart"]["series"][0]["values"])
    pdf = tmp_path / "brosur.pdf"
    pdf.write_bytes(office.publications.preview_pdf(pub))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Februari 2024 –" in text  # the table's cell
    assert "Tidak ada data untuk Februari 2024" in text  # the table's note
    assert "– : tidak ada data" in text  # the chart's key to its mark
