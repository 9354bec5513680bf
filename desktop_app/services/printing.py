"""Step 7 printing: the PDF bytes of the approved version, handed to the print dialog, and a log entry.

What is printed is the very PDF ``publish`` writes (approval mark, version, short hash in every
footer); a publication without a valid approval is refused, as for any other export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.steps import Step
from desktop_app.services.runtime import attempt

if TYPE_CHECKING:
    from desktop_app.services.office import Services


@attempt("publication_printed", "publication")
def approved_pdf(services: Services, publication_id: int) -> bytes:
    """The approved version's PDF for printing; NotAllowed('not_approved') otherwise. Logged (step 7)."""
    from desktop_app.services import pdf_export  # reportlab is loaded only when a PDF is made

    ctx = services.ctx
    doc = services.publications.approved_document(publication_id)
    data = pdf_export.render_publication_bytes(doc)
    with ctx.db.unit_of_work() as s:
        ctx.log(s, "publication_printed", step=Step.PUBLISH, object_type="publication", object_id=publication_id,
                object_label=doc.title, detail={"version": doc.approval.version, "hash": doc.approval.content_hash})
    return data
