"""Lembar Persetujuan: an A4 sheet recording the head's approval, to print and bind into a publication.

On the office letterhead: the publication (title, kind, version, short and full content hash),
who composed and submitted it and when, the cover note, the whole decision history (each review
with the head's work time against the 10-minute standard and, apart, how long the version waited
in the head's queue, as the Laporan Pelaksanaan counts them from the activity log: a return ends
one review and a resubmission starts a new one), the approval statement, and a signature block for
the head or acting head (Plt.) with name, rank and NIP and an empty box for the wet signature and stamp.

Only a version with a valid approval gets a sheet. This module gathers the sheet (``documents.letters``)
and writes it; ``render.pdf.approval_sheet`` draws it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desktop_app.documents.letterhead import head_title
from desktop_app.documents.letters import ApprovalSheet, DecisionRow
from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.steps import STEPS, Step
from desktop_app.services.datasets import report_target
from desktop_app.services.runtime import attempt, record_output, write_atomically
from desktop_app.storage.models import Decision, Publication, PublicationVersion, ReviewNote, User

if TYPE_CHECKING:
    from desktop_app.services.publications import PublicationService
    from desktop_app.services.runtime import ServiceContext
    from desktop_app.services.timing import PerformanceService


class ApprovalSheetService:
    """The Lembar Persetujuan (step 7) of an approved publication: gathered, as PDF bytes, or written."""

    def __init__(self, ctx: ServiceContext, publications: PublicationService, performance: PerformanceService) -> None:
        self.ctx, self.publications, self.performance = ctx, publications, performance

    def sheet(self, publication_id: int) -> ApprovalSheet:
        """The sheet of the approved version; NotAllowed('not_approved') when it has no valid approval."""
        ctx = self.ctx
        doc = self.publications.approved_document(publication_id)
        mark = doc.approval
        # the k-th decision ended the k-th review occurrence of the log's timeline
        reviews = [r for r in self.performance.object_timing("publication", publication_id).runs
                   if r.step == Step.REVIEW and not r.open]
        with ctx.db.reading() as s:
            pub = s.get(Publication, publication_id)
            version = pub.versions[-1]
            if version.content_hash != mark.content_hash:
                raise NotAllowed("content_changed", version.content_hash)
            names = {u.id: u for u in s.scalars(select(User))}
            versions = {v.id: v for v in pub.versions}
            rows = []
            approval: Decision | None = None
            for d in s.scalars(select(Decision).where(Decision.version_id.in_(versions)).order_by(Decision.id)):
                v: PublicationVersion = versions[d.version_id]
                seconds = (d.decided_at - v.submitted_at).total_seconds() if v.submitted_at else None
                notes = s.scalar(select(func.count(ReviewNote.id)).where(ReviewNote.version_id == v.id)) or 0
                who = names[d.decided_by]
                run = reviews[len(rows)] if len(rows) < len(reviews) else None
                rows.append(DecisionRow(v.number, d.decision, who.full_name,
                                        head_title(d.acting), d.decided_at, seconds,
                                        d.content_hash, notes, run.work_seconds if run else None,
                                        run.wait_seconds if run else None))
                if v.id == version.id and d.decision == "approved":
                    approval = d
            approver = names[approval.decided_by]
            submitter = names.get(version.submitted_by) if version.submitted_by else None
            return ApprovalSheet(
                letterhead=doc.letterhead, title=doc.title, kind_label=doc.kind_label, version=version.number,
                content_hash=version.content_hash, author=doc.author,
                submitted_by=submitter.full_name if submitter else "", submitted_at=version.submitted_at,
                cover_note=version.cover_note or "", decisions=tuple(rows), approver_name=approver.full_name,
                approver_rank=approver.rank or "", approver_nip=approver.nip or "", acting=approval.acting,
                approved_at=approval.decided_at, standard_seconds=STEPS[Step.REVIEW].standard_time.total_seconds())

    def pdf(self, publication_id: int) -> bytes:
        """The Lembar Persetujuan of the approved version as PDF bytes (refused when not approved)."""
        return approval_sheet_bytes(self.sheet(publication_id))

    @attempt("approval_sheet_written", "publication")
    def write(self, publication_id: int, out_path: Path) -> Path:
        """Write the sheet to ``out_path`` atomically; one activity-log entry (step 7)."""
        out_path, _suffix = report_target(out_path, ctx=self.ctx)
        sheet = self.sheet(publication_id)
        write_atomically(approval_sheet_bytes(sheet), out_path)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.log(s, "approval_sheet_written", step=Step.PUBLISH, object_type="publication",
                         object_id=publication_id, object_label=sheet.title,
                         detail={"version": sheet.version, "hash": sheet.content_hash, "file": out_path.name})
            record_output(self.ctx, out_path, "approval_sheet", s)
        return out_path


def approval_sheet_bytes(sheet: ApprovalSheet) -> bytes:
    """The sheet as PDF bytes."""
    from desktop_app.render.pdf.approval_sheet import render_approval_sheet_bytes  # reportlab only for a PDF

    return render_approval_sheet_bytes(sheet)
