"""The Qt bindings keep Python's reference counts: PySide6 6.12.0 returned True from Signal.emit() and
disconnect() without taking a reference, so every emit drained one from True until, on Python 3.11
(where True is not immortal), the interpreter aborted with "bool_dealloc" — during a long session or
at exit. pyproject.toml keeps that release out; this test catches such a release coming back."""

from __future__ import annotations

import gc
import sys

import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    sig = Signal(object)


def _true_refs_lost(work) -> int:  # a callable
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(200):
        work()
    gc.collect()
    return before - sys.getrefcount(True)


def test_emit_connect_and_disconnect_keep_the_reference_count_of_true(qapp):
    sender = _Sender()
    received = []

    def cycle():
        sender.sig.connect(received.append)
        sender.sig.emit(1)
        sender.sig.disconnect(received.append)

    assert _true_refs_lost(cycle) <= 0
    assert len(received) == 200


def test_chart_labels_added_and_cleared_keep_the_reference_count_of_true(qapp):
    """What the charts do on every redraw (it drained True by six per data label on 6.12.0)."""
    plot = pg.PlotWidget()

    def cycle():
        plot.addItem(pg.TextItem("1", anchor=(0.5, 1.0)))
        plot.clear()

    assert _true_refs_lost(cycle) <= 0
