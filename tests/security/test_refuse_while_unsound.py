"""Publishing, printing and the approval sheet refuse while the check of the record fails."""

from __future__ import annotations

import pytest

from desktop_app.cli import EXIT_FAILED, EXIT_OK
from desktop_app.domain.errors import IntegrityFailure
from tests.security.conftest import run, run_json, tamper


def test_publishing_printing_and_the_approval_sheet_refuse_while_the_check_fails(
        capsys, demo_db, as_demo_user, tmp_path):
    from desktop_app.services.office.bundle import Services

    out = tmp_path / "terbit"
    out.mkdir()
    tamper(demo_db, "UPDATE users SET role = 'kepala' WHERE username = 'staf2'")
    code, data = run_json(capsys, "publish", "--db", str(demo_db), "--publication", "1", "--out", str(out),
                          "--user", "staf")
    assert code == EXIT_FAILED and data["error"] == "record_unsound" and list(out.iterdir()) == []
    assert "padi check" in data["message"]
    sv = Services.open(demo_db)
    try:
        sv.accounts.login("staf", "padi-demo")
        with pytest.raises(IntegrityFailure, match="record_unsound"):
            sv.publications.approved_document(1)  # printing and the internet package go through here
        with pytest.raises(IntegrityFailure, match="record_unsound"):
            sv.approval_sheets.sheet(1)
    finally:
        sv.close()
    tamper(demo_db, "UPDATE users SET role = 'staf' WHERE username = 'staf2'")
    assert run(capsys, "publish", "--db", str(demo_db), "--publication", "1", "--out", str(out),
               "--user", "staf")[0] == EXIT_OK
