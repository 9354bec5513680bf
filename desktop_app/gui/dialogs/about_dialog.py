"""Help → Tentang PADI: version, the SOP it implements, where its data and settings live, and the
licences of the libraries it ships with (read from their package metadata by services.licences)."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.gui import prompts
from desktop_app.paths import default_db_path
from desktop_app.services.runtime import (
    QT_DISTRIBUTIONS,
    BundledLibrary,
    bundled_libraries,
    font_licence_text,
    licence_text,
    normalise_library_name,
)

translate = QCoreApplication.translate

FONT_ROW_NAME = "DejaVu Sans"


def open_folder(path: Path) -> bool:
    """Show a folder in the system's file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def data_folder() -> Path:
    """The per-user data folder (where the office database lives unless --db says otherwise)."""
    return default_db_path().parent


def unknown() -> str:
    return translate("AboutDialog", "tidak diketahui")


class AboutDialog(QDialog):
    """Two tabs: "Tentang" (program, folders, versions) and "Lisensi" (bundled libraries)."""

    def __init__(self, db_path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_label = str(db_path)  # a file path, or the office server's URL
        self.db_path = Path(db_path) if isinstance(db_path, Path) else default_db_path()
        self.setWindowTitle(translate("AboutDialog", "Tentang PADI"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_page(), translate("AboutDialog", "Tentang"))
        self.tabs.addTab(self._licence_page(), translate("AboutDialog", "Lisensi"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(820, 600)

    # --- "Tentang" -------------------------------------------------------------------------
    def _about_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(f"<h2>PADI {__version__}</h2>", page)
        subtitle = QLabel(translate("AboutDialog", "Pengelolaan Data dan Informasi"), page)
        sop = QLabel(translate(
            "AboutDialog", "Menerapkan SOP Pelaksanaan Pengelolaan Data dan Informasi Dinas Penanaman Modal dan "
            "Pelayanan Terpadu Satu Pintu Kota Tebing Tinggi (Maret 2024): delapan langkah dari Persiapan "
            "sampai Arsip, dengan waktu bakunya."), page)
        sop.setWordWrap(True)
        self.data_folder = data_folder()
        self.settings_file = QSettings().fileName()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, label, value in (
            ("version", translate("AboutDialog", "Versi PADI:"), __version__),
            ("data_folder", translate("AboutDialog", "Folder data:"), str(self.data_folder)),
            ("database", translate("AboutDialog", "Basis data yang dipakai:"), self.db_label),
            ("settings", translate("AboutDialog", "Pengaturan komputer ini:"), self.settings_file),
            ("python", translate("AboutDialog", "Python:"), platform.python_version()),
            ("qt", translate("AboutDialog", "Qt:"), qVersion()),
            ("pyside", translate("AboutDialog", "PySide6:"), PySide6.__version__),
        ):
            field = QLabel(value, page)
            field.setObjectName(f"about_{key}")
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = field
            form.addRow(label, field)
        self.open_folder_button = QPushButton(translate("AboutDialog", "Buka folder data"), page)
        self.open_folder_button.setObjectName("openDataFolderButton")
        self.open_folder_button.clicked.connect(self.open_data_folder)
        row = QHBoxLayout()
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        for widget in (title, subtitle, sop):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def open_data_folder(self) -> None:
        """Open the data folder; when it does not exist yet, the folder of the database in use."""
        folder = self.data_folder if self.data_folder.is_dir() else self.db_path.parent
        if not open_folder(folder):
            prompts.error(self, translate("AboutDialog", "Folder tidak dapat dibuka"),
                          translate("AboutDialog", "Folder {folder} tidak dapat dibuka di komputer ini.").format(
                              folder=folder))

    # --- "Lisensi" -------------------------------------------------------------------------
    def _licence_page(self) -> QWidget:
        page = QWidget(self)
        note = QLabel(translate(
            "AboutDialog", "PADI memakai pustaka sumber terbuka berikut; pilih satu untuk membaca lisensinya. "
            "Qt dan PySide6 dipakai di bawah GNU LGPL versi 3 (LGPLv3): keduanya disertakan sebagai pustaka "
            "terpisah yang boleh diganti dengan versi lain yang cocok, dan kode sumbernya tersedia dari "
            "Qt Project."), page)
        note.setWordWrap(True)
        self.libraries: list[BundledLibrary] = bundled_libraries()
        self.table = QTableWidget(len(self.libraries) + 1, 3, page)
        self.table.setObjectName("licenceTable")
        self.table.setHorizontalHeaderLabels([translate("AboutDialog", "Pustaka"), translate("AboutDialog", "Versi"),
                                              translate("AboutDialog", "Lisensi")])
        rows = [(lib.name, lib.version or unknown(), lib.licence or unknown()) for lib in self.libraries]
        rows.append((FONT_ROW_NAME, translate("AboutDialog", "fon PDF"),
                     translate("AboutDialog", "Lisensi fon Bitstream Vera / DejaVu (bebas)")))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.text = QPlainTextEdit(page)
        self.text.setObjectName("licenceText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setSizes([260, 240])
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_licence(row))
        self.table.selectRow(0)
        return page

    def select_library(self, name: str) -> None:
        """Select a library's row by name (as listed; case and -/_ do not matter)."""
        wanted = normalise_library_name(name)
        for row in range(self.table.rowCount()):
            if normalise_library_name(self.table.item(row, 0).text()) == wanted:
                self.table.selectRow(row)
                return

    def _show_licence(self, row: int) -> None:
        if row < 0:
            self.text.clear()
        elif row >= len(self.libraries):
            self.text.setPlainText(font_licence_text() or unknown())
        else:
            self.text.setPlainText(self.licence_text_for(self.libraries[row]))

    def licence_text_for(self, library: BundledLibrary) -> str:
        """The full text the library carries, or a sentence saying what is known."""
        if not library.installed:
            return translate("AboutDialog", "Data paket {name} tidak ditemukan pada instalasi ini; versi dan "
                             "lisensinya tidak diketahui.").format(name=library.name)
        text = licence_text(library.name)
        if normalise_library_name(library.name) in QT_DISTRIBUTIONS:
            qt_note = translate(
                "AboutDialog", "{name} memakai lisensi {licence}. PADI memakainya di bawah GNU Lesser General "
                "Public License versi 3 (LGPLv3). Paket ini tidak menyertakan berkas teks lisensi; teks lengkap "
                "LGPLv3 diterbitkan oleh Free Software Foundation (www.gnu.org/licenses/lgpl-3.0).").format(
                name=library.name, licence=library.licence or unknown())
            return qt_note + ("\n\n" + text if text else "")
        if text:
            return text
        return translate("AboutDialog", "Paket {name} tidak menyertakan teks lisensi. Lisensinya: {licence}.").format(
            name=library.name, licence=library.licence or unknown())
