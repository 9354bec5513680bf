"""End to end: a monthly series imported month by month, validated, presented and published in a brochure;
a mistake found in February after presentation is corrected through revision 2 (diffed, validated), and the
brochure built on revision 1 is flagged and updated through a new approval. Services as the tabs call them,
the command line where an office would script it."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from desktop_app.cli import main
from desktop_app.domain.pivot import PivotSpec
from desktop_app.domain.series import PeriodState
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import DatasetState, PublicationState
from desktop_app.services.datasets.dataset_service import NewConfirmation
from desktop_app.services.publications.publication_service import SectionDraft
from tests.conftest import PASSWORD

pytestmark = pytest.mark.e2e

MONTHS = {"2024-01": (30, 12), "2024-02": (82, 10), "2024-03": (35, 14)}  # February's NIB: 82 should be 28
NAME = "Izin Terbit per Bulan 2024"


def as_user(services, username):
    services.accounts.logout()
    services.accounts.login(username, PASSWORD)


def month_file(tmp_path, period):
    nib, pbg = MONTHS[period]
    path = tmp_path / f"izin-{period}.csv"
    path.write_text(f"Jenis Izin,Jumlah\nNIB,{nib}\nPBG,{pbg}\n", encoding="utf-8")
    return path


def through_step_2(services, ds, clock):
    services.datasets.check(ds)
    clock.advance(minutes=3)
    services.datasets.confirm(ds, NewConfirmation("Sistem OSS-RBA", "telepon", clock.now.date(), "sesuai",
                                                  "Operator OSS"))
    clock.advance(minutes=2)
    services.datasets.validate(ds)


def cli_json(capsys, *argv):
    capsys.readouterr()
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_series_corrected_by_a_revision_updates_its_brochure(office, clock, tmp_path, capsys, monkeypatch):
    sv = office
    db = str(sv.ctx.db.path)
    as_user(sv, "staf")
    # Step 1-2, month by month: January creates the series; February and March arrive later.
    first = sv.imports.commit(sv.imports.preview(month_file(tmp_path, "2024-01")), dataset_name=NAME, period="2024-01")
    ds = first.dataset_id
    sv.datasets.set_check_settings(ds, ["Periode", "Jenis Izin"], None)
    through_step_2(sv, ds, clock)
    output = sv.tabulation.save_pivot_output(ds, "Izin per bulan", PivotSpec(rows=("Periode",), value="Jumlah"))
    sv.datasets.present(ds)
    for period in ("2024-02", "2024-03"):
        clock.advance(days=30)
        sv.imports.commit(sv.imports.preview(month_file(tmp_path, period)), target_id=ds, period=period)
        assert sv.datasets.get(ds).summary.batch_state == DatasetState.DRAFT
        through_step_2(sv, ds, clock)
    assert [(c.period.text, c.state) for c in sv.series.chips(ds)] == [
        ("2024-01", PeriodState.VALIDATED), ("2024-02", PeriodState.VALIDATED), ("2024-03", PeriodState.VALIDATED)]
    assert sv.datasets.get(ds).summary.state == DatasetState.PRESENTED
    assert sv.tabulation.output_result(output).table.total[-1] == 183

    # Steps 5-7: the Kasubag's brochure on revision 1, approved by the head and published.
    as_user(sv, "kasubag")
    brochure = sv.publications.create("Brosur Perizinan Triwulan I 2024", "brosur",
                                      [SectionDraft("Izin per bulan", "Izin terbit Januari-Maret 2024.", output)])
    sv.publications.submit(brochure, "Mohon persetujuan")
    as_user(sv, "kepala")
    sv.publications.approve(brochure, sv.publications.get(brochure).content_hash)
    as_user(sv, "staf")
    sv.publications.publish(brochure, tmp_path)
    assert sv.publications.revised_data(brochure) == []

    # February's NIB was 28, not 82: revision 2, corrected, diffed.
    clock.advance(days=5)
    monkeypatch.setenv("PADI_PASSWORD", PASSWORD)
    code, data = cli_json(capsys, "revise", "--db", db, "--dataset", NAME, "--reason", "NIB Februari 82 seharusnya 28",
                          "--user", "staf")
    assert code == 0 and data["revision"] == 2 and data["served_revision"] == 1
    detail = sv.datasets.get(ds)
    fixed = [(p, kind, 28 if (p, kind) == ("2024-02", "NIB") else n) for p, kind, n in detail.rows]
    sv.datasets.update(ds, detail.meta, fixed)
    code, diff = cli_json(capsys, "diff", "--db", db, "--dataset", NAME, "--from", "1", "--to", "2", "--user", "staf")
    assert code == 0 and [(c["key"], c["column"], c["old"], c["new"]) for c in diff["cells"]] == [
        (["2024-02", "NIB"], "Jumlah", 82, 28)]
    assert diff["added_rows"] == [] and diff["removed_rows"] == []
    # Until revision 2 is validated, revision 1 serves the catalogue and the brochure is not flagged.
    assert next(e for e in sv.catalog.entries() if e.id == ds).revision == 1
    assert sv.publications.revised_data(brochure) == []
    clock.advance(minutes=10)
    through_step_2(sv, ds, clock)
    assert next(e for e in sv.catalog.entries() if e.id == ds).revision == 2

    # The brochure built on revision 1 is flagged, updated to a new version and approved again.
    [flag] = sv.publications.revised_data(brochure)
    assert (flag.built_on, flag.serving, flag.dataset) == (1, 2, NAME)
    as_user(sv, "kasubag")
    assert sv.publications.update_data(brochure) == 2
    assert sv.publications.get(brochure).summary.state == PublicationState.DRAFT
    assert sv.publications.document(brochure).sections[0].table.total[-1] == 129
    sv.publications.submit(brochure, "Data Februari direvisi")
    as_user(sv, "kepala")
    sv.publications.approve(brochure, sv.publications.get(brochure).content_hash)
    as_user(sv, "staf")
    result = sv.publications.publish(brochure, tmp_path)
    assert result.version == 2 and sv.publications.revised_data(brochure) == []
    assert sv.datasets.get(ds).outputs[0].revision == 2 and not sv.datasets.get(ds).outputs[0].outdated

    code, revisions = cli_json(capsys, "list", "revisions", "--db", db, "--dataset", NAME)
    assert [(r["revision"], r["state"], r["serving"]) for r in revisions] == [(1, "presented", False),
                                                                              (2, "processed", True)]
    actions = [e.action for e in reversed(sv.activity.entries())]
    for action in ("dataset_imported", "periods_validated", "dataset_revised", "dataset_validate", "output_updated",
                   "publication_revised", "publication_approved", "publication_published"):
        assert action in actions
    assert sv.activity.verify_chain().ok

    # Timing: revision 2 is a new round of step 1; each added month has its own steps 1-2 (the Laporan).
    timings = [t for t in sv.performance.timings() if t.object_type == "dataset"]
    own = next(t for t in timings if t.batch == "")
    assert [r.round for r in own.timeline.of_step(1)] == [1, 2]
    batches = sorted(t.batch for t in timings if t.batch)
    assert batches == ["2024-02", "2024-03"]
    assert all(len(t.timeline.of_step(2)) == 1 and not t.timeline.current for t in timings if t.batch)
    as_user(sv, "kasubag")  # the office's Laporan (a Staf prints their own only)
    report = sv.performance.report(dt.date(2026, 11, 1), clock.now.date())
    assert report.figures[Step.PREPARE].count == 4  # revision 1, February, March, revision 2
    assert report.figures[Step.VALIDATE].count == 4
    assert [r.remark for r in report.revisions] == ["revisi 2: NIB Februari 82 seharusnya 28"]
    assert [r.remark for r in report.periods] == ["2024-01 (revisi 1)", "2024-02 (revisi 1)", "2024-03 (revisi 1)",
                                                   "2024-01, 2024-02, 2024-03 (revisi 2)"]
