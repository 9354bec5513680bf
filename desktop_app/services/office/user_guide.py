"""The user guide (Panduan Pengguna): its text as shipped, the screenshots it needs, and its PDF written
atomically. The markdown subset is described in ``documents.guide``; the PDF is drawn by
``render.pdf.user_guide``. Neither needs Qt, so the guide can always be rendered, with or without
screenshots (made from the real program by ``desktop_app.gui.guide_shots``).
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.documents.guide import (
    Block,
    Bullets,
    GuideInfo,
    Heading,
    Para,
    Shot,
    Steps,
    chapter_titles,
    inline_markup,
    parse,
    shot_names,
)
from desktop_app.paths import resource_path
from desktop_app.services.runtime import write_atomically

GUIDE_FILE_NAME = "Panduan-Pengguna-PADI.pdf"


def render_guide(markdown: str, shots_dir: Path | None, info: GuideInfo | None = None) -> bytes:
    """The guide as PDF bytes; screenshots are read from ``shots_dir`` (None: placeholders only)."""
    from desktop_app.render.pdf import user_guide  # reportlab only when the guide is drawn

    return user_guide.render_guide(markdown, shots_dir, info)


def write_guide(markdown: str, shots_dir: Path | None, out_path: Path, info: GuideInfo | None = None) -> Path:
    """Render the guide and write it atomically to ``out_path``."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(render_guide(markdown, shots_dir, info), out_path)
    return out_path


def missing_shots(markdown: str, shots_dir: Path) -> list[str]:
    """The screenshots the guide refers to that are not in ``shots_dir``."""
    return [name for name in shot_names(parse(markdown)) if not (Path(shots_dir) / f"{name}.png").is_file()]


def guide_source_path() -> Path:
    """The guide's text as shipped: ``resources/guide/panduan.md``."""
    return resource_path("guide", "panduan.md")


SHORTCUTS_APPENDIX = "pintasan.md"
"""The last chapter, written beside the screenshots from the live window (gui.guide_shots)."""


def guide_markdown(shots_dir: Path | None = None) -> str:
    """The guide's text: ``panduan.md``, plus the keyboard-shortcut appendix when ``shots_dir`` has one."""
    markdown = guide_source_path().read_text("utf-8")
    appendix = Path(shots_dir) / SHORTCUTS_APPENDIX if shots_dir is not None else None
    if appendix is not None and appendix.is_file():
        markdown = markdown.rstrip("\n") + "\n\n" + appendix.read_text("utf-8")
    return markdown



__all__ = ["GUIDE_FILE_NAME", "SHORTCUTS_APPENDIX", "Block", "Bullets", "GuideInfo", "Heading", "Para", "Shot", "Steps",
           "chapter_titles", "guide_markdown", "guide_source_path", "inline_markup", "missing_shots", "parse",
           "render_guide", "shot_names", "write_guide"]
