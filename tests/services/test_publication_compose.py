"""The composer's section model in the service: rich text, narrative, image and layout options are part of
the version's content (so the content hash binds them), old content still loads, bad input is refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from PIL import Image as PilImage
from sqlalchemy import select

from desktop_app.domain.errors import BadInput
from desktop_app.domain.richtext import Block, Run
from desktop_app.domain.workflow import PublicationState
from desktop_app.services.publications import LayoutOptions, SectionDraft
from desktop_app.storage.models import PublicationVersion
from tests.services.test_workflow_services import as_user, processed_output

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)


def png(color=(10, 120, 200)) -> bytes:
    out = io.BytesIO()
    PilImage.new("RGB", (8, 6), color).save(out, "PNG")
    return out.getvalue()


BODY = (Block("h2", (Run("Sorotan"),)), Block("p", (Run("Izin "), Run("naik", bold=True))),
        Block("bullet", (Run("cepat", italic=True),)))


def compose(office, **layout) -> tuple[int, int]:
    output = processed_output(office)
    as_user(office, "kasubag")
    sections = [SectionDraft("Izin", output_id=output, body=BODY, narrative=True),
                SectionDraft("Foto", "Kantor kami", image=png(), image_caption="Gedung", chart=False),
                SectionDraft("Tabel saja", output_id=output, chart=False, narrative=True, narrative_text="Teks saya.")]
    return office.publications.create("Buklet Izin", "buklet", sections, layout=LayoutOptions(**layout)), output


def test_rich_text_narrative_image_and_layout_round_trip(office):
    pub, output = compose(office, paper="A4", foreword="Puji syukur.")
    detail = office.publications.get(pub)
    first, photo, table_only = detail.sections
    assert first.body == BODY and first.text == "Sorotan\nIzin naik\n• cepat"
    assert first.narrative and "5" in first.narrative_text  # generated from the data (3 + 2 izin)
    assert first.table and first.chart and first.output_id == output
    assert photo.image == png() and photo.image_caption == "Gedung" and not photo.chart
    assert photo.body == (Block("p", (Run("Kantor kami"),)),)
    assert table_only.table and not table_only.chart and table_only.narrative_text == "Teks saya."
    assert detail.layout == LayoutOptions("A4", "Puji syukur.")
    doc = office.publications.document(pub)
    assert (doc.kind, doc.paper) == ("buklet", "A4")
    assert doc.foreword.signer_name == "Ir. Kepala Contoh" and doc.foreword.signer_title == "Kepala Dinas"
    assert doc.sections[1].image == png() and doc.sections[0].narrative == first.narrative_text
    assert office.publications.preview_pdf(pub).startswith(b"%PDF")


def test_default_paper_per_kind_and_revise_keeps_the_layout(office):
    pub, _output = compose(office)
    assert office.publications.get(pub).layout.paper == "A5"
    sections = office.publications.get(pub).sections
    office.publications.revise(pub, sections, layout=LayoutOptions("A4", "Kata"))
    office.publications.revise(pub, sections[:1])
    assert office.publications.get(pub).layout == LayoutOptions("A4", "Kata")


@pytest.mark.parametrize("change", [
    lambda sections, layout: (sections, LayoutOptions("A4", layout.foreword)),
    lambda sections, layout: (sections, LayoutOptions(layout.paper, "Kata pengantar lain")),
    lambda sections, layout: ([dataclasses.replace(sections[0], body=(Block("p", (Run("Izin naik"),)),)),
                               *sections[1:]], layout),
    lambda sections, layout: ([sections[0], dataclasses.replace(sections[1], image=png((0, 0, 0))),
                               *sections[2:]], layout),
    lambda sections, layout: ([sections[1], sections[0], sections[2]], layout),
])
def test_every_part_of_the_content_changes_the_hash(office, change):
    pub, _output = compose(office, foreword="Puji syukur.")
    detail = office.publications.get(pub)
    sections, layout = change(list(detail.sections), detail.layout)
    office.publications.revise(pub, sections, layout=layout)
    assert office.publications.get(pub).content_hash != detail.content_hash


def test_approval_is_voided_by_a_layout_only_change(office):
    pub, _output = compose(office, foreword="Puji syukur.")
    office.publications.submit(pub, "Mohon")
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    as_user(office, "kasubag")
    detail = office.publications.get(pub)
    office.publications.revise(pub, detail.sections, layout=LayoutOptions("A4", "Puji syukur."))
    revised = office.publications.get(pub)
    assert revised.summary.state == PublicationState.DRAFT and revised.summary.version == 2
    assert office.publications.document(pub).approval is None


@pytest.mark.parametrize(("draft", "code"), [
    (SectionDraft("x", image=b"GIF89a......"), "bad_image"),
    (SectionDraft("x", image=b"\x89PNG\r\n\x1a\n" + b"\0" * 40), "bad_image"),
    (SectionDraft("x", image=b"\xff\xd8\xff" + b"\0" * (2 * 1024 * 1024)), "image_too_large"),
])
def test_bad_images_are_refused(office, draft, code):
    as_user(office, "kasubag")
    with pytest.raises(BadInput, match=code):
        office.publications.create("X", "web", [draft])


def test_paper_must_suit_the_kind(office):
    as_user(office, "kasubag")
    with pytest.raises(BadInput, match="bad_paper"):
        office.publications.create("X", "poster", [SectionDraft("x")], layout=LayoutOptions("A5"))
    pub = office.publications.create("X", "poster", [SectionDraft("x")], layout=LayoutOptions("A2"))
    assert office.publications.document(pub).paper == "A2"
    with pytest.raises(BadInput, match="bad_paper"):
        office.publications.revise(pub, [SectionDraft("x")], layout=LayoutOptions("A4"))


def test_foreword_is_signed_by_the_acting_head_while_a_delegation_is_in_force(office, clock):
    as_user(office, "kepala")
    sekretaris = next(u for u in office.accounts.users() if u.username == "sekretaris")
    office.accounts.delegate(sekretaris.id, clock.now.date(), clock.now.date() + dt.timedelta(days=2))
    assert office.publications.signer().acting and office.publications.signer().name == "Nurlela Harahap"
    pub, _output = compose(office, foreword="Puji syukur.")
    foreword = office.publications.document(pub).foreword
    assert foreword.signer_title == "Plt. Kepala Dinas" and foreword.signer_name == "Nurlela Harahap"
    clock.advance(days=3)
    signer = office.publications.signer()
    assert not signer.acting and signer.name == "Ir. Kepala Contoh" and signer.title == "Kepala Dinas"


def test_content_written_before_rich_text_still_loads(office):
    pub, _output = compose(office)
    with office.ctx.db.unit_of_work() as s:
        version = s.scalars(select(PublicationVersion)).first()
        old = {"title": "Lama", "kind": "brosur", "sections": [
            {"heading": "H", "text": "Satu\n\nDua", "output_id": None, "table": None, "chart": None}]}
        version.content = old
    detail = office.publications.get(pub)
    assert detail.sections[0].body == (Block("p", (Run("Satu"),)), Block("p", (Run("Dua"),)))
    assert detail.layout == LayoutOptions() and detail.sections[0].image is None
    doc = office.publications.document(pub)
    assert doc.paper == "A4" and doc.sections[0].blocks[1].text == "Dua"


def test_draft_document_renders_unsaved_content_without_writing(office):
    output = processed_output(office)
    as_user(office, "staf")
    before = len(office.activity.entries())
    doc = office.publications.draft_document("Poster", "poster", [SectionDraft("A", output_id=output)],
                                             LayoutOptions("A2"))
    assert doc.paper == "A2" and doc.sections[0].table is not None and doc.approval is None
    assert len(office.activity.entries()) == before
    with pytest.raises(BadInput, match="bad_kind"):
        office.publications.draft_document("X", "majalah", [SectionDraft("A")])
