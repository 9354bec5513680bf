"""The Dashboard: where every item stands, what is late against the standard times, the last backup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.steps import Step
from desktop_app.gui.labels import step_name
from desktop_app.services.services import Services

translate = QCoreApplication.translate


class DashboardTab(QWidget):
    """Counts per stage, the head's inbox, and backup age."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        self.greeting = QLabel(self)
        self.greeting.setWordWrap(True)
        layout.addWidget(self.greeting)
        box = QGroupBox(translate("Dashboard", "Item per langkah SOP"), self)
        self.grid = QGridLayout(box)
        self.step_labels: dict[Step, QLabel] = {}
        for row, step in enumerate(Step):
            self.grid.addWidget(QLabel(f"{int(step)}. {step_name(step)}", box), row, 0)
            label = QLabel(box)
            label.setObjectName(f"dashboardStep{int(step)}")
            self.step_labels[step] = label
            self.grid.addWidget(label, row, 1)
        layout.addWidget(box)
        self.inbox = QLabel(self)
        self.inbox.setObjectName("dashboardInbox")
        self.backup = QLabel(self)
        self.backup.setObjectName("dashboardBackup")
        self.backup.setWordWrap(True)
        layout.addWidget(self.inbox)
        layout.addWidget(self.backup)
        layout.addStretch(1)

    def update_counts(self, counts: dict[Step, tuple[int, int]]) -> None:
        """counts: step → (items waiting, of which late)."""
        actor = self.services.ctx.actor
        self.greeting.setText(translate("Dashboard", "<h2>Selamat datang, {name}</h2>").format(
            name=actor.display if actor else ""))
        for step, label in self.step_labels.items():
            waiting, late = counts.get(step, (0, 0))
            text = translate("Dashboard", "{n} item").format(n=waiting)
            if late:
                text += " · " + translate("Dashboard", "<span style='color:#b23a48'>{n} terlambat</span>").format(n=late)
            label.setText(text)
        inbox = self.services.publications.inbox_count()
        self.inbox.setText(translate("Dashboard", "<b>Menunggu persetujuan Kepala Dinas: {n}</b>").format(n=inbox))
        last = self.services.archive.last_verified()
        if last is None:
            self.backup.setText(translate("Dashboard", "<span style='color:#b23a48'><b>Belum pernah dicadangkan.</b> "
                                                       "Buka tab 8 Arsip.</span>"))
        else:
            days = (self.services.ctx.now() - last.created_at).days
            self.backup.setText(translate("Dashboard", "Cadangan terverifikasi terakhir: {days} hari yang lalu.")
                                .format(days=days))
