"""How input widgets behave everywhere in PADI, installed once on the application.

- The mouse wheel changes a combo box, spin box or date field only when it has the keyboard focus;
  otherwise the wheel scrolls what the field sits in (a form in a scroll area). Scrolling past
  "Kode wilayah" once silently chose another kelurahan.
- Date fields show the interface language's short form: "7 Des 2026" in Indonesian, "7 Dec 2026"
  in English, whatever the Windows locale is (their calendar pop-up speaks the same language).

The policy is an application event filter: every such widget gets it when it is first polished,
including those made by Designer forms, so no dialog has to remember it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDateEdit

translate = QCoreApplication.translate

DATE_FORMAT = "d MMM yyyy"
"""Day, short month name, year: "7 Des 2026" / "7 Dec 2026" (the month word comes from the locale)."""

_WHEEL_SHY = (QComboBox, QAbstractSpinBox)


def ui_locale() -> QLocale:
    """The locale of the interface language, for dates and month names in widgets.

    The locale name is itself a translated string, so the English interface gets English month
    names and the Indonesian one Indonesian names whatever the Windows locale is.
    """
    return QLocale(translate("WidgetPolicy", "id_ID"))


def apply_date_format(edit: QDateEdit) -> None:
    """Show ``edit`` in the interface language's short date form; its calendar pop-up speaks it too."""
    locale = ui_locale()
    edit.setLocale(locale)
    edit.setDisplayFormat(DATE_FORMAT)
    calendar = edit.calendarWidget()
    if calendar is not None:
        calendar.setLocale(locale)


class WidgetPolicy(QObject):
    """The application event filter that applies the rules of this module."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, _WHEEL_SHY) and not watched.hasFocus():
                event.ignore()  # not taken here: Qt offers the wheel to the parent (the scroll area)
                return True
        elif kind == QEvent.Type.Polish:
            if isinstance(watched, _WHEEL_SHY):
                if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                    watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not give it focus
                if isinstance(watched, QDateEdit):
                    apply_date_format(watched)
        return False


def install(app: QCoreApplication) -> WidgetPolicy:
    """Install the policy on ``app`` once (a second call returns the installed one)."""
    policy = app.findChild(WidgetPolicy)
    if policy is None:
        policy = WidgetPolicy(app)
        app.installEventFilter(policy)
    return policy


def uninstall(app: QCoreApplication) -> None:
    """Remove the policy again (tests that install it for one test)."""
    policy = app.findChild(WidgetPolicy)
    if policy is not None:
        app.removeEventFilter(policy)
        policy.setParent(None)
        policy.deleteLater()
