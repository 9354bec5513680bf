"""The office calendar editor: office hours per weekday with the rest break, the holidays of the year,
and after how many days without a verified backup the dashboard warns."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.working_time import OfficeDay, WorkCalendar, parse_holidays

translate = QCoreApplication.translate


def _qtime(value: dt.time | None, fallback: dt.time) -> QTime:
    value = value or fallback
    return QTime(value.hour, value.minute)


class CalendarDialog(QDialog):
    """Edit a WorkCalendar and the backup warning; ``value()`` raises BadInput for nonsense."""

    def __init__(self, calendar: WorkCalendar, warn_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CalendarDialog", "Kalender Kerja"))
        layout = QVBoxLayout(self)
        hours = QGroupBox(translate("CalendarDialog", "Jam kerja (istirahat tidak dihitung)"), self)
        grid = QGridLayout(hours)
        for col, text in enumerate((translate("CalendarDialog", "Hari"), translate("CalendarDialog", "Masuk"),
                                    translate("CalendarDialog", "Pulang"), translate("CalendarDialog", "Istirahat"),
                                    translate("CalendarDialog", "s.d."))):
            grid.addWidget(QLabel(f"<b>{text}</b>", hours), 0, col)
        names = (translate("CalendarDialog", "Senin"), translate("CalendarDialog", "Selasa"),
                 translate("CalendarDialog", "Rabu"), translate("CalendarDialog", "Kamis"),
                 translate("CalendarDialog", "Jumat"), translate("CalendarDialog", "Sabtu"),
                 translate("CalendarDialog", "Minggu"))
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit, QTimeEdit, QTimeEdit]] = []
        for row, (name, day) in enumerate(zip(names, calendar.week, strict=True), start=1):
            open_box = QCheckBox(name, hours)
            open_box.setChecked(day is not None)
            edits = [QTimeEdit(_qtime(getattr(day, attr, None), default), hours) for attr, default in (
                ("start", dt.time(7, 30)), ("end", dt.time(16, 0)), ("break_start", dt.time(12, 0)),
                ("break_end", dt.time(13, 0)))]
            grid.addWidget(open_box, row, 0)
            for col, edit in enumerate(edits, start=1):
                edit.setDisplayFormat("HH:mm")
                edit.setEnabled(day is not None)
                open_box.toggled.connect(edit.setEnabled)
                grid.addWidget(edit, row, col)
            self.days.append((open_box, *edits))
        layout.addWidget(hours)

        holidays = QGroupBox(translate("CalendarDialog", "Hari libur nasional dan cuti bersama"), self)
        inner = QVBoxLayout(holidays)
        self.holidays = QTableWidget(0, 3, holidays)
        self.holidays.setObjectName("holidayTable")
        self.holidays.setHorizontalHeaderLabels([translate("CalendarDialog", "Tanggal (TTTT-BB-HH)"),
                                                 translate("CalendarDialog", "Keterangan"),
                                                 translate("CalendarDialog", "Cuti bersama")])
        self.holidays.horizontalHeader().setStretchLastSection(False)
        self.holidays.setColumnWidth(0, 150)
        self.holidays.setColumnWidth(1, 320)
        for holiday in calendar.holidays:
            self.add_holiday(holiday.date.isoformat(), holiday.name, holiday.joint_leave)
        inner.addWidget(self.holidays)
        buttons = QHBoxLayout()
        add = QPushButton(translate("CalendarDialog", "Tambah Hari Libur"), holidays)
        add.clicked.connect(lambda: self.add_holiday("", "", False))
        remove = QPushButton(translate("CalendarDialog", "Hapus Baris"), holidays)
        remove.clicked.connect(lambda: self.holidays.removeRow(self.holidays.currentRow()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout.addWidget(holidays, 1)

        warn_row = QHBoxLayout()
        warn_row.addWidget(QLabel(translate("CalendarDialog", "Peringatkan bila cadangan terakhir berumur"), self))
        self.warn_days = QSpinBox(self)
        self.warn_days.setObjectName("backupWarnDays")
        self.warn_days.setRange(1, 365)
        self.warn_days.setValue(warn_days)
        self.warn_days.setSuffix(translate("CalendarDialog", " hari"))
        warn_row.addWidget(self.warn_days)
        warn_row.addStretch(1)
        layout.addLayout(warn_row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(720, 640)

    def add_holiday(self, date: str, name: str, joint: bool) -> None:
        row = self.holidays.rowCount()
        self.holidays.insertRow(row)
        self.holidays.setItem(row, 0, QTableWidgetItem(date))
        self.holidays.setItem(row, 1, QTableWidgetItem(name))
        check = QTableWidgetItem()
        check.setCheckState(Qt.CheckState.Checked if joint else Qt.CheckState.Unchecked)
        self.holidays.setItem(row, 2, check)

    @staticmethod
    def _day(box: QCheckBox, start: QTimeEdit, end: QTimeEdit, b0: QTimeEdit, b1: QTimeEdit) -> OfficeDay | None:
        """One weekday's hours; a break that starts when it ends means no break."""
        if not box.isChecked():
            return None
        pause = (b0.time().toPython(), b1.time().toPython())
        return OfficeDay(start.time().toPython(), end.time().toPython(),
                         *(pause if pause[0] != pause[1] else (None, None)))

    def value(self) -> tuple[WorkCalendar, int]:
        """The edited calendar and warning; BadInput('bad_office_hours' / 'bad_holiday') when it makes no sense."""
        week = tuple(self._day(*row) for row in self.days)
        items = []
        for row in range(self.holidays.rowCount()):
            date, name, joint = (self.holidays.item(row, c) for c in range(3))
            if date is None or not date.text().strip():
                continue
            items.append({"date": date.text(), "name": name.text() if name else "",
                          "joint_leave": joint is not None and joint.checkState() == Qt.CheckState.Checked})
        return WorkCalendar(week, tuple(parse_holidays(items))), self.warn_days.value()

