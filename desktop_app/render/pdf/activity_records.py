"""The activity records (Catatan Aktivitas) as an A4 PDF: letterhead, title, filter and chain state, the table."""

from __future__ import annotations

import dataclasses

from reportlab.platypus import Paragraph

from desktop_app.documents.activity import TITLE, ActivityRecordsDocument
from desktop_app.render.pdf.kit import (
    build_a4_pdf,
    escape_markup,
    letterhead_flowables,
    paragraph_style,
    register_fonts,
    table_flowables,
)
from desktop_app.render.pdf.timing_report import page_footer


def render_pdf(doc: ActivityRecordsDocument) -> bytes:
    """The records as PDF bytes."""
    register_fonts()
    story = letterhead_flowables(doc.letterhead)
    story.append(Paragraph(escape_markup(TITLE.upper()), paragraph_style("log_title", 13, bold=True, alignment=1,
                                                                         spaceBefore=8, spaceAfter=4)))
    note = paragraph_style("log_note", 9, leading=12, spaceAfter=6)
    for line in (doc.description, doc.chain_text):
        if line:
            story.append(Paragraph(escape_markup(line), note))
    story += table_flowables(dataclasses.replace(doc.table, title=""))
    return build_a4_pdf(story, title=TITLE, author="PADI", subject=TITLE, font_size=9, decorate=page_footer(TITLE))
