"""``padi catalog``: the offline catalogue from the command line, as a user, with JSON and clear refusals."""

from __future__ import annotations

import json

from desktop_app.cli import main


def test_catalog_writes_the_site_and_reports_json(demo_db, tmp_path, capsys, as_demo_user):
    out = tmp_path / "katalog"
    capsys.readouterr()
    code = main(["catalog", "--db", str(demo_db), "--out", str(out), "--user", "staf", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data == {"out": str(out.resolve()), "pages": 2, "datasets": 1}
    assert (out / "index.html").is_file() and len(list(out.glob("data-*.html"))) == 1


def test_catalog_refuses_a_folder_with_other_files_and_a_missing_parent(demo_db, tmp_path, capsys,
                                                                       as_demo_user):
    other = tmp_path / "lain"
    other.mkdir()
    (other / "catatan.txt").write_text("x")
    assert main(["catalog", "--db", str(demo_db), "--out", str(other), "--user", "staf"]) == 2
    assert "tidak akan ditimpa" in capsys.readouterr().err
    assert main(["catalog", "--db", str(demo_db), "--out", str(tmp_path / "a" / "b"), "--user", "staf"]) == 2
    assert [p.name for p in other.iterdir()] == ["catatan.txt"]
