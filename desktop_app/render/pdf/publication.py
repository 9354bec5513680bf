"""A publication as PDF bytes, in the layout of its kind: the one entry point for every kind."""

from __future__ import annotations

from desktop_app.documents.publication import PublicationDocument
from desktop_app.render.pdf import layouts
from desktop_app.render.pdf.article import render_article
from desktop_app.render.pdf.kit import register_fonts


def render_publication_bytes(doc: PublicationDocument) -> bytes:
    """The publication as PDF bytes, in the layout of its kind (the preview and the final PDF alike)."""
    register_fonts()
    if doc.kind in ("brosur", "buklet", "poster"):
        return layouts.render(doc)
    return render_article(doc)
