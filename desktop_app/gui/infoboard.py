"""Info-board mode: a full-screen slideshow of chosen charts and key figures for a TV in the service hall."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.domain.charts import ChartSpec
from desktop_app.domain.tabulation import bar_chart_of
from desktop_app.gui import theme
from desktop_app.gui.widgets.chart_view import ChartView
from desktop_app.services.accounts import OfficeProfile

translate = QCoreApplication.translate

DEFAULT_INTERVAL_MS = 15_000
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)


@dataclass(frozen=True)
class Slide:
    """One slide: a chart, or a key figure (a big number with its caption)."""

    title: str
    chart: ChartSpec | None = None
    figure: str = ""
    caption: str = ""


def slides_for(services, output_ids: Sequence[int]) -> list[Slide]:  # noqa: ANN001 (Services)
    """A chart slide and, when the table has a total, a key-figure slide for each chosen output."""
    slides = []
    for output_id in output_ids:
        table = services.datasets.output_table(output_id)
        slides.append(Slide(table.title, chart=bar_chart_of(table)))
        if table.total is not None and len(table.total) > 1:
            unit = f" {table.unit}" if table.unit else ""
            slides.append(Slide(table.title, figure=formatting.figure(table.total[1]) + unit,
                                caption=translate("InfoBoard", "{what} seluruhnya").format(
                                    what=table.headers[1])))
    return slides


def _big(size: int, bold: bool = True) -> QFont:
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    return font


class InfoBoard(QWidget):
    """The slideshow window: office name on top, contacts below, one slide at a time."""

    sig_slide_changed = Signal(int)
    """The slide now shown (0-based)."""

    def __init__(self, office: OfficeProfile, slides: Sequence[Slide], interval_ms: int = DEFAULT_INTERVAL_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("InfoBoard", "Mode Papan Informasi"))
        # A wall screen keeps its light design whatever the theme (dark text on white, light charts).
        self.setStyleSheet("InfoBoard { background: white; } QLabel { color: #222222; }")
        self.setPalette(theme.light_palette())
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slides = list(slides)
        self.header = QLabel(office.name, self)
        self.header.setFont(_big(26))
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("background: #1f4e79; color: white; padding: 12px;")
        self.stack = QStackedWidget(self)
        for slide in self.slides:
            self.stack.addWidget(self._slide_widget(slide))
        if not self.slides:
            empty = QLabel(translate("InfoBoard", "Belum ada Keluaran yang dipilih."), self)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setFont(_big(24, bold=False))
            self.stack.addWidget(empty)
        self.position = QLabel(self)
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.position.setStyleSheet("color: #555; padding-right: 12px;")
        self.footer = QLabel(self._contacts(office), self)
        self.footer.setFont(_big(15, bold=False))
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.footer.setWordWrap(True)
        self.footer.setStyleSheet("background: #eef2f6; color: #222; padding: 10px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.position)
        layout.addWidget(self.footer)
        for child in self.findChildren(QWidget):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # every key reaches the board
        self.timer = QTimer(self)
        self.timer.setInterval(max(100, interval_ms))
        self.timer.timeout.connect(self.next)
        self._show_position()

    # --- the slides ------------------------------------------------------------------------
    def _slide_widget(self, slide: Slide) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 12, 24, 12)
        title = QLabel(slide.title, page)
        title.setFont(_big(24))
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        if slide.chart is not None:
            chart = ChartView(page, paper=True)
            chart.show_chart(slide.chart)
            chart.plot.getPlotItem().setTitle(None)  # the big title above says it
            chart.plot.setMouseEnabled(x=False, y=False)
            layout.addWidget(chart, 1)
        else:
            figure = QLabel(slide.figure, page)
            figure.setFont(_big(72))
            figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            figure.setStyleSheet("color: #1f5f8b;")
            caption = QLabel(slide.caption, page)
            caption.setFont(_big(22, bold=False))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            layout.addStretch(1)
            layout.addWidget(figure)
            layout.addWidget(caption)
            layout.addStretch(1)
        return page

    @staticmethod
    def _contacts(office: OfficeProfile) -> str:
        lines = [escape(office.address)] if office.address else []
        lines.append(translate("InfoBoard", "Telp. {phone} · Faks. {fax} · E-mail: {email}").format(
            phone=escape(office.phone or "-"), fax=escape(office.fax or "-"), email=escape(office.email or "-")))
        return "<br>".join(lines)

    def current(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int) -> None:
        count = self.stack.count()
        self.stack.setCurrentIndex(index % count if count else 0)
        self._show_position()
        if self.timer.isActive():
            self.timer.start()  # a key press restarts the wait
        self.sig_slide_changed.emit(self.current())

    def next(self) -> None:
        self.go_to(self.current() + 1)

    def previous(self) -> None:
        self.go_to(self.current() - 1)

    def _show_position(self) -> None:
        self.position.setText(translate("InfoBoard", "{n} / {total}  ·  → berikutnya, ← sebelumnya, Esc keluar")
                              .format(n=self.current() + 1, total=max(1, len(self.slides))))

    # --- showing ---------------------------------------------------------------------------
    def start(self, full_screen: bool = True) -> None:
        """Show the board (full screen on the TV) and start the timer."""
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.activateWindow()
        self.setFocus()
        if len(self.slides) > 1:
            self.timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        key = event.key()
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt)
        self.timer.stop()
        super().closeEvent(event)


class InfoBoardDialog(QDialog):
    """Choose the outputs to show on the board and how long each slide stays."""

    def __init__(self, outputs: Sequence[tuple[int, str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("InfoBoardDialog", "Mode Papan Informasi"))
        self.output_list = QListWidget(self)
        for output_id, name, checked in outputs:
            item = QListWidgetItem(name, self.output_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, output_id)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(3, 600)
        self.interval_spin.setValue(DEFAULT_INTERVAL_MS // 1000)
        self.interval_spin.setSuffix(translate("InfoBoardDialog", " detik"))
        form = QFormLayout()
        form.addRow(translate("InfoBoardDialog", "Ganti slide setiap:"), self.interval_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("InfoBoardDialog", "Keluaran yang ditampilkan (grafik dan angka kunci):"),
                                self))
        layout.addWidget(self.output_list)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("InfoBoardDialog", "Tombol → atau Spasi: berikutnya · ←: sebelumnya · "
                                          "Esc: keluar"), self))
        layout.addWidget(buttons)

    def chosen_outputs(self) -> list[int]:
        return [self.output_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.output_list.count())
                if self.output_list.item(i).checkState() == Qt.CheckState.Checked]

    def interval_ms(self) -> int:
        return self.interval_spin.value() * 1000
