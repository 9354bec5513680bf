"""Version diff: sections matched by heading/position, word diff of text, changed cells and chart values."""

from __future__ import annotations

from desktop_app.documents.publication import Letterhead, PublicationDocument, Section
from desktop_app.domain.charts import ChartKind, ChartSpec, Series
from desktop_app.domain.richtext import Block, Run
from desktop_app.domain.tables import TableData
from desktop_app.services.publications import NoteDraft, SectionDraft
from desktop_app.services.publications.version_diff import diff_documents, match_sections, word_diff
from tests.services.test_workflow_services import as_user, submitted

HEAD = Letterhead("Dinas", "PEMERINTAH KOTA", "", "", "", "", "")


def table(rows, total) -> TableData:
    return TableData("Izin", ("Jenis", "Jumlah"), tuple(rows), total, "izin", "OSS", (1,))


def chart(values) -> ChartSpec:
    return ChartSpec(ChartKind.BAR, "Izin", ("NIB", "PBG"), (Series("Jumlah", tuple(values)),), "", "", "", "", True)


def doc(*sections: Section, title: str = "Brosur") -> PublicationDocument:
    return PublicationDocument(title, "Brosur", "Siti", HEAD, tuple(sections))


def test_word_diff_marks_only_changed_words():
    pieces = word_diff("Izin terbit naik 5 persen.", "Izin terbit naik 7 persen tahun ini.")
    assert [(p.op, p.text.strip()) for p in pieces if p.op != "equal"] == [
        ("delete", "5"), ("insert", "7"), ("insert", "tahun ini")]
    assert "".join(p.text for p in pieces if p.op != "delete") == "Izin terbit naik 7 persen tahun ini."


def test_sections_match_by_heading_then_position():
    old = [Section("Pengantar"), Section("Izin"), Section("Penutup")]
    new = [Section("Izin"), Section("Pembuka baru"), Section("Lampiran"), Section("Pengantar")]
    assert match_sections(old, new) == [(1, 0), (None, 1), (2, 2), (0, 3)]
    assert match_sections([Section("A"), Section("B")], [Section("A")]) == [(0, 0), (1, None)]


def test_changed_text_cells_and_chart_values_are_listed():
    old = doc(Section("Pengantar", "Teks lama."),
              Section("Izin", "Sama.", table([("NIB", 3), ("PBG", 2)], ("Total", 5)), chart([3, 2])))
    new = doc(Section("Pengantar", body=(Block("p", (Run("Teks "), Run("baru", bold=True), Run("."))),)),
              Section("Izin", "Sama.", table([("NIB", 4), ("PBG", 2), ("SLF", 1)], ("Total", 7)), chart([4, 2])),
              Section("Kontak", "Hubungi kami."))
    diff = diff_documents(old, new, 1, 2)
    assert [(d.heading, d.status) for d in diff.sections] == [
        ("Pengantar", "changed"), ("Izin", "changed"), ("Kontak", "added")]
    intro, izin, _added = diff.sections
    assert [(p.op, p.text) for p in intro.text if p.op != "equal"] == [("delete", "lama"), ("insert", "baru")]
    assert not izin.text_changed
    assert {(c.row, c.column, c.old, c.new) for c in izin.cells} == {
        ("NIB", "Jumlah", 3, 4), ("SLF", "Jumlah", None, 1), ("Total", "Jumlah", 5, 7)}
    assert [(c.row, c.column, c.old, c.new) for c in izin.chart] == [("NIB", "Jumlah", 3, 4)]


def test_unchanged_document_has_no_changes():
    same = doc(Section("Izin", "Teks", table([("NIB", 3)], None), chart([3, 2])))
    assert diff_documents(same, same, 1, 2).changed == ()


def test_a_value_without_data_is_the_same_in_old_and_new_versions():
    # A version frozen before values without data were written as null keeps NaN; both mean "no data".
    old = doc(Section("Izin", "Teks", None, chart([3, float("nan")])))
    new = doc(Section("Izin", "Teks", None, chart([3, None])))
    assert diff_documents(old, new, 1, 2).changed == ()
    filled = doc(Section("Izin", "Teks", None, chart([3, 2])))
    assert [(c.row, c.old, c.new) for c in diff_documents(old, filled, 1, 2).sections[0].chart] == [("PBG", None, 2)]


def test_service_compares_the_resubmitted_version_with_the_returned_one(office):
    pub = submitted(office)  # section "Izin", text "Teks", with the output table
    assert office.publications.diff_since_return(pub) is None
    as_user(office, "kepala")
    office.publications.return_for_revision(pub, [NoteDraft("Tambahkan penjelasan", 0)])
    as_user(office, "kasubag")
    output = office.publications.get(pub).sections[0].output_id
    office.publications.revise(pub, [SectionDraft("Izin", "Teks dengan penjelasan", output)])
    office.publications.submit(pub, "Sudah")
    diff = office.publications.diff_since_return(pub)
    assert (diff.old_version, diff.new_version) == (1, 2)
    assert [d.status for d in diff.sections] == ["changed"]
    assert [p.text for p in diff.sections[0].text if p.op == "insert"] == ["dengan penjelasan"]
    assert office.publications.document(pub, 1).sections[0].text == "Teks"
    assert office.publications.document(pub, 1).approval is None
