"""Shared part of the dataset stages (1–4): the list of datasets in given states and their details."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.workflow import DATASET_STEP, DatasetState
from desktop_app.gui.stages.base import ListItem, StageTab
from desktop_app.services.datasets import DatasetDetail

translate = QCoreApplication.translate


class DatasetStageTab(StageTab):
    """A stage tab whose items are datasets in some states."""

    states: tuple[DatasetState, ...] = ()
    object_type = "dataset"

    def load_items(self) -> list[ListItem]:
        return [ListItem(d.id, d.name, d.state, d.author, d.stage_since, DATASET_STEP[d.state])
                for d in self.services.datasets.list(self.states)]

    def describe(self, detail: DatasetDetail) -> str:
        meta = detail.meta
        lines = [f"<h3>{escape(meta.name)}</h3>",
                 translate("DatasetTab", "Kelompok: {group} · Satuan: {unit} · Periode: {period}").format(
                     group=escape(meta.group or "-"), unit=escape(meta.unit or "-"), period=escape(meta.period or "-")),
                 "<br>" + translate("DatasetTab", "Sumber: {source} · Penyusun: {author} · {rows} baris").format(
                     source=escape(meta.source or "-"), author=escape(detail.summary.author),
                     rows=detail.summary.rows)]
        if detail.summary.is_sample:
            lines.append("<br><i>" + translate("DatasetTab", "Data contoh (bukan data resmi).") + "</i>")
        return "".join(lines)
