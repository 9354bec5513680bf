"""Shared part of the dataset stages (1–4): the list of datasets in given states and their details.

Every dataset tab shows the revision (and, while a newer one is prepared, the one still serving the
catalogue), a series' period chips under the details, and offers "Perubahan Antar-Revisi" and
"Buat Revisi" to the tabs that add them to their toolbar.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.workflow import DATASET_STEP, DatasetState
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.revision_diff import RevisionDiffDialog
from desktop_app.gui.stages.base import ListItem, StageTab
from desktop_app.gui.widgets.period_chips import PeriodChips
from desktop_app.services.datasets import DatasetDetail

translate = QCoreApplication.translate


class DatasetStageTab(StageTab):
    """A stage tab whose items are datasets in some states."""

    states: tuple[DatasetState, ...] = ()
    object_type = "dataset"

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, parent)
        self.chips = PeriodChips(self.ui.detailPane)
        self.ui.workLayout.insertWidget(0, self.chips)  # the work area shrinks for it, not the details

    def load_items(self) -> list[ListItem]:
        items = []
        for d in self.services.datasets.list(self.states):
            state = d.batch_state if d.batch_state is not None and d.batch_state in self.states else d.state
            title = d.name if d.revision == 1 else translate("DatasetTab", "{name} (revisi {n})").format(
                name=d.name, n=d.revision)
            items.append(ListItem(d.id, title, state, d.author, d.stage_since, DATASET_STEP[state]))
        return items

    def describe(self, detail: DatasetDetail) -> str:
        meta = detail.meta
        lines = [f"<h3>{escape(meta.name)}</h3>",
                 translate("DatasetTab", "Kelompok: {group} · Satuan: {unit} · Periode: {period}").format(
                     group=escape(meta.group or "-"), unit=escape(meta.unit or "-"), period=escape(meta.period or "-")),
                 "<br>" + translate("DatasetTab", "Sumber: {source} · Penyusun: {author} · {rows} baris").format(
                     source=escape(meta.source or "-"), author=escape(detail.summary.author),
                     rows=detail.summary.rows)]
        if detail.summary.revision > 1 or detail.served_revision not in (None, detail.summary.revision):
            lines.append("<br>" + self.revision_line(detail))
        if detail.summary.withdrawn:
            lines.append("<br><b>" + translate("DatasetTab", "Ditarik dari Katalog Data.") + "</b>")
        if any(o.outdated for o in detail.outputs):
            lines.append("<br><span style='color:#9a5b00'>⚠ " + translate(
                "DatasetTab", "Data sudah direvisi: keluaran yang dibuat dari revisi sebelumnya perlu diperbarui "
                              "(tab 3 Pengolahan, Perbarui Keluaran).") + "</span>")
        if detail.summary.is_sample:
            lines.append("<br><i>" + translate("DatasetTab", "Data contoh (bukan data resmi).") + "</i>")
        return "".join(lines)

    def revision_line(self, detail: DatasetDetail) -> str:
        """'Revisi 2 (draf); revisi 1 tetap tampil di Katalog Data dan publikasi sampai revisi 2 tervalidasi.'"""
        n, served = detail.summary.revision, detail.served_revision
        text = translate("DatasetTab", "Revisi {n}").format(n=n)
        if served is not None and served != n:
            text += translate("DatasetTab", "; revisi {served} tetap tampil di Katalog Data dan publikasi sampai "
                                            "revisi {n} tervalidasi.").format(served=served, n=n)
        return text

    # --- the series' chips ----------------------------------------------------------------------
    def _on_item_list_current_row_changed(self, row: int) -> None:
        super()._on_item_list_current_row_changed(row)
        item = self.current_item()
        self.chips.show_chips(self.services.series.chips(item.id) if item is not None else ())

    # --- revisions ----------------------------------------------------------------------------------
    def show_revision_diff(self) -> None:
        """Perubahan Antar-Revisi of the selected dataset."""
        item = self.current_item()
        if item is None:
            return
        revisions = self.services.revisions.list(item.id)
        if len(revisions) < 2:
            prompts.info(self, translate("DatasetTab", "Perubahan Antar-Revisi"),
                         translate("DatasetTab", "Kumpulan Data ini baru memiliki satu revisi."))
            return
        name = self.services.datasets.get(item.id, row_limit=0).meta.name
        dialog = RevisionDiffDialog(name, revisions, lambda a, b: self.services.revisions.diff(item.id, a, b), self)
        prompts.run_dialog(dialog)
        dialog.deleteLater()

    def make_revision(self) -> None:
        """Buat Revisi: asks the reason, opens revision n+1 as a draft in tab 1 Persiapan."""
        item = self.current_item()
        if item is None:
            return
        reason = prompts.ask_text(self, translate("DatasetTab", "Buat Revisi"), translate(
            "DatasetTab", "Data yang sudah tervalidasi tidak diubah di tempat: revisi baru dibuat sebagai draf "
                          "salinannya, dan revisi sekarang tetap tampil di Katalog Data sampai revisi baru "
                          "tervalidasi.\n\nAlasan revisi '{name}':").format(name=item.title), multiline=True)
        if reason is None:
            return
        self.run(lambda: self.services.revisions.revise(item.id, reason),
                 translate("DatasetTab", "Revisi baru dibuat sebagai draf di tab 1 Persiapan."))
