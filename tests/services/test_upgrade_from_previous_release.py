"""The demo database the previous release (schema 0003) made, opened by today's PADI: every migration runs,
every dataset is revision 1 of itself, the record stays evident, and work goes on (tests/fixtures/releases)."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.cli import EXIT_OK
from tests.cli.conftest import run_json

PREVIOUS_RELEASE = Path(__file__).parent.parent / "fixtures" / "releases" / "padi-0003-demo.db"


def test_the_previous_release_database_comes_forward_whole(tmp_path, capsys):
    db = tmp_path / "padi.db"
    shutil.copyfile(PREVIOUS_RELEASE, db)
    code, before = run_json(capsys, "check", "--db", str(db))
    assert code == 2 and before["error"] == "schema_outdated"  # "open it once with PADI"
    code, datasets = run_json(capsys, "list", "datasets", "--db", str(db))  # opening migrates
    assert code == EXIT_OK and len(datasets) == 4
    assert all(d["revision"] == 1 and not d["series"] and not d["withdrawn"] for d in datasets)
    code, report = run_json(capsys, "check", "--db", str(db))
    assert code == EXIT_OK and report["states"] == [] and report["bound"]["baseline_entry"]
    code, revisions = run_json(capsys, "list", "revisions", "--dataset", datasets[0]["name"], "--db", str(db))
    assert code == EXIT_OK and [(r["revision"], r["current"], r["serving"]) for r in revisions] == [(1, True, True)]
