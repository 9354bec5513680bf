"""Step 7 printing: the PDF bytes of the approved version, handed to the print dialog, and a log entry;
and the one writer of a publication's PDF file.

What is printed is the very PDF ``publish`` writes (approval mark, version, short hash in every
footer); a publication without a valid approval is refused, as for any other export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.documents.publication import PublicationDocument
from desktop_app.domain.steps import Step
from desktop_app.services.runtime import attempt, write_atomically

if TYPE_CHECKING:
    from desktop_app.services.publications import PublicationService
    from desktop_app.services.runtime import ServiceContext


class PrintService:
    """Step 7 printing of the approved version."""

    def __init__(self, ctx: ServiceContext, publications: PublicationService) -> None:
        self.ctx, self.publications = ctx, publications

    @attempt("publication_printed", "publication")
    def approved_pdf(self, publication_id: int) -> bytes:
        """The approved version's PDF for printing; NotAllowed('not_approved') otherwise. Logged (step 7)."""
        ctx = self.ctx
        doc = self.publications.approved_document(publication_id)
        data = publication_pdf(doc)
        with ctx.db.unit_of_work() as s:
            ctx.log(s, "publication_printed", step=Step.PUBLISH, object_type="publication", object_id=publication_id,
                    object_label=doc.title, detail={"version": doc.approval.version, "hash": doc.approval.content_hash})
        return data



def publication_pdf(doc: PublicationDocument) -> bytes:
    """A publication's PDF bytes in the layout of its kind (the composer's preview, the reviewer's, the file)."""
    from desktop_app.render.pdf.publication import render_publication_bytes  # reportlab only when a PDF is made

    return render_publication_bytes(doc)


def render_publication(doc: PublicationDocument, out_path: Path) -> None:
    """Write the publication's PDF to ``out_path`` atomically: a reader never sees a half-written file.

    A full or failing disk raises the PadiError of ``write_errors`` (the earlier file stays as it was)."""
    write_atomically(publication_pdf(doc), out_path)
