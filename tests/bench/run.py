"""Benchmark harness for PADI: wall-clock timings against a bare baseline measured in the same run.

What it measures
    Each case times a PADI operation and, in the same run, a minimal "baseline" doing the
    comparable bare minimum, so the ratio PADI/baseline is comparable across machines.

    startup_to_login
        Wall time from process start to the login window being shown:
        ``python -m desktop_app --db DB`` with ``PADI_STARTUP_PROBE=1`` (the app shows the login
        dialog and quits at the first event-loop turn) against a bare ``QApplication`` +
        ``QMainWindow`` shown and quit the same way. The demo database is created once
        beforehand (``python -m desktop_app init --db DB --demo``, not timed). Target (README):
        at most 3x the bare window.

    Every case runs one untimed warm-up of PADI and of the baseline, then ``--repeat`` timed runs
    of each, interleaved (PADI, baseline, PADI, baseline, ...); the median of each is reported.
    ``QT_QPA_PLATFORM=offscreen`` is used unless QT_QPA_PLATFORM is already set.

How to run (from the repository root)
    python tests/bench/run.py               # aligned text table, plus the targets
    python tests/bench/run.py --repeat 9    # more timed runs per side (default 5)
    python tests/bench/run.py --json        # only a JSON list on stdout

JSON output (a contract other scripts rely on): a list with one object per case, each with
exactly the keys ``case``, ``seconds`` (PADI median, 3 decimals), ``baseline`` (baseline name),
``baseline_seconds`` (3 decimals) and ``ratio`` (seconds/baseline_seconds, 2 decimals).

Exit status: 0 whatever the ratios (targets are for people to read, not a timed test); non-zero
with a message on stderr if any measured or preparatory subprocess fails.

Adding a case: write a function ``case_NAME(repeat: int) -> (seconds, baseline_name,
baseline_seconds)`` and register it in ``CASES`` (and a target in ``TARGETS`` if there is one).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

CaseResult = tuple[float, str, float]  # (PADI seconds, baseline name, baseline seconds)


class BenchError(RuntimeError):
    """A subprocess the benchmark depends on failed."""


# --- helpers -----------------------------------------------------------------------------------
def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Make ``-m desktop_app`` importable from the checkout even without an installed package.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    if extra:
        env.update(extra)
    return env


def _run(cmd: Sequence[str], env: dict[str, str]) -> float:
    """Run ``cmd`` to completion; return its wall time. Raise BenchError if it exits non-zero."""
    start = time.perf_counter()
    proc = subprocess.run(list(cmd), env=env, cwd=REPO_ROOT, capture_output=True,
                          text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchError(
            f"command failed with exit code {proc.returncode}: {' '.join(cmd)}\n"
            f"--- stderr ---\n{proc.stderr}\n--- stdout ---\n{proc.stdout}")
    return elapsed


def _interleaved_medians(padi: Callable[[], float], baseline: Callable[[], float],
                         repeat: int) -> tuple[float, float]:
    """One untimed warm-up of each, then ``repeat`` interleaved runs; the median of each side."""
    padi()
    baseline()
    padi_times: list[float] = []
    base_times: list[float] = []
    for _ in range(repeat):
        padi_times.append(padi())
        base_times.append(baseline())
    return statistics.median(padi_times), statistics.median(base_times)


# --- cases -------------------------------------------------------------------------------------
BARE_WINDOW_SCRIPT = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def case_startup_to_login(repeat: int) -> CaseResult:
    """Process start to login window shown, against a bare QApplication + QMainWindow shown."""
    with tempfile.TemporaryDirectory(prefix="padi-bench-") as tmp:
        db = str(Path(tmp) / "padi.db")
        _run([sys.executable, "-m", "desktop_app", "init", "--db", db, "--demo"], _env())
        padi_cmd = [sys.executable, "-m", "desktop_app", "--db", db]
        padi_env = _env({"PADI_STARTUP_PROBE": "1"})
        base_cmd = [sys.executable, "-c", BARE_WINDOW_SCRIPT]
        base_env = _env()
        padi_s, base_s = _interleaved_medians(lambda: _run(padi_cmd, padi_env),
                                              lambda: _run(base_cmd, base_env), repeat)
    return padi_s, "bare QApplication+QMainWindow", base_s


CASES: dict[str, Callable[[int], CaseResult]] = {
    "startup_to_login": case_startup_to_login,
}

# Targets stated in the README, shown in the text output only.
TARGETS: dict[str, float] = {
    "startup_to_login": 3.0,
}


# --- output ------------------------------------------------------------------------------------
def _row(case: str, result: CaseResult) -> dict[str, object]:
    seconds, baseline, baseline_seconds = result
    ratio = seconds / baseline_seconds if baseline_seconds > 0 else float("inf")
    return {"case": case, "seconds": round(seconds, 3), "baseline": baseline,
            "baseline_seconds": round(baseline_seconds, 3), "ratio": round(ratio, 2)}


def _table(rows: list[dict[str, object]]) -> str:
    headers = ["case", "PADI s", "baseline", "baseline s", "ratio"]
    body = [[str(r["case"]), f"{r['seconds']:.3f}", str(r["baseline"]),
             f"{r['baseline_seconds']:.3f}", f"{r['ratio']:.2f}"] for r in rows]
    numeric = {1, 3, 4}
    widths = [max(len(line[i]) for line in [headers, *body]) for i in range(len(headers))]

    def fmt(line: list[str]) -> str:
        return "  ".join(cell.rjust(w) if i in numeric else cell.ljust(w)
                         for i, (cell, w) in enumerate(zip(line, widths, strict=True))).rstrip()

    lines = [fmt(headers), fmt(["-" * w for w in widths]), *(fmt(line) for line in body)]
    for r in rows:
        target = TARGETS.get(str(r["case"]))
        if target is not None:
            prefix = "target:" if len(rows) == 1 else f"target ({r['case']}):"
            lines.append(f"{prefix} ratio <= {target}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="PADI benchmarks against bare baselines.")
    parser.add_argument("--json", action="store_true", help="print only a JSON list of results")
    parser.add_argument("--repeat", type=int, default=5, metavar="N",
                        help="timed runs of each side per case (default 5)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    rows: list[dict[str, object]] = []
    for name, case in CASES.items():
        try:
            rows.append(_row(name, case(args.repeat)))
        except BenchError as err:
            print(f"bench case {name} failed: {err}", file=sys.stderr)
            return 1

    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
