"""Step 4 — Penyajian: the data catalogue with the office's phone and fax; put processed data in it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop_app.domain import formatting
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import DatasetState
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.dataset_tab import DatasetStageTab
from desktop_app.gui.widgets.data_grid import DataGrid

translate = QCoreApplication.translate


class PresentTab(DatasetStageTab):
    step = Step.PRESENT
    states = (DatasetState.PROCESSED, DatasetState.PRESENTED)

    def tab_title(self) -> str:
        return translate("PresentTab", "Penyajian")

    def step_description(self) -> str:
        return translate("PresentTab", "Menyajikan data secara cepat, mudah diakses dan valid, dengan telp/fax")

    def build_actions(self) -> list[StageAction]:
        return [StageAction(translate("PresentTab", "Sajikan di Katalog Data"), Action.PRESENT_DATASET,
                            self._on_present, primary=True)]

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, parent)
        self.grid = DataGrid(self)
        self.ui.workLayout.addWidget(self.grid)

    def waiting_items(self) -> list[ListItem]:
        return [i for i in self._items if i.state == DatasetState.PROCESSED]

    def show_item(self, item: ListItem | None) -> None:
        office = self.services.accounts.office()
        contacts = translate(
            "PresentTab", "<p><b>{office}</b><br>{address}<br>Telp. {phone} · Faks. {fax}<br>"
            "E-mail: {email} · Laman: {web}</p>").format(
            office=escape(office.name), address=escape(office.address), phone=escape(office.phone),
            fax=escape(office.fax), email=escape(office.email), web=escape(office.website))
        if item is None:
            self.grid.set_data((), (), False)
            self.ui.detailLabel.setText(translate("PresentTab", "Katalog Data masih kosong.") + contacts)
            return
        detail = self.services.datasets.get(item.id)
        status = translate("PresentTab", "Ada di Katalog Data.") if item.state == DatasetState.PRESENTED \
            else translate("PresentTab", "Belum disajikan di Katalog Data.")
        confirmed = detail.confirmations[-1] if detail.confirmations else None
        last = translate("PresentTab", "Konfirmasi terakhir: {when}, {source}.").format(
            when=formatting.date(confirmed.confirmed_on), source=escape(confirmed.source)) if confirmed else ""
        self.ui.detailLabel.setText(f"{self.describe(detail)}<p>{status} {last}</p>{contacts}")
        self.grid.set_data(detail.columns, detail.rows, False)

    def _on_present(self) -> None:
        item = self.current_item()
        self.run(lambda: self.services.datasets.present(item.id),
                 translate("PresentTab", "Kumpulan Data disajikan di Katalog Data."))

    def update_actions(self) -> None:
        super().update_actions()
        item = self.current_item()
        button = self.actions_[0].button
        if item is not None and item.state == DatasetState.PRESENTED:
            button.setEnabled(False)
