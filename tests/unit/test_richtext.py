"""Rich text blocks: JSON round trip, plain-text import and the plain form used for diffs."""

import pytest

from desktop_app.domain import richtext
from desktop_app.domain.errors import BadInput
from desktop_app.domain.richtext import Block, Run


def test_json_round_trip_keeps_styles_and_formatting():
    blocks = (
        Block("h1", (Run("Ringkasan"),)),
        Block("p", (Run("Izin "), Run("naik", bold=True), Run(" tajam", italic=True, bold=True))),
        Block("bullet", (Run("a < b & c"),)),
        Block("number", (Run("satu"),)),
    )
    data = richtext.to_json(blocks)
    assert data[1]["runs"][1] == {"text": "naik", "bold": True}
    assert data[0]["runs"][0] == {"text": "Ringkasan"}
    assert richtext.from_json(data) == blocks


def test_neighbour_runs_with_same_formatting_are_joined_and_empty_runs_dropped():
    data = richtext.to_json([Block("p", (Run("a"), Run(""), Run("b"), Run("c", bold=True)))])
    assert data == [{"style": "p", "runs": [{"text": "ab"}, {"text": "c", "bold": True}]}]


@pytest.mark.parametrize("bad", [{"style": "p"}, [{"style": "script", "runs": []}], [{"runs": [{"text": 3}]}], ["x"]])
def test_malformed_json_is_refused(bad):
    with pytest.raises(BadInput) as err:
        richtext.from_json(bad)
    assert err.value.code == "richtext_invalid"


def test_from_plain_splits_paragraphs_on_blank_lines():
    blocks = richtext.from_plain("Baris satu\nlanjut\n\n\n  Paragraf dua  \r\n")
    assert blocks == (Block("p", (Run("Baris satu lanjut"),)), Block("p", (Run("Paragraf dua"),)))
    assert richtext.from_plain("") == ()
    assert richtext.from_json(None) == ()


def test_plain_text_marks_bullets_and_numbers_restarting_after_other_blocks():
    blocks = (
        Block("h2", (Run("Judul"),)),
        Block("number", (Run("a"),)),
        Block("number", (Run("b", bold=True),)),
        Block("bullet", (Run("c"),)),
        Block("number", (Run("d"),)),
    )
    assert richtext.plain_text(blocks) == "Judul\n1. a\n2. b\n• c\n1. d"


def test_runs_markup_escapes_user_text_before_adding_the_renderers_tags():
    from html import escape

    runs = (richtext.Run("a <b>&"), richtext.Run("tebal", bold=True), richtext.Run("</i>", italic=True, bold=True))
    assert richtext.runs_markup(runs, escape, ("<b>", "</b>"), ("<i>", "</i>")) == \
        "a &lt;b&gt;&amp;<b>tebal</b><i><b>&lt;/i&gt;</b></i>"
