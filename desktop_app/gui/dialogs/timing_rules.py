"""The timing rules editor (Pengaturan): after how many idle minutes work pauses, and after how many
working days of waiting each step gets its warning ("menunggu lebih dari N hari kerja")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop_app.domain.steps import Step
from desktop_app.domain.work_sessions import IDLE_MINUTES_RANGE, WAIT_DAYS_RANGE, WAITING_STEPS, TimingRules
from desktop_app.gui.labels import step_name

translate = QCoreApplication.translate


class TimingRulesDialog(QDialog):
    """Edit the office's TimingRules; ``value()`` returns them (BadInput for nonsense, as the service checks)."""

    def __init__(self, rules: TimingRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TimingRulesDialog", "Waktu Kerja dan Waktu Tunggu"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "TimingRulesDialog", "Waktu kerja dicatat selama item terbuka untuk dikerjakan di tab langkahnya. "
                                 "Waktu tunggu (item menunggu dalam antrean) diberi peringatan tersendiri dan tidak "
                                 "pernah membuat langkah terlambat."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(*IDLE_MINUTES_RANGE)
        self.idle.setValue(rules.idle_minutes)
        self.idle.setSuffix(translate("TimingRulesDialog", " menit"))
        form.addRow(translate("TimingRulesDialog", "Jeda bila tidak ada kegiatan selama"), self.idle)
        layout.addLayout(form)
        box = QGroupBox(translate("TimingRulesDialog", "Peringatan: menunggu lebih dari"), self)
        days = QFormLayout(box)
        self.days: dict[Step, QSpinBox] = {}
        for step in WAITING_STEPS:
            spin = QSpinBox(box)
            spin.setObjectName(f"waitDays{int(step)}")
            spin.setRange(*WAIT_DAYS_RANGE)
            spin.setValue(int(rules.wait_warn_days[step]))
            spin.setSuffix(translate("TimingRulesDialog", " hari kerja"))
            self.days[step] = spin
            days.addRow(f"{int(step)}. {step_name(step)}", spin)
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> TimingRules:
        return TimingRules({step: spin.value() for step, spin in self.days.items()}, self.idle.value())
