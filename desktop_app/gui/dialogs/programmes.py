"""Program dan Kegiatan: the unit's programmes and activities (code, name, budget year, the person
responsible), edited one by one or imported from a spreadsheet; shows the datasets linked to each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import Action
from desktop_app.gui import prompts
from desktop_app.gui.messages import error_text
from desktop_app.services.office import Services

translate = QCoreApplication.translate
NO_YEAR = 1999  # the year box's "(tanpa tahun)"


class ProgrammeForm(QDialog):
    """Code, name, year and the person responsible of one programme or activity."""

    def __init__(self, title: str, people: list[tuple[int, str]], code: str = "", name: str = "",
                 year: int | None = None, responsible_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeForm")
        self.setWindowTitle(title)
        self.code_edit = QLineEdit(code, self)
        self.code_edit.setPlaceholderText("2.18.06")
        self.name_edit = QLineEdit(name, self)
        self.year_box = QSpinBox(self)
        self.year_box.setRange(NO_YEAR, 2100)
        self.year_box.setSpecialValueText(translate("ProgrammeForm", "(tanpa tahun)"))
        self.year_box.setValue(year or NO_YEAR)
        self.person = QComboBox(self)
        self.person.addItem(translate("ProgrammeForm", "(belum ditentukan)"), None)
        for user_id, label in people:
            self.person.addItem(label, user_id)
        self.person.setCurrentIndex(max(0, self.person.findData(responsible_id)))
        form = QFormLayout()
        form.addRow(translate("ProgrammeForm", "Kode:"), self.code_edit)
        form.addRow(translate("ProgrammeForm", "Nama:"), self.name_edit)
        form.addRow(translate("ProgrammeForm", "Tahun anggaran:"), self.year_box)
        form.addRow(translate("ProgrammeForm", "Penanggung jawab:"), self.person)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, int | None, int | None]:
        year = self.year_box.value()
        return (self.code_edit.text(), self.name_edit.text(), None if year == NO_YEAR else year,
                self.person.currentData())


class ProgrammesDialog(QDialog):
    """The tree of programmes and their activities, with the editor's buttons."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmesDialog")
        self.setWindowTitle(translate("ProgrammesDialog", "Program dan Kegiatan"))
        self.resize(820, 480)
        self.services = services
        self.people = [(u.id, u.full_name) for u in services.accounts.users() if u.active]
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("programmesTree")
        self.tree.setHeaderLabels([translate("ProgrammesDialog", "Kode dan nama"),
                                   translate("ProgrammesDialog", "Tahun"),
                                   translate("ProgrammesDialog", "Penanggung jawab"),
                                   translate("ProgrammesDialog", "Kumpulan Data")])
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, handler in (
                ("programme", translate("ProgrammesDialog", "Tambah Program…"), self._on_add_programme),
                ("activity", translate("ProgrammesDialog", "Tambah Kegiatan…"), self._on_add_activity),
                ("edit", translate("ProgrammesDialog", "Ubah…"), self._on_edit),
                ("remove", translate("ProgrammesDialog", "Hapus"), self._on_remove),
                ("link", translate("ProgrammesDialog", "Kaitkan Kumpulan Data…"), self._on_link),
                ("import", translate("ProgrammesDialog", "Impor dari Lembar Kerja…"), self._on_import)):
            button = QPushButton(label, self)
            button.setObjectName(f"programmes_{key}")
            button.clicked.connect(handler)
            row.addWidget(button)
            self.buttons[key] = button
        may = services.ctx.may(Action.PLAN_AGENDA)
        self.buttons["link"].setEnabled(services.ctx.may(Action.EDIT_DATASET))
        for key, button in self.buttons.items():
            if key == "link":
                continue
            button.setEnabled(may)
            if not may:
                button.setToolTip(translate("ProgrammesDialog", "Hanya Kasubag Program, Sekretaris atau Kepala Dinas "
                                                                "yang merencanakan Program dan Kegiatan."))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self._load()

    def _load(self) -> None:
        self.tree.clear()
        self.records = self.services.programmes.list()
        for programme in self.records:
            top = QTreeWidgetItem(self.tree, [programme.label, str(programme.year or ""), programme.responsible, ""])
            top.setData(0, Qt.ItemDataRole.UserRole, ("programme", programme.id))
            for activity in programme.activities:
                child = QTreeWidgetItem(top, [activity.label, str(activity.year or ""), activity.responsible,
                                              ", ".join(activity.datasets)])
                child.setData(0, Qt.ItemDataRole.UserRole, ("activity", activity.id))
            top.setExpanded(True)
        for column in range(4):
            self.tree.resizeColumnToContents(column)

    def _selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _run(self, work, done: str) -> bool:  # noqa: ANN001
        try:
            work()
        except PadiError as err:
            self.message.setText(error_text(err))
            return False
        self.message.setText(done)
        self._load()
        return True

    def _form(self, title: str, **values: object) -> tuple[str, str, int | None, int | None] | None:
        form = ProgrammeForm(title, self.people, parent=self, **values)  # type: ignore[arg-type]
        return form.values() if prompts.run_dialog(form) else None

    def _on_add_programme(self) -> None:
        values = self._form(translate("ProgrammesDialog", "Program Baru"))
        if values is not None:
            self._run(lambda: self.services.programmes.add_programme(*values),
                      translate("ProgrammesDialog", "Program ditambah."))

    def _on_add_activity(self) -> None:
        selected = self._selected()
        if selected is None:
            self.message.setText(translate("ProgrammesDialog", "Pilih Program tempat Kegiatan ini."))
            return
        kind, item_id = selected
        programme_id = item_id if kind == "programme" else next(
            p.id for p in self.records if any(a.id == item_id for a in p.activities))
        values = self._form(translate("ProgrammesDialog", "Kegiatan Baru"))
        if values is not None:
            self._run(lambda: self.services.programmes.add_activity(programme_id, *values),
                      translate("ProgrammesDialog", "Kegiatan ditambah."))

    def _on_edit(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        kind, item_id = selected
        if kind == "programme":
            record = next(p for p in self.records if p.id == item_id)
        else:
            record = next(a for p in self.records for a in p.activities if a.id == item_id)
        values = self._form(translate("ProgrammesDialog", "Ubah {what}").format(what=record.label), code=record.code,
                            name=record.name, year=record.year, responsible_id=record.responsible_id)
        if values is None:
            return
        update = self.services.programmes.update_programme if kind == "programme" \
            else self.services.programmes.update_activity
        self._run(lambda: update(item_id, *values), translate("ProgrammesDialog", "Perubahan disimpan."))

    def _on_remove(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        kind, item_id = selected
        remove = self.services.programmes.remove_programme if kind == "programme" \
            else self.services.programmes.remove_activity
        if prompts.confirm(self, translate("ProgrammesDialog", "Hapus"),
                           translate("ProgrammesDialog", "Hapus {what}?").format(what=self.tree.currentItem().text(0))):
            self._run(lambda: remove(item_id), translate("ProgrammesDialog", "Dihapus."))

    def _on_link(self) -> None:
        """Link a dataset to the selected activity (the dataset then serves that activity)."""
        selected = self._selected()
        if selected is None or selected[0] != "activity":
            self.message.setText(translate("ProgrammesDialog", "Pilih Kegiatan yang dilayani Kumpulan Data itu."))
            return
        datasets = {str(d.id): d.name for d in self.services.datasets.list()}
        if not datasets:
            return
        chosen = prompts.choose_item(self, translate("ProgrammesDialog", "Kaitkan Kumpulan Data"),
                                     translate("ProgrammesDialog", "Kumpulan Data untuk Kegiatan ini:"), datasets)
        if chosen is not None:
            self._run(lambda: self.services.programmes.link_dataset(int(chosen), selected[1]),
                      translate("ProgrammesDialog", "Kumpulan Data dikaitkan dengan Kegiatan."))

    def _on_import(self) -> None:
        path = prompts.choose_file(self, translate("ProgrammesDialog", "Impor Program dan Kegiatan"),
                                   translate("ProgrammesDialog", "Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)"))
        if path is None:
            return
        result: list = []
        if self._run(lambda: result.append(self.services.programmes.import_file(path)), ""):
            summary = result[0]
            self.message.setText(translate(
                "ProgrammesDialog", "{programmes} Program dan {activities} Kegiatan ditambah, {updated} diperbarui.")
                .format(programmes=summary.programmes_added, activities=summary.activities_added,
                        updated=summary.updated))


__all__ = ["ProgrammeForm", "ProgrammesDialog"]
