"""Step 4 — Penyajian: the data catalogue with the office's phone and fax; put processed data in it.

Also: the metadata corrected in place (logged as a metadata revision), a new revision made, a dataset
withdrawn from the catalogue and put back, and the changes between revisions.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTabWidget

from desktop_app.domain import formatting
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import DatasetState
from desktop_app.gui import infoboard, prompts
from desktop_app.gui.dialogs.metadata import MetadataDialog
from desktop_app.gui.jobs import Report
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.dataset_tab import DatasetStageTab
from desktop_app.gui.widgets.catalog_view import CatalogOutputsView
from desktop_app.gui.widgets.data_grid import DataGrid
from desktop_app.gui.widgets.dataset_rows import DatasetRowsView
from desktop_app.services.datasets import SiteResult

translate = QCoreApplication.translate

SITE_FOLDER = "Katalog-Data-PADI"  # the folder made inside the chosen one (a USB stick's root, say)
FULL_SCREEN = True  # tests set False: the board is shown as a normal window


class PresentTab(DatasetStageTab):
    step = Step.PRESENT
    states = (DatasetState.PROCESSED, DatasetState.PRESENTED)

    def tab_title(self) -> str:
        return translate("PresentTab", "Penyajian")

    def step_description(self) -> str:
        return translate("PresentTab", "Menyajikan data secara cepat, mudah diakses dan valid, dengan telp/fax")

    def build_actions(self) -> list[StageAction]:
        return [StageAction(translate("PresentTab", "Sajikan di Katalog Data"), Action.PRESENT_DATASET,
                            self._on_present, primary=True),
                StageAction(translate("PresentTab", "Mode Papan Informasi"), Action.PRESENT_DATASET,
                            self._on_info_board, needs_item=False),
                StageAction(translate("PresentTab", "Ekspor Katalog Offline…"), Action.PRESENT_DATASET,
                            self._on_export_site, needs_item=False),
                StageAction(translate("PresentTab", "Ubah Metadata…"), Action.EDIT_DATASET, self._on_metadata),
                StageAction(translate("PresentTab", "Buat Revisi…"), Action.EDIT_DATASET, self.make_revision),
                # One button: "Tarik dari Katalog…", or "Kembalikan ke Katalog" for a withdrawn dataset.
                StageAction(translate("PresentTab", "Tarik dari Katalog…"), Action.PRESENT_DATASET,
                            self._on_withdraw_or_reinstate)]

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        self._matching: tuple[tuple[str, str, str], set[int]] | None = None
        self.group_combo = QComboBox()
        self.period_combo = QComboBox()
        super().__init__(services, parent)
        self.ui.searchEdit.setPlaceholderText(translate("PresentTab", "Cari judul, kelompok, periode, kata kunci …"))
        filters = QHBoxLayout()
        for combo, everything in ((self.group_combo, translate("PresentTab", "Semua kelompok")),
                                  (self.period_combo, translate("PresentTab", "Semua periode"))):
            combo.setParent(self.ui.listPane)
            combo.addItem(everything, "")
            combo.currentIndexChanged.connect(self._fill_list)
            filters.addWidget(combo, 1)
        self.ui.listLayout.insertLayout(1, filters)
        self.grid = DataGrid(self)
        self.outputs_view = CatalogOutputsView(self)
        self.work_tabs = QTabWidget(self)
        self.rows_view = DatasetRowsView(self.grid, services.datasets.rows_page, self)
        self.work_tabs.addTab(self.rows_view, translate("PresentTab", "Data"))
        self.work_tabs.addTab(self.outputs_view, translate("PresentTab", "Keluaran dan Grafik"))
        self.ui.workLayout.addWidget(self.work_tabs)
        self.board: infoboard.InfoBoard | None = None
        self.last_site: SiteResult | None = None

    # --- the list and its catalogue search ------------------------------------------------
    def refresh(self) -> None:
        self._matching = None
        for combo, values in ((self.group_combo, self.services.catalog.groups()),
                              (self.period_combo, self.services.catalog.periods())):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        super().refresh()

    def _visible_items(self) -> list[ListItem]:
        key = (self.ui.searchEdit.text().strip(), self.group_combo.currentData() or "",
               self.period_combo.currentData() or "")
        if self._matching is None or self._matching[0] != key:
            ids = {e.id for e in self.services.catalog.entries(key[0], key[1] or None, key[2] or None)}
            # Withdrawn datasets are out of the catalogue but stay in this list, to be put back.
            ids |= {d.id for d in self.services.datasets.list(self.states)
                    if d.withdrawn and key[0].lower() in d.name.lower() and not key[1] and not key[2]}
            self._matching = (key, ids)
        ids = self._matching[1]
        needle = key[0].lower()
        by_person = bool(needle) and not key[1] and not key[2]
        return [i for i in self._items if i.id in ids or (by_person and needle in i.responsible.lower())]

    def waiting_items(self) -> list[ListItem]:
        return [i for i in self._items if i.state == DatasetState.PROCESSED]

    # --- details ---------------------------------------------------------------------------
    def show_item(self, item: ListItem | None) -> None:
        office = self.services.accounts.office()
        contacts = translate(
            "PresentTab", "<p><b>{office}</b><br>{address}<br>Telp. {phone} · Faks. {fax}<br>"
            "E-mail: {email} · Laman: {web}</p>").format(
            office=escape(office.name), address=escape(office.address), phone=escape(office.phone),
            fax=escape(office.fax), email=escape(office.email), web=escape(office.website))
        if item is None:
            self.rows_view.show_detail(None, False)
            self.outputs_view.set_outputs((), self.services.datasets.output_table)
            self.ui.detailLabel.setText(translate("PresentTab", "Katalog Data masih kosong.") + contacts)
            return
        detail = self.services.datasets.get(item.id, row_limit=self.rows_view.row_limit)
        if detail.rows_complete and (detail.summary.batch_state is not None
                                     or detail.served_revision not in (None, detail.summary.revision)):
            detail = self.services.datasets.served(item.id)  # what the catalogue shows: validated periods only
        meta = detail.meta
        status = translate("PresentTab", "Ada di Katalog Data.") if item.state == DatasetState.PRESENTED \
            else translate("PresentTab", "Belum disajikan di Katalog Data.")
        confirmed = detail.confirmations[-1] if detail.confirmations else None
        last = translate("PresentTab", "Konfirmasi terakhir: {when}, {source} (melalui {channel}).").format(
            when=formatting.date(confirmed.confirmed_on), source=escape(confirmed.source),
            channel=escape(confirmed.channel)) if confirmed else \
            translate("PresentTab", "Belum ada Konfirmasi Data.")
        more = translate("PresentTab", "<br>Produsen: {producer} · Frekuensi: {frequency} · Kata kunci: {keywords}"
                         ).format(producer=escape(meta.producer or "-"), frequency=escape(meta.frequency or "-"),
                                  keywords=escape(", ".join(meta.keywords) or "-"))
        description = f"<br><i>{escape(meta.description)}</i>" if meta.description else ""
        self.ui.detailLabel.setText(
            f"{self.describe(detail)}{more}{description}<p>{status} {last}</p>{contacts}")
        self.rows_view.show_detail(detail, False)
        self.outputs_view.set_outputs([(o.id, o.name) for o in detail.outputs], self.services.datasets.output_table)

    # --- actions ---------------------------------------------------------------------------
    def _on_present(self) -> None:
        item = self.current_item()
        self.run(lambda: self.services.datasets.present(item.id),
                 translate("PresentTab", "Kumpulan Data disajikan di Katalog Data."))

    def _on_info_board(self) -> None:
        entries = self.services.catalog.entries()
        outputs = [(o.id, o.name, e.presented) for e in entries for o in e.outputs]
        if not outputs:
            prompts.info(self, translate("PresentTab", "Mode Papan Informasi"),
                         translate("PresentTab", "Belum ada Keluaran di Katalog Data untuk ditampilkan."))
            return
        dialog = infoboard.InfoBoardDialog(outputs, self)
        if not prompts.run_dialog(dialog):
            return
        chosen = dialog.chosen_outputs()
        if not chosen:
            return
        if self.board is not None:
            self.board.close()
        self.board = infoboard.InfoBoard(self.services.catalog.office(),
                                         infoboard.slides_for(self.services, chosen), dialog.interval_ms())
        self.board.start(full_screen=FULL_SCREEN)

    def _on_export_site(self) -> None:
        folder = prompts.choose_folder(self, translate("PresentTab", "Simpan Katalog Data offline ke folder"))
        if folder is None:
            return
        target = folder / SITE_FOLDER

        def work(report: Report) -> SiteResult:
            report(0, 0, translate("PresentTab", "Menyusun Katalog Data offline …"))
            return self.services.site.build(target, report)

        def done(result: SiteResult) -> None:
            self.last_site = result
            self.sig_status.emit(translate("PresentTab", "Katalog Data offline dibuat: {path}").format(
                path=result.index))

        self.start_job(translate("PresentTab", "Ekspor Katalog Offline"), work, done)

    def _on_metadata(self) -> None:
        """Metadata (the source included) corrected after step 2: applied at once and logged field by field."""
        item = self.current_item()
        if item is None:
            return
        detail = self.services.datasets.get(item.id, row_limit=0)
        dialog = MetadataDialog(detail.meta, self)
        if prompts.run_dialog(dialog):
            meta = dialog.value()
            self.run(lambda: self.services.datasets.update(item.id, meta, None),
                     translate("PresentTab", "Metadata diperbarui dan dicatat sebagai revisi metadata."))

    def _on_withdraw_or_reinstate(self) -> None:
        item = self.current_item()
        summary = next((d for d in self.services.datasets.list() if d.id == item.id), None) if item else None
        if summary is not None and summary.withdrawn:
            self._on_reinstate()
        else:
            self._on_withdraw()

    def _on_withdraw(self) -> None:
        item = self.current_item()
        if item is None:
            return
        reason = prompts.ask_text(self, translate("PresentTab", "Tarik dari Katalog Data"), translate(
            "PresentTab", "Tarik '{name}' dari Katalog Data? Kumpulan Data dapat dikembalikan kapan saja.\n\n"
                          "Alasan:").format(name=item.title))
        if reason is not None:
            self.run(lambda: self.services.datasets.withdraw(item.id, reason),
                     translate("PresentTab", "Kumpulan Data ditarik dari Katalog Data."))

    def _on_reinstate(self) -> None:
        item = self.current_item()
        if item is not None:
            self.run(lambda: self.services.datasets.reinstate(item.id),
                     translate("PresentTab", "Kumpulan Data dikembalikan ke Katalog Data."))

    def update_actions(self) -> None:
        super().update_actions()
        item = self.current_item()
        button = self.actions_[0].button
        if item is not None and item.state == DatasetState.PRESENTED:
            button.setEnabled(False)
        summary = next((d for d in self.services.datasets.list() if d.id == item.id), None) if item else None
        toggle = self.actions_[-1].button
        withdrawn = summary is not None and summary.withdrawn
        toggle.setText(translate("PresentTab", "Kembalikan ke Katalog") if withdrawn
                       else translate("PresentTab", "Tarik dari Katalog…"))
        if summary is None or (not withdrawn and summary.state != DatasetState.PRESENTED):
            toggle.setEnabled(False)
