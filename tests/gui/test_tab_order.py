"""Tab moves through the forms in the order they are read: the login dialog and the composer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui.dialogs.compose import ComposeDialog
from desktop_app.gui.login_dialog import LoginDialog
from tests.services.test_workflow_services import as_user


def test_tab_walks_the_login_dialog_in_visual_order(qtbot, office):
    dialog = LoginDialog(office, demo=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    ui = dialog.ui
    assert QApplication.focusWidget() is ui.usernameEdit
    buttons = set(ui.buttonBox.buttons())
    assert len(buttons) == 2  # Masuk and Batal
    walked = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked[0] is ui.passwordEdit
    assert set(walked[1:3]) == buttons  # the platform decides the buttons' order
    assert walked[3] is ui.usernameEdit  # and round again
    qtbot.keyClick(ui.usernameEdit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() in buttons


def chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab reaches inside ``root``, in order."""
    found, widget = [], root.nextInFocusChain()
    while widget is not root:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus and widget.isVisible() \
                and widget.isEnabled() and root.isAncestorOf(widget):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def test_composer_goes_title_kind_sections_then_heading_toolbar_text(qtbot, office):
    as_user(office, "staf")
    dialog = ComposeDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    order = chain(dialog)
    editor = dialog.editor
    positions = [order.index(w) for w in (dialog.title_edit, dialog.kind_combo, dialog.section_list, dialog.add_button,
                                          editor.heading_edit, editor.text_edit.buttons["bold"],
                                          editor.text_edit.buttons["number"], editor.text_edit.editor,
                                          editor.output_combo)]
    assert positions == sorted(positions)
