"""Issue 14 item 6: a reset password is enforced on the command line too; the Kepala or Sekretaris role
and the administrator flag need the Kepala Dinas's confirmation; a Staf prints their own report only."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.roles import Role
from desktop_app.services.office.demo import DEMO_PASSWORD
from tests.cli.conftest import run, run_json
from tests.security.conftest import PERMITS

TEMPORARY = "sementara-77"


def user_id(services, username: str) -> int:
    return next(u.id for u in services.accounts.users() if u.username == username)


def role_of(services, username: str) -> tuple[Role, bool]:
    user = next(u for u in services.accounts.users() if u.username == username)
    return user.role, user.is_admin


@pytest.fixture
def reset_staf(services_as):
    with services_as("admin") as sv:
        sv.accounts.reset_password(user_id(sv, "staf"), TEMPORARY)


def test_a_reset_password_keeps_the_user_from_every_data_command(demo_db, tmp_path, capsys, monkeypatch,
                                                                  reset_staf):
    monkeypatch.setenv("PADI_PASSWORD", TEMPORARY)
    commands = [
        ("export", "--dataset", PERMITS, "--format", "csv", "--out", str(tmp_path / "izin.csv")),
        ("tabulate", "--dataset", PERMITS, "--rows", "Jenis Izin", "--agg", "count", "--out", str(tmp_path / "t.csv")),
        ("catalog", "--out", str(tmp_path / "katalog")),
        ("publish", "--publication", "1", "--out", str(tmp_path)),
        ("report", "--from", "2026-01-01", "--to", "2026-12-31", "--employee", "staf", "--out", str(tmp_path / "r.pdf")),
        ("backup", "--to", str(tmp_path)),
    ]
    for command in commands:
        code, data = run_json(capsys, *command, "--db", str(demo_db), "--user", "staf")
        assert (code, data["error"]) == (3, "password_change_required"), command
        assert "padi passwd" in data["message"]
    assert not [p.name for p in tmp_path.iterdir() if not p.name.startswith("padi.db")]  # nothing written


def test_padi_passwd_changes_it_and_work_resumes(demo_db, tmp_path, capsys, monkeypatch, reset_staf):
    monkeypatch.setenv("PADI_PASSWORD", TEMPORARY)
    code, data = run_json(capsys, "passwd", "--db", str(demo_db), "--user", "staf")
    assert (code, data["error"]) == (2, "new_password_required")
    monkeypatch.setenv("PADI_NEW_PASSWORD", "12345678")
    code, data = run_json(capsys, "passwd", "--db", str(demo_db), "--user", "staf")
    assert (code, data["error"]) == (2, "password_only_digits")
    monkeypatch.setenv("PADI_NEW_PASSWORD", "sandi-pilihan-siti")
    code, data = run_json(capsys, "passwd", "--db", str(demo_db), "--user", "staf")
    assert (code, data) == (0, {"user": "staf", "changed": True})
    monkeypatch.setenv("PADI_PASSWORD", "sandi-pilihan-siti")
    code, _out, _err = run(capsys, "export", "--db", str(demo_db), "--dataset", PERMITS, "--format", "csv",
                           "--out", str(tmp_path / "izin.csv"), "--user", "staf")
    assert code == 0


def test_the_services_refuse_too_until_the_password_is_changed(services_as, reset_staf):
    with services_as("staf", TEMPORARY) as sv:
        assert sv.ctx.password_change_required
        with pytest.raises(NotAllowed, match="password_change_required"):
            sv.datasets.present(1)
        sv.accounts.change_password(TEMPORARY, "sandi-pilihan-siti")
        assert not sv.ctx.password_change_required


def test_a_new_kepala_made_by_the_administrator_waits_for_the_kepala(services_as):
    with services_as("admin") as sv:  # the demo's Kepala has logged in: first-run setup is over
        sv.accounts.create_user("kepala2", "Kepala Tiruan", "sandi-kepala-2", Role.KEPALA, is_admin=True)
        assert role_of(sv, "kepala2") == (Role.STAF, False)
        assert [(r.username, r.role, r.is_admin) for r in sv.accounts.role_requests()] == [
            ("kepala2", Role.KEPALA, True)]
        for username, role, admin in (("staf", Role.SEKRETARIS, False), ("kasubag", Role.KASUBAG, True),
                                      ("kepala", Role.STAF, False)):
            assert sv.accounts.change_role(user_id(sv, username), role, admin) is False
            assert role_of(sv, username) != (role, admin)
        assert sv.accounts.change_role(user_id(sv, "staf2"), Role.KASUBAG, False) is True  # nothing to confirm
        with pytest.raises(NotAllowed, match="kepala_confirms"):
            sv.accounts.confirm_role_change(sv.accounts.role_requests()[0].id)
    with services_as("kepala2", "sandi-kepala-2") as sv:  # still a Staf: can neither approve nor confirm
        with pytest.raises(NotAllowed):
            sv.publications.approve(2, sv.publications.get(2).content_hash)
        with pytest.raises(NotAllowed, match="kepala_confirms"):
            sv.accounts.confirm_role_change(sv.accounts.role_requests()[0].id)
    with services_as("sekretaris") as sv:
        with pytest.raises(NotAllowed, match="kepala_confirms"):
            sv.accounts.reject_role_change(sv.accounts.role_requests()[0].id)
    with services_as("kepala") as sv:
        requests = {r.username: r.id for r in sv.accounts.role_requests()}
        sv.accounts.reject_role_change(requests["kepala"])
        sv.accounts.confirm_role_change(requests["kepala2"])
        assert role_of(sv, "kepala2") == (Role.KEPALA, True) and role_of(sv, "kepala") == (Role.KEPALA, False)
        actions = [e.action for e in sv.activity.entries(limit=20)]
        assert "role_change_confirmed" in actions and "role_change_rejected" in actions
    with services_as("kepala2", "sandi-kepala-2") as sv:  # a Kepala with the flag decides alone
        assert sv.accounts.change_role(user_id(sv, "staf"), Role.SEKRETARIS, False) is True


def test_staf_prints_the_report_for_themselves_only(demo_db, tmp_path, capsys, as_demo_user):
    base = ("report", "--db", str(demo_db), "--from", "2026-01-01", "--to", "2026-12-31", "--user", "staf")
    for who in ((), ("--employee", "kasubag")):
        code, data = run_json(capsys, *base, "--out", str(tmp_path / "laporan.pdf"), *who)
        assert (code, data["error"]) == (3, "report_self_only")
    assert not (tmp_path / "laporan.pdf").exists()
    code, data = run_json(capsys, *base, "--out", str(tmp_path / "laporan.pdf"), "--employee", "staf")
    assert code == 0 and data["employee"]
    code, _data = run_json(capsys, "report", "--db", str(demo_db), "--from", "2026-01-01", "--to", "2026-12-31",
                           "--user", "kasubag", "--out", str(tmp_path / "kantor.pdf"))
    assert code == 0


def test_the_demo_accounts_keep_their_roles(services_as):
    with services_as("admin") as sv:
        roles = {u.username: (u.role, u.is_admin) for u in sv.accounts.users()}
        assert sv.accounts.role_requests() == []
    assert roles["kepala"] == (Role.KEPALA, False) and roles["sekretaris"] == (Role.SEKRETARIS, False)
    assert roles["admin"] == (Role.STAF, True)
    assert DEMO_PASSWORD == "padi-demo"
