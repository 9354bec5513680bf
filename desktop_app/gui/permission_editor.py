"""The permission matrix in Pengaturan: which role may take which action, edited by the administrator.

Cells the office may not change (maker-checker, who approves, administrator-only actions) are shown
locked, marked "tetap", with the rule that fixes them as tooltip, and the rules are listed under the table, so nobody mistakes a
fixed cell for a forgotten one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.roles import Action, FixedRule, PermissionMatrix, Role, fixed_cell
from desktop_app.gui.labels import role_label
from desktop_app.gui.messages import permission_label

translate = QCoreApplication.translate
FIXED_FILL = QColor(128, 128, 128, 40)  # a grey wash that reads on light and dark themes


def fixed_rule_text(rule: FixedRule) -> str:
    """A fixed rule of the matrix in words."""
    texts = {
        FixedRule.ADMIN_ONLY: translate(
            "PermissionEditor", "Pengguna, profil kantor dan pemulihan cadangan hanya oleh administrator."),
        FixedRule.HEAD_APPROVES: translate(
            "PermissionEditor", "Hanya Kepala Dinas (atau Plt. Kepala Dinas) yang menyetujui atau mengembalikan "
                                "publikasi."),
        FixedRule.HEAD_DELEGATES: translate(
            "PermissionEditor", "Hanya Kepala Dinas (atau administrator) yang menunjuk Plt. Kepala Dinas."),
        FixedRule.APPROVER_DOES_NOT_MAKE: translate(
            "PermissionEditor", "Kepala Dinas tidak menyusun atau mengajukan publikasi: yang menyetujui bukan "
                                "pembuatnya."),
        FixedRule.NOT_OWN_WORK: translate(
            "PermissionEditor", "Tidak seorang pun, juga Plt., menyetujui publikasi yang ia susun atau ajukan "
                                "sendiri."),
    }
    return texts[rule]


class PermissionEditor(QGroupBox):
    """A table of actions × roles with a check box per cell; fixed cells are locked."""

    sig_save = Signal()
    """The administrator asked to store the matrix shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PermissionEditor", "Hak akses peran"), parent)
        self.setObjectName("permissionEditor")
        self.actions = list(Action)
        self.roles = list(Role)
        self.table = QTableWidget(len(self.actions), len(self.roles), self)
        self.table.setObjectName("permissionTable")
        self.table.setHorizontalHeaderLabels([role_label(role) for role in self.roles])
        self.table.setVerticalHeaderLabels([permission_label(action) for action in self.actions])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note = QLabel(self)
        self.note.setObjectName("permissionRules")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        rules = "".join(f"<li>{fixed_rule_text(rule)}</li>" for rule in FixedRule)
        self.note.setText(translate("PermissionEditor", "Sel bertanda <i>tetap</i> tidak dapat diubah pengaturan apa pun:")
                          + f"<ul style='margin:0'>{rules}</ul>")
        self.save_button = QPushButton(translate("PermissionEditor", "Simpan Hak Akses"), self)
        self.save_button.setObjectName("savePermissions")
        self.save_button.clicked.connect(self.sig_save.emit)
        self.default_button = QPushButton(translate("PermissionEditor", "Kembalikan Bawaan"), self)
        self.default_button.setObjectName("defaultPermissions")
        self.default_button.clicked.connect(lambda: self.load(PermissionMatrix(), self._editable, self._refusal))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self._editable, self._refusal = False, ""

    def load(self, matrix: PermissionMatrix, editable: bool, refusal: str = "") -> None:
        """Show ``matrix``; only an administrator (``editable``) can tick cells and save; ``refusal``
        says why the buttons are disabled for anyone else."""
        self._editable, self._refusal = editable, refusal
        for row, action in enumerate(self.actions):
            for col, role in enumerate(self.roles):
                allowed = action in matrix.grants(role)
                fixed = fixed_cell(role, action)
                item = QTableWidgetItem(translate("PermissionEditor", "tetap") if fixed is not None else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setCheckState(Qt.CheckState.Checked if allowed else Qt.CheckState.Unchecked)
                flags = Qt.ItemFlag.ItemIsEnabled
                if fixed is not None:
                    item.setToolTip(fixed_rule_text(fixed[1]))
                    item.setBackground(QBrush(FIXED_FILL))
                elif editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{role_label(role)}: {permission_label(action)}")
                self.table.setItem(row, col, item)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + self.table.verticalHeader().length()
                                  + 2 * self.table.frameWidth())
        self.save_button.setEnabled(editable)
        self.default_button.setEnabled(editable)
        self.save_button.setToolTip(refusal)
        self.default_button.setToolTip(refusal or translate(
            "PermissionEditor", "Isi tabel dengan hak akses bawaan PADI; tersimpan setelah Simpan Hak Akses."))

    def cell(self, role: Role, action: Action) -> QTableWidgetItem:
        return self.table.item(self.actions.index(action), self.roles.index(role))

    def grants(self) -> dict[Role, set[Action]]:
        """The matrix as ticked in the table."""
        return {role: {action for action in self.actions
                       if self.cell(role, action).checkState() == Qt.CheckState.Checked} for role in self.roles}
