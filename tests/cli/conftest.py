"""Helpers for the ``padi`` command-line tests: run a command in-process and read what it printed.

The databases they work on (``demo_db``, ``office``, ``fresh_db``) come from tests/conftest.py.
"""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``padi ARGV`` in-process: the exit code and what it printed (earlier output dropped)."""
    capsys.readouterr()  # drop anything printed before
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    """``padi ARGV --json``: the exit code and the parsed JSON it printed."""
    code, out, _ = run(capsys, *argv, "--json")
    return code, json.loads(out)
