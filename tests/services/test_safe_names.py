"""File and folder names PADI makes from titles on its own (catalogue pages, packages, copies) are safe."""

from __future__ import annotations

import pytest

from desktop_app.domain.filenames import slug


@pytest.mark.parametrize(("title", "expected"), [
    ("Izin Terbit 2025", "izin-terbit-2025"), ("CON", "_con"), ("Lpt1", "_lpt1"), ("Nul", "_nul"),
    ("../../rahasia", "rahasia"), ("", "data"), ("   ///  ", "data"), ("Com1 Data", "com1-data"),
])
def test_slug_is_a_safe_name(title: str, expected: str) -> None:
    assert slug(title) == expected
