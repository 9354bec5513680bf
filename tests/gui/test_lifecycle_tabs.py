"""GUI: series chips, Tambah Data Periode, Buat Revisi and Perubahan Antar-Revisi, a flagged publication
updated through Perbarui Data, withdraw and put back, delete to the Sampah and restore, column
corrections, programmes — through the real widgets, offscreen (dialogs answered by monkeypatched prompts)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.pivot import PivotSpec
from desktop_app.domain.series import PeriodState
from desktop_app.domain.workflow import DatasetState, PublicationState
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.revision_diff import RevisionDiffDialog
from desktop_app.services.datasets.dataset_service import NewConfirmation
from desktop_app.services.publications.publication_service import SectionDraft
from tests.conftest import PASSWORD
from tests.gui.windows import shown_main_window

SHOTS = os.environ.get("PADI_SHOTS", "")  # a folder: the tests also save screenshots there


def button(tab, label):
    return next(a.button for a in tab.actions_ if a.label == label)


def click(qtbot, tab, label):
    widget = button(tab, label)
    assert widget.isEnabled(), f"{label!r} is disabled: {widget.toolTip()}"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def as_user(services, username):
    services.accounts.logout()
    services.accounts.login(username, PASSWORD)


def month_file(tmp_path, period, nib, pbg=10):
    path = tmp_path / f"izin-{period}.csv"
    path.write_text(f"Jenis Izin,Jumlah\nNIB,{nib}\nPBG,{pbg}\n", encoding="utf-8")
    return path


def validated(services, ds):
    services.datasets.check(ds)
    services.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    services.datasets.validate(ds)


@pytest.fixture
def series(office, tmp_path, clock):
    """A presented monthly series: January and March validated (February missing), April a draft."""
    as_user(office, "staf")
    ds = office.imports.commit(office.imports.preview(month_file(tmp_path, "2025-01", 30)),
                               dataset_name="Izin Terbit Bulanan", period="2025-01").dataset_id
    office.imports.commit(office.imports.preview(month_file(tmp_path, "2025-03", 35)), target_id=ds, period="2025-03")
    validated(office, ds)
    output = office.tabulation.save_pivot_output(ds, "Izin per bulan", PivotSpec(rows=("Periode",), value="Jumlah"))
    office.datasets.present(ds)
    clock.advance(days=3)
    office.imports.commit(office.imports.preview(month_file(tmp_path, "2025-04", 31)), target_id=ds, period="2025-04")
    return ds, output


def test_the_chips_of_a_series_show_its_gap_and_its_draft_month(qtbot, office, series):
    ds, _ = series
    window = shown_main_window(qtbot, office)
    window.resize(1400, 900)
    prepare, present = window.stages[0], window.stages[3]
    window.tabs.setCurrentWidget(prepare)
    prepare.select(ds)  # listed in Persiapan for its new month, while the revision stays presented
    states = {c.objectName(): c.property("padiState") for c in prepare.chips.chips}
    assert states == {"chip_2025-01": "validated", "chip_2025-02": "missing", "chip_2025-03": "validated",
                      "chip_2025-04": "draft"}
    assert "belum ada datanya" in prepare.chips.title.text()
    shot(window, "lifecycle-series-chips-prepare")
    window.tabs.setCurrentWidget(present)
    present.select(ds)
    assert present.chips.isVisible() and len(present.chips.chips) == 4
    shot(window, "lifecycle-series-chips")


def test_tambah_data_periode_adds_the_next_month_to_the_series(qtbot, office, series, tmp_path, monkeypatch):
    ds, _ = series
    window = shown_main_window(qtbot, office)
    prepare = window.stages[0]
    window.tabs.setCurrentWidget(prepare)
    prepare.select(ds)
    suggested = []

    def period(*args, **kwargs):
        suggested.append(args[3])
        return args[3]  # the month after the last one, as suggested

    monkeypatch.setattr(prompts, "ask_text", period)
    monkeypatch.setattr(prompts, "choose_file", lambda *args, **kwargs: month_file(tmp_path, "2025-05", 29))

    def accept(dialog):
        assert dialog.existing_radio.isChecked() and dialog.existing.currentData() == ds
        assert not dialog.new_radio.isEnabled()
        return True

    monkeypatch.setattr(prompts, "run_dialog", accept)
    click(qtbot, prepare, "Tambah Data Periode…")
    qtbot.waitUntil(lambda: any(c.objectName() == "chip_2025-05" for c in prepare.chips.chips), timeout=20000)
    assert suggested == ["2025-05"]
    assert [(p.period, p.state) for p in office.series.periods(ds)][-2:] == [("2025-04", PeriodState.DRAFT),
                                                                            ("2025-05", PeriodState.DRAFT)]


def test_buat_revisi_then_the_diff_and_the_flagged_brochure_updated(qtbot, office, series, monkeypatch, clock):
    ds, output = series
    as_user(office, "kasubag")
    brochure = office.publications.create("Brosur Izin 2025", "brosur",
                                          [SectionDraft("Izin per bulan", "Izin terbit 2025.", output)])
    office.publications.submit(brochure, "Mohon persetujuan")
    as_user(office, "kepala")
    office.publications.approve(brochure, office.publications.get(brochure).content_hash)
    as_user(office, "staf")
    # April is validated first (the revision copies every period as a draft).
    validated(office, ds)
    window = shown_main_window(qtbot, office)
    window.resize(1400, 900)
    present = window.stages[3]
    window.tabs.setCurrentWidget(present)
    present.select(ds)
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: "NIB Januari salah ketik")
    click(qtbot, present, "Buat Revisi…")
    assert office.datasets.get(ds).summary.state == DatasetState.DRAFT
    prepare = window.stages[0]
    window.tabs.setCurrentWidget(prepare)
    prepare.select(ds)
    assert "revisi 1 tetap tampil di Katalog Data" in prepare.ui.detailLabel.text()
    assert prepare.ui.itemList.currentItem().text().startswith("Izin Terbit Bulanan (revisi 2)")
    detail = office.datasets.get(ds)
    office.datasets.update(ds, detail.meta,
                           [(p, k, 23 if (p, k) == ("2025-01", "NIB") else n) for p, k, n in detail.rows])
    window.refresh()
    prepare.select(ds)
    shown = {}

    def look(dialog):
        shown["dialog"] = dialog
        assert isinstance(dialog, RevisionDiffDialog)
        dialog.resize(900, 420)
        shot(dialog, "lifecycle-revision-diff")
        return False

    monkeypatch.setattr(prompts, "run_dialog", look)
    click(qtbot, prepare, "Perubahan Antar-Revisi")
    dialog = shown["dialog"]
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(4)] == ["Sel diubah", "2025-01 · NIB — Jumlah", "30", "23"]
    assert "1 sel berubah" in dialog.summary.text()
    # Revision 2 validated: the approved brochure is flagged in Publikasi and updated to a new version.
    clock.advance(minutes=5)
    validated(office, ds)
    as_user(office, "kasubag")
    window.refresh()
    publish = window.stages[6]
    window.tabs.setCurrentWidget(publish)
    publish.select(brochure)
    assert "Data sudah direvisi" in publish.ui.itemList.currentItem().text()
    assert "dibuat dari revisi 1" in publish.ui.detailLabel.text()
    shot(window, "lifecycle-flagged-publication")
    monkeypatch.setattr(prompts, "confirm", lambda *args: True)
    click(qtbot, publish, "Perbarui Data")
    assert office.publications.get(brochure).summary.state == PublicationState.DRAFT
    assert office.publications.get(brochure).summary.version == 2
    assert office.publications.revised_data(brochure) == []


def test_withdraw_and_put_back_from_the_penyajian_tab(qtbot, office, series, monkeypatch):
    ds, _ = series
    window = shown_main_window(qtbot, office)
    present = window.stages[3]
    window.tabs.setCurrentWidget(present)
    present.select(ds)
    toggle = button(present, "Tarik dari Katalog…")
    assert toggle.text() == "Tarik dari Katalog…"
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: "Diminta sumber")
    click(qtbot, present, "Tarik dari Katalog…")
    present.select(ds)
    assert "Ditarik dari Katalog Data" in present.ui.detailLabel.text()
    assert toggle.text() == "Kembalikan ke Katalog"  # the same button puts it back
    click(qtbot, present, "Tarik dari Katalog…")
    assert not office.datasets.get(ds).summary.withdrawn
    assert toggle.text() == "Tarik dari Katalog…"


def test_delete_a_draft_to_the_sampah_and_restore_it(qtbot, office, tmp_path, monkeypatch):
    as_user(office, "staf")
    ds = office.imports.commit(office.imports.preview(month_file(tmp_path, "2025-01", 30)),
                               dataset_name="Coba").dataset_id
    window = shown_main_window(qtbot, office)
    prepare = window.stages[0]
    window.tabs.setCurrentWidget(prepare)
    prepare.select(ds)
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: "Salah buat")
    click(qtbot, prepare, "Hapus…")
    assert ds not in {i.id for i in prepare._items}

    def restore(dialog):
        assert dialog.list.count() == 1 and "Salah buat" in dialog.list.item(0).text()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return True

    monkeypatch.setattr(prompts, "run_dialog", restore)
    click(qtbot, prepare, "Sampah…")
    assert ds in {i.id for i in prepare._items}


def test_columns_dialog_retypes_and_shows_what_does_not_fit(qtbot, office, tmp_path, monkeypatch):
    as_user(office, "staf")
    path = tmp_path / "teks.csv"
    path.write_text("Jenis,Jumlah\nNIB,12\nPBG,tiga\n", encoding="utf-8")
    preview = office.imports.preview(path, column_types={"Jumlah": "text"})
    ds = office.imports.commit(preview, dataset_name="Teks").dataset_id
    window = shown_main_window(qtbot, office)
    prepare = window.stages[0]
    window.tabs.setCurrentWidget(prepare)
    prepare.select(ds)
    monkeypatch.setattr(prompts, "choose_item", lambda *args, **kwargs: "integer")

    def retype(dialog):
        dialog.list.setCurrentRow(1)
        qtbot.mouseClick(dialog.buttons["retype"], Qt.MouseButton.LeftButton)
        assert "1 sel tidak sesuai" in dialog.message.text() and "baris 2" in dialog.message.text()
        return True

    monkeypatch.setattr(prompts, "run_dialog", retype)
    click(qtbot, prepare, "Kolom…")
    assert office.datasets.get(ds).rows == (("NIB", 12), ("PBG", "tiga"))


def test_programmes_dialog_adds_a_programme_for_the_kasubag(qtbot, office, monkeypatch):
    as_user(office, "kasubag")
    window = shown_main_window(qtbot, office)
    prepare = window.stages[0]
    window.tabs.setCurrentWidget(prepare)

    def fill(dialog):
        if dialog.objectName() == "programmeForm":
            dialog.code_edit.setText("2.18.06")
            dialog.name_edit.setText("Program Pengelolaan Data")
            dialog.year_box.setValue(2025)
            return True
        qtbot.mouseClick(dialog.buttons["programme"], Qt.MouseButton.LeftButton)
        assert dialog.tree.topLevelItemCount() == 1
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    click(qtbot, prepare, "Program dan Kegiatan…")
    [programme] = office.programmes.list()
    assert (programme.code, programme.year) == ("2.18.06", 2025)


def test_programmes_dialog_links_a_dataset_to_an_activity(qtbot, office, tmp_path, monkeypatch):
    from desktop_app.gui.dialogs.programmes import ProgrammesDialog

    as_user(office, "kasubag")
    programme = office.programmes.add_programme("2.18.06", "Program Pengelolaan Data", 2025)
    activity = office.programmes.add_activity(programme, "2.18.06.2.01", "Pengelolaan Data Perizinan", 2025)
    ds = office.imports.commit(office.imports.preview(month_file(tmp_path, "2025-01", 30)),
                               dataset_name="Izin").dataset_id
    dialog = ProgrammesDialog(office)
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(0))
    monkeypatch.setattr(prompts, "choose_item", lambda *args, **kwargs: str(ds))
    qtbot.mouseClick(dialog.buttons["link"], Qt.MouseButton.LeftButton)
    assert dialog.tree.topLevelItem(0).child(0).text(3) == "Izin"
    assert office.programmes.list()[0].activities[0].id == activity
