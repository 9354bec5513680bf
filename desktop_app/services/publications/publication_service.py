"""Publications through steps 5–7: compose and submit, approve or return, publish the approved PDF."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop_app.documents.letterhead import Signer
from desktop_app.documents.publication import ApprovalMark, Foreword, PublicationDocument, Section
from desktop_app.domain import richtext
from desktop_app.domain.charts import ChartKind, ChartSpec, Series, finite
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.filenames import slug
from desktop_app.domain.roles import Action, Role
from desktop_app.domain.steps import Step
from desktop_app.domain.tables import TableData
from desktop_app.domain.workflow import Move, PublicationState, check_maker_checker, find_transition
from desktop_app.services.accounts import letterhead_of, signer_on
from desktop_app.services.datasets import (
    DatasetService,
    TabulationService,
    output_chart,
    output_table,
    report_target,
    served_number,
)
from desktop_app.services.publications import version_diff
from desktop_app.services.publications.staging import Staging
from desktop_app.services.publications.version_diff import diff_documents
from desktop_app.services.runtime import ServiceContext, attempt, content_hash, record_output, require_sound
from desktop_app.storage.dialect import get_for_change
from desktop_app.storage.models import (
    Dataset,
    Decision,
    Office,
    Output,
    Publication,
    PublicationVersion,
    ReviewNote,
    User,
)

KINDS = {"brosur": "Brosur", "buklet": "Buklet", "web": "Halaman Web", "poster": "Poster"}
PAPERS = {"brosur": ("A4",), "buklet": ("A5", "A4"), "web": ("A4",), "poster": ("A3", "A2")}
"""The paper sizes each kind may use; the first is the default."""

MAX_IMAGE_BYTES = 2 * 1024 * 1024
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class SectionDraft:
    """A section as the author writes it: rich text, optionally a saved output (table and/or chart), its
    narrative and an image.

    ``body`` is the rich text; when empty, ``text`` (plain, paragraphs split on blank lines) is used.
    ``narrative`` includes the output's automatic narrative; ``narrative_text`` is its final (edited)
    wording, generated from the data when left empty. ``image`` is PNG or JPEG bytes. ``source`` is the
    "Sumber:" line under the output's table and chart: None follows the dataset's source metadata, a
    text (even empty) is the author's own wording for this publication.
    """

    heading: str
    text: str = ""
    output_id: int | None = None
    chart: bool = True
    body: tuple[richtext.Block, ...] = ()
    table: bool = True
    narrative: bool = False
    narrative_text: str = ""
    image: bytes | None = None
    image_caption: str = ""
    source: str | None = None


@dataclass(frozen=True)
class LayoutOptions:
    """Per-publication layout: paper size ("" = the kind's default) and a booklet's foreword text."""

    paper: str = ""
    foreword: str = ""


@dataclass(frozen=True)
class NoteDraft:
    text: str
    section_index: int | None = None


@dataclass(frozen=True)
class PublicationSummary:
    id: int
    title: str
    kind: str
    state: PublicationState
    author: str
    version: int
    stage_since: dt.datetime
    is_sample: bool
    row_version: int = 0  # what a revision passes back as ``base_version`` (changes by any PC are caught)


@dataclass(frozen=True)
class ReviewNoteInfo:
    version: int
    section_index: int | None
    text: str
    author: str
    created_at: dt.datetime


@dataclass(frozen=True)
class DecisionInfo:
    version: int
    decision: str
    decided_by: str
    title: str
    decided_at: dt.datetime
    content_hash: str


@dataclass(frozen=True)
class PublicationDetail:
    summary: PublicationSummary
    sections: tuple[SectionDraft, ...]
    content_hash: str
    cover_note: str
    submitted_by: int | None
    author_id: int
    notes: tuple[ReviewNoteInfo, ...]
    decisions: tuple[DecisionInfo, ...]
    layout: LayoutOptions = LayoutOptions()


@dataclass(frozen=True)
class RevisedSection:
    """A section whose table or chart was built on a revision a newer one has replaced."""

    index: int
    heading: str
    output_id: int
    dataset_id: int
    dataset: str
    built_on: int  # the revision the version's snapshot was taken from
    serving: int  # the revision that serves now


@dataclass(frozen=True)
class PublishResult:
    pdf_path: Path
    version: int
    content_hash: str


class PublicationService:
    """Use cases of publications; maker-checker and the hash binding are enforced here."""

    def __init__(self, ctx: ServiceContext, datasets: DatasetService) -> None:
        self.ctx = ctx
        self.datasets = datasets

    # --- reading ---------------------------------------------------------------------------
    def list(self, states: Sequence[PublicationState] | None = None) -> list[PublicationSummary]:
        with self.ctx.db.reading() as s:
            query = select(Publication).order_by(Publication.id)
            if states:
                query = query.where(Publication.state.in_([st.value for st in states]))
            return [self._summary(s, p) for p in s.scalars(query)]

    def inbox_count(self) -> int:
        with self.ctx.db.reading() as s:
            return s.scalar(select(func.count(Publication.id)).where(
                Publication.state == PublicationState.SUBMITTED.value)) or 0

    def get(self, publication_id: int) -> PublicationDetail:
        with self.ctx.db.reading() as s:
            pub = self._load(s, publication_id)
            version = pub.versions[-1]
            notes = tuple(
                ReviewNoteInfo(v.number, n.section_index, n.text, name, n.created_at)
                for v in pub.versions
                for n, name in s.execute(select(ReviewNote, User.full_name).join(User, ReviewNote.author_id == User.id)
                                         .where(ReviewNote.version_id == v.id).order_by(ReviewNote.id)))
            return PublicationDetail(
                self._summary(s, pub), _section_drafts(version.content), version.content_hash, version.cover_note,
                version.submitted_by, pub.author_id, notes, self._decisions(s, pub), _layout_of(version.content))

    def pending_notes(self, publication_id: int) -> tuple[ReviewNoteInfo, ...]:
        """The Catatan Perbaikan still to be worked on: those of the last return, while the publication is
        returned or back in draft after it (until it is submitted again); read without the content."""
        with self.ctx.db.reading() as s:
            pub = self._load(s, publication_id)
            if pub.state not in (PublicationState.RETURNED.value, PublicationState.DRAFT.value):
                return ()
            last = s.execute(select(Decision.decision, PublicationVersion.id, PublicationVersion.number)
                             .join(PublicationVersion, Decision.version_id == PublicationVersion.id)
                             .where(PublicationVersion.publication_id == pub.id)
                             .order_by(Decision.id.desc()).limit(1)).first()
            if last is None or last.decision != "returned":
                return ()
            return tuple(ReviewNoteInfo(last.number, n.section_index, n.text, name, n.created_at)
                         for n, name in s.execute(select(ReviewNote, User.full_name)
                                                  .join(User, ReviewNote.author_id == User.id)
                                                  .where(ReviewNote.version_id == last.id).order_by(ReviewNote.id)))

    def signer(self) -> Signer:
        """Who approves and signs today: the acting head (Plt.) while a delegation is in force, else the head."""
        with self.ctx.db.reading() as s:
            return signer_on(s, self.ctx.now().date())

    def draft_document(self, title: str, kind: str, sections: Sequence[SectionDraft],
                       layout: LayoutOptions | None = None) -> PublicationDocument:
        """The document of an unsaved draft, for the composer's live preview (nothing is written)."""
        _check_draft(title or "-", kind, sections, layout)
        narratives = self._narratives(sections)
        with self.ctx.db.reading() as s:
            content = _content(s, title or "-", kind, sections, layout or LayoutOptions(), narratives,
                               signer_on(s, self.ctx.now().date()))
            office = s.get(Office, 1)
            return _document_of(s, content, self.ctx.actor.user_id if self.ctx.actor else None, None,
                                office.is_sample, None)

    def document(self, publication_id: int, version: int | None = None) -> PublicationDocument:
        """The document of a version (None: the newest), as the PDF renderer takes it.

        Only the newest version can carry the approval mark (if its approval is valid); older versions
        are always drafts."""
        with self.ctx.db.reading() as s:
            pub = self._load(s, publication_id)
            chosen = pub.versions[-1] if version is None else next(
                (v for v in pub.versions if v.number == version), None)
            if chosen is None:
                raise BadInput("unknown_version", str(version))
            approval = self._valid_approval(s, pub, chosen) if chosen is pub.versions[-1] else None
            return _document(s, pub, chosen, approval)

    def approved_document(self, publication_id: int) -> PublicationDocument:
        """The newest version's document for printing or publishing, as a user who may publish;
        NotAllowed('not_approved') unless it carries a valid approval; IntegrityFailure('record_unsound')
        while the quick check of the record fails (printing, the internet package and the approval sheet
        all come through here)."""
        with self.ctx.db.reading() as s:
            self.ctx.require(s, Action.PUBLISH_PUBLICATION)
        require_sound(self.ctx)
        doc = self.document(publication_id)
        if doc.approval is None:
            raise NotAllowed("not_approved", str(publication_id))
        return doc

    def diff_since_return(self, publication_id: int) -> version_diff.VersionDiff | None:
        """What the newest version changed since the last version the head returned (None: none returned)."""
        with self.ctx.db.reading() as s:
            pub = self._load(s, publication_id)
            newest = pub.versions[-1].number
            returned = s.scalar(select(PublicationVersion.number)
                                .join(Decision, Decision.version_id == PublicationVersion.id)
                                .where(PublicationVersion.publication_id == pub.id, Decision.decision == "returned",
                                       PublicationVersion.number < newest)
                                .order_by(Decision.id.desc()).limit(1))
        if returned is None:
            return None
        return diff_documents(self.document(publication_id, returned), self.document(publication_id), returned,
                              newest)

    def preview_pdf(self, publication_id: int) -> bytes:
        """The exact PDF the reviewer sees (the approval mark appears once approved)."""
        from desktop_app.render.pdf.publication import render_publication_bytes  # reportlab only when a PDF is made
        return render_publication_bytes(self.document(publication_id))

    # --- step 5 ----------------------------------------------------------------------------
    @attempt("publication_created")
    def create(self, title: str, kind: str, sections: Sequence[SectionDraft], *, sample: bool = False,
               layout: LayoutOptions | None = None) -> int:
        _check_draft(title, kind, sections, layout)
        narratives = self._narratives(sections)
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.COMPOSE_PUBLICATION)
            content = _content(s, title, kind, sections, layout or LayoutOptions(), narratives,
                               signer_on(s, self.ctx.now().date()))
            now = self.ctx.now()
            pub = Publication(title=title.strip(), kind=kind, state=PublicationState.DRAFT.value,
                              author_id=actor.user_id, is_sample=sample, created_at=now, stage_since=now)
            pub.versions = [PublicationVersion(number=1, content=content, content_hash=content_hash(content),
                                               created_by=actor.user_id, created_at=now)]
            s.add(pub)
            s.flush()
            self.ctx.log(s, "publication_created", step=Step.SUBMIT, object_type="publication",
                         object_id=pub.id, object_label=pub.title, since=now,
                         detail={"kind": kind, "hash": pub.versions[0].content_hash})
            return pub.id

    @attempt("publication_revised", "publication")
    def revise(self, publication_id: int, sections: Sequence[SectionDraft], title: str | None = None, *,
               layout: LayoutOptions | None = None, base_version: int | None = None,
               data_update: bool = False) -> int:
        """Change the content. A submitted, returned or approved version is never changed: a new one is made.
        ``layout`` None keeps the current version's layout options. ``base_version``: the ``row_version``
        the edits were made on; NotAllowed ``changed_elsewhere`` when another PC changed it since.
        ``data_update``: the new version brings revised data (``update_data``); a published publication may
        then get a new version too."""
        _check_draft(title or "-", None, sections, layout)
        narratives = self._narratives(sections)
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.COMPOSE_PUBLICATION)
            pub = self._load(s, publication_id)
            self.ctx.require_version(s, pub, base_version, "publication")
            state = PublicationState(pub.state)
            if state == PublicationState.SUBMITTED or (state == PublicationState.PUBLISHED and not data_update):
                raise NotAllowed("state", f"revise in {state.value}")
            since = pub.stage_since
            current = pub.versions[-1]
            _check_paper(pub.kind, layout)
            content = _content(s, title or pub.title, pub.kind, sections, layout or _layout_of(current.content),
                               narratives, signer_on(s, self.ctx.now().date()))
            if state == PublicationState.DRAFT and current.submitted_at is None:
                current.content, current.content_hash = content, content_hash(content)
                number = current.number
            else:
                if state != PublicationState.DRAFT:
                    find_transition(state, Move.REVISE)
                    pub.state = PublicationState.DRAFT.value
                    pub.stage_since = self.ctx.now()
                number = current.number + 1
                pub.versions.append(PublicationVersion(
                    number=number, content=content, content_hash=content_hash(content),
                    created_by=actor.user_id, created_at=self.ctx.now()))
            pub.title = content["title"]
            flag_modified(pub, "title")  # a new row_version even when only the content changes
            s.flush()
            detail = {"version": number, "from": state.value, "hash": pub.versions[-1].content_hash,
                      "state": pub.state}
            if data_update:
                detail["data_revisions"] = [[x["dataset_id"], x["revision"]] for x in content["sections"]
                                            if x.get("dataset_id") is not None]
            self.ctx.log(s, "publication_revised", step=Step.SUBMIT, object_type="publication", object_id=pub.id,
                         object_label=pub.title, since=since, detail=detail)
            return number

    # --- revised data -----------------------------------------------------------------------
    def revised_data(self, publication_id: int) -> list[RevisedSection]:
        """The sections of the newest version built on a dataset revision that a newer one replaced
        ("Data sudah direvisi"); empty when the publication is up to date."""
        with self.ctx.db.reading() as s:
            return _revised_sections(s, self._load(s, publication_id).versions[-1].content)

    def update_data(self, publication_id: int) -> int:
        """Bring a publication flagged "Data sudah direvisi" to the revised data: its outputs move to the
        serving revision and a new version is made (a draft, to be submitted and approved again); the
        new version's number. NotAllowed("state") while it is submitted or when nothing was revised."""

        with self.ctx.db.reading() as s:
            self.ctx.require(s, Action.COMPOSE_PUBLICATION)
            pub = self._load(s, publication_id)
            if pub.state == PublicationState.SUBMITTED.value:
                raise NotAllowed("state", "update data in submitted")
            content = pub.versions[-1].content
            flagged = _revised_sections(s, content)
            if not flagged:
                raise NotAllowed("state", "data up to date")
            behind = set()
            for item in flagged:
                output = s.get(Output, item.output_id)
                if output is not None and output.revision < (served_number(s, s.get(Dataset, output.dataset_id)) or 0):
                    behind.add(output.id)
            drafts = _section_drafts(content)
            layout = _layout_of(content)
        for output_id in sorted(behind):
            self.datasets.update_output(output_id)
        flagged_index = {item.index for item in flagged}
        sections = [dataclasses.replace(d, narrative_text="") if i in flagged_index and d.narrative else d
                    for i, d in enumerate(drafts)]
        return self.revise(publication_id, sections, layout=layout, data_update=True)

    @attempt("publication_submitted", "publication")
    def submit(self, publication_id: int, cover_note: str = "") -> None:
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.SUBMIT_PUBLICATION)
            pub = self._load(s, publication_id)
            version = pub.versions[-1]
            since = pub.stage_since
            self._move(pub, Move.SUBMIT)
            version.submitted_by, version.submitted_at, version.cover_note = actor.user_id, self.ctx.now(), cover_note
            self.ctx.log(s, "publication_submitted", step=Step.SUBMIT, object_type="publication", object_id=pub.id,
                         object_label=pub.title, since=since,
                         detail={"version": version.number, "hash": version.content_hash})

    # --- step 6 ----------------------------------------------------------------------------
    @attempt("publication_approved", "publication")
    def approve(self, publication_id: int, reviewed_hash: str) -> None:
        """Approve the version whose content hash the reviewer saw; maker-checker applies."""
        with self.ctx.db.unit_of_work() as s:
            actor, pub, version, since = self._review(s, publication_id)
            if reviewed_hash != version.content_hash:
                raise NotAllowed("content_changed", version.content_hash)
            self._move(pub, Move.APPROVE)
            s.add(Decision(version_id=version.id, decision="approved", decided_by=actor.user_id,
                           decided_at=self.ctx.now(), acting=actor.role != Role.KEPALA,
                           content_hash=version.content_hash))
            self.ctx.log(s, "publication_approved", step=Step.REVIEW, object_type="publication", object_id=pub.id,
                         object_label=pub.title, since=since,
                         detail={"version": version.number, "hash": version.content_hash,
                                 "acting": actor.role != Role.KEPALA})

    @attempt("publication_returned", "publication")
    def return_for_revision(self, publication_id: int, notes: Sequence[NoteDraft]) -> None:
        """Return to the author with at least one revision note."""
        notes = [n for n in notes if n.text.strip()]
        if not notes:
            raise BadInput("note_required")
        with self.ctx.db.unit_of_work() as s:
            actor, pub, version, since = self._review(s, publication_id)
            self._move(pub, Move.RETURN)
            now = self.ctx.now()
            s.add_all(ReviewNote(version_id=version.id, section_index=n.section_index, text=n.text.strip(),
                                 author_id=actor.user_id, created_at=now) for n in notes)
            s.add(Decision(version_id=version.id, decision="returned", decided_by=actor.user_id, decided_at=now,
                           acting=actor.role != Role.KEPALA, content_hash=version.content_hash))
            self.ctx.log(s, "publication_returned", step=Step.REVIEW, object_type="publication", object_id=pub.id,
                         object_label=pub.title, since=since,
                         detail={"version": version.number, "notes": len(notes)})

    # --- step 7 ----------------------------------------------------------------------------
    @attempt("publication_published", "publication")
    def publish(self, publication_id: int, out_dir: Path, *, overwrite: bool = True,
                also: Callable[[Staging], Callable[[Session], None]] | None = None) -> PublishResult:
        """Write the approved version's PDF into ``out_dir``; anything not approved is refused, and so is
        everything while the record fails the check (``record_unsound``). An existing file of that name is
        replaced only when PADI wrote it and ``overwrite`` (``exporting.report_target``).

        All or nothing (services.staging): the PDF, and whatever ``also(staging)`` stages beside it
        (the internet package; it returns what to log), are written under hidden names and read back
        first; then, in one unit of work, the state moves to published, the log records it and every
        output is renamed into place. A failure anywhere leaves no new file under a final name, the
        earlier ones as they were, and the state unchanged.
        """
        out_dir = Path(out_dir)
        require_sound(self.ctx)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PUBLISH_PUBLICATION)
            pub = self._load(s, publication_id)
            version = pub.versions[-1]
            approval = self._valid_approval(s, pub, version)
            if approval is None:
                raise NotAllowed("not_approved", pub.state)
            find_transition(PublicationState(pub.state), Move.PUBLISH)
            document = _document(s, pub, version, approval)
        if not out_dir.is_dir():
            raise BadInput("no_such_folder", str(out_dir))
        pdf_path = out_dir / f"{slug(pub.title, 60, 'publikasi')}-v{version.number}.pdf"
        from desktop_app.render.pdf.publication import render_publication_bytes  # reportlab only when a PDF is made

        report_target(pdf_path, ctx=self.ctx, overwrite=overwrite)
        with Staging() as staged:
            staged.write_file(pdf_path, render_publication_bytes(document))
            log_also = also(staged) if also is not None else None
            with self.ctx.db.unit_of_work() as s:
                pub = self._load(s, publication_id)
                since = pub.stage_since
                if pub.versions[-1].content_hash != version.content_hash:
                    raise NotAllowed("content_changed")
                self._move(pub, Move.PUBLISH)
                self.ctx.log(s, "publication_published", step=Step.PUBLISH, object_type="publication",
                             object_id=pub.id, object_label=pub.title, since=since,
                             detail={"version": version.number, "hash": version.content_hash, "file": pdf_path.name})
                if log_also is not None:
                    log_also(s)
                staged.place()
                record_output(self.ctx, pdf_path, "publication_pdf", s)
        return PublishResult(pdf_path, version.number, version.content_hash)

    # --- internals -------------------------------------------------------------------------
    def _narratives(self, sections: Sequence[SectionDraft]) -> list[str]:
        """The narrative text of each section: the author's wording, or generated from the output's data."""
        texts = []
        for section in sections:
            text = ""
            if section.narrative and section.output_id is not None:
                text = section.narrative_text.strip()
                if not text:
                    text = TabulationService(self.ctx, self.datasets).output_narrative(section.output_id)
            texts.append(text)
        return texts

    def _review(self, s: Session, publication_id: int):
        actor = self.ctx.require(s, Action.APPROVE_PUBLICATION)
        pub = self._load(s, publication_id)
        version = pub.versions[-1]
        if pub.state != PublicationState.SUBMITTED.value:
            raise NotAllowed("state", f"review in {pub.state}")
        authors = {v.created_by for v in pub.versions} | {pub.author_id}
        for author in authors:
            check_maker_checker(actor.user_id, author, version.submitted_by)
        return actor, pub, version, pub.stage_since

    def _valid_approval(self, s: Session, pub: Publication, version: PublicationVersion) -> Decision | None:
        """The approval of exactly this content, if the publication is approved or published."""
        if pub.state not in (PublicationState.APPROVED.value, PublicationState.PUBLISHED.value):
            return None
        decision = s.scalars(select(Decision).where(Decision.version_id == version.id)
                             .order_by(Decision.id.desc()).limit(1)).first()
        if decision is None or decision.decision != "approved" or decision.content_hash != version.content_hash:
            return None
        if content_hash(version.content) != version.content_hash:
            return None
        return decision

    def _move(self, pub: Publication, move: Move) -> None:
        transition = find_transition(PublicationState(pub.state), move)
        pub.state = transition.target.value
        pub.stage_since = self.ctx.now()

    def _load(self, s: Session, publication_id: int) -> Publication:
        pub = get_for_change(s, Publication, publication_id)  # locked for the unit of work when it changes it
        if pub is None:
            raise BadInput("unknown_publication", str(publication_id))
        return pub

    def _summary(self, s: Session, pub: Publication) -> PublicationSummary:
        author = s.get(User, pub.author_id)
        return PublicationSummary(pub.id, pub.title, pub.kind, PublicationState(pub.state),
                                  f"{author.full_name} ({Role(author.role).label})", pub.versions[-1].number,
                                  pub.stage_since, pub.is_sample, pub.row_version)

    def _decisions(self, s: Session, pub: Publication) -> tuple[DecisionInfo, ...]:
        numbers = {v.id: v.number for v in pub.versions}
        rows = s.execute(select(Decision, User).join(User, Decision.decided_by == User.id)
                         .where(Decision.version_id.in_(numbers)).order_by(Decision.id))
        return tuple(DecisionInfo(numbers[d.version_id], d.decision, u.full_name,
                                  "Plt. Kepala Dinas" if d.acting else Role(u.role).label, d.decided_at,
                                  d.content_hash) for d, u in rows)


def _check_image(image: bytes | None) -> None:
    """PNG or JPEG bytes that decode, at most MAX_IMAGE_BYTES (the same rule as the office logo)."""
    if image is None:
        return
    if len(image) > MAX_IMAGE_BYTES:
        raise BadInput("image_too_large", str(len(image)))
    if not bytes(image).startswith(_IMAGE_SIGNATURES):
        raise BadInput("bad_image")
    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(io.BytesIO(image)) as picture:
            picture.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as err:
        raise BadInput("bad_image", str(err)) from None


def _check_paper(kind: str, layout: LayoutOptions | None) -> None:
    if layout is not None and layout.paper and layout.paper not in PAPERS[kind]:
        raise BadInput("bad_paper", f"{kind} {layout.paper}")


def _check_draft(title: str, kind: str | None, sections: Sequence[SectionDraft], layout: LayoutOptions | None) -> None:
    """The checks that need no database, run before any unit of work."""
    if not title.strip():
        raise BadInput("title_required")
    if kind is not None:
        if kind not in KINDS:
            raise BadInput("bad_kind", kind)
        _check_paper(kind, layout)
    if not sections:
        raise BadInput("sections_required")
    for section in sections:
        _check_image(section.image)


def _content(s: Session, title: str, kind: str, sections: Sequence[SectionDraft], layout: LayoutOptions,
             narratives: Sequence[str], signer: Signer) -> dict:
    """Freeze the sections: tables and charts are snapshots of the data at this moment, the rich text,
    narrative, image and layout are part of the content, so the content hash binds all of them."""
    frozen = []
    for section, narrative in zip(sections, narratives, strict=True):
        body = section.body or richtext.from_plain(section.text)
        item = {"heading": section.heading.strip(), "text": richtext.plain_text(body),
                "body": richtext.to_json(body), "output_id": section.output_id, "table": None, "chart": None,
                "narrative": narrative or None, "image": None, "image_caption": section.image_caption.strip()}
        if section.output_id is not None:
            table = output_table(s, section.output_id)
            if section.source is not None:
                item["source"] = section.source.strip()
                table = dataclasses.replace(table, source=item["source"])
            built_on = s.get(Output, section.output_id)
            item["dataset_id"], item["revision"] = built_on.dataset_id, built_on.revision  # type: ignore[union-attr]
            if section.table:
                item["table"] = _table_json(table)
            if section.chart:
                chart = output_chart(s, section.output_id)
                if section.source is not None:
                    chart = dataclasses.replace(chart, source=item["source"])
                item["chart"] = _chart_json(chart)
        if section.image is not None:
            item["image"] = base64.b64encode(bytes(section.image)).decode("ascii")
        frozen.append(item)
    if not frozen:
        raise BadInput("sections_required")
    paper = layout.paper or PAPERS[kind][0]
    options: dict = {"paper": paper}
    if kind == "buklet":
        options["foreword"] = layout.foreword.strip()
        options["signer"] = dataclasses.asdict(signer)
    return {"title": title.strip(), "kind": kind, "layout": options, "sections": frozen}


def _revised_sections(s: Session, content: dict) -> list[RevisedSection]:
    """The sections of a version's content built on a revision older than the one serving now."""

    out = []
    for index, item in enumerate(content.get("sections") or ()):
        output_id = item.get("output_id")
        if output_id is None:
            continue
        output = s.get(Output, output_id)
        dataset_id = item.get("dataset_id", output.dataset_id if output is not None else None)
        ds = s.get(Dataset, dataset_id) if dataset_id is not None else None
        if ds is None or ds.deleted_at is not None:
            continue
        served = served_number(s, ds)
        built_on = int(item.get("revision") or 1)  # versions made before revisions existed: revision 1
        if served is not None and built_on < served:
            out.append(RevisedSection(index, item.get("heading", ""), output_id, ds.id, ds.name, built_on, served))
    return out


def _layout_of(content: dict) -> LayoutOptions:
    options = content.get("layout") or {}
    return LayoutOptions(options.get("paper", ""), options.get("foreword", ""))


def _table_json(table: TableData) -> dict:
    return {**dataclasses.asdict(table), "rows": [list(r) for r in table.rows],
            "total": list(table.total) if table.total else None}


def _chart_json(chart: ChartSpec) -> dict:
    """The chart as JSON: a value without data is null (never NaN, which no JSON column takes, nor 0)."""
    data = dataclasses.asdict(chart)
    data["kind"] = chart.kind.value
    for series in data["series"]:
        series["values"] = [finite(v) for v in series["values"]]
    return data


def _table_from(data: dict) -> TableData:
    return TableData(data["title"], tuple(data["headers"]), tuple(tuple(r) for r in data["rows"]),
                     tuple(data["total"]) if data["total"] else None, data["unit"], data["source"],
                     tuple(data["numeric_columns"]), data.get("note", ""))


def _chart_from(data: dict) -> ChartSpec:
    return ChartSpec(ChartKind(data["kind"]), data["title"], tuple(data["categories"]),
                     tuple(Series(x["name"], tuple(x["values"])) for x in data["series"]),
                     data["x_label"], data["y_label"], data["unit"], data["source"], data["data_labels"],
                     horizontal=data.get("horizontal"))


def _image_of(item: dict) -> bytes | None:
    try:
        return base64.b64decode(item["image"], validate=True) if item.get("image") else None
    except (binascii.Error, ValueError):
        return None


def _body_of(item: dict) -> tuple[richtext.Block, ...]:
    """The rich text of a stored section; content written before rich text has only plain ``text``."""
    if "body" in item:
        return richtext.from_json(item["body"])
    return richtext.from_plain(item.get("text", ""))


def _section_drafts(content: dict) -> tuple[SectionDraft, ...]:
    drafts = []
    for x in content["sections"]:
        narrative = x.get("narrative") or ""
        drafts.append(SectionDraft(
            x["heading"], x.get("text", ""), x["output_id"], x["chart"] is not None, body=_body_of(x),
            table=x["table"] is not None or x["output_id"] is None, narrative=bool(narrative),
            narrative_text=narrative, image=_image_of(x), image_caption=x.get("image_caption", ""),
            source=x.get("source")))
    return tuple(drafts)


def _document(s: Session, pub: Publication, version: PublicationVersion,
              approval: Decision | None) -> PublicationDocument:
    office = s.get(Office, 1)
    return _document_of(s, version.content, pub.author_id, approval, pub.is_sample or office.is_sample,
                        version.number)


def _document_of(s: Session, content: dict, author_id: int | None, approval: Decision | None, sample: bool,
                 number: int | None) -> PublicationDocument:
    """The renderer's document of a version's content (also of an unsaved draft, for the preview)."""
    office = s.get(Office, 1)
    author = s.get(User, author_id) if author_id is not None else None
    mark = None
    if approval is not None:
        approver = s.get(User, approval.decided_by)
        mark = ApprovalMark(
            approver_name=approver.full_name,
            approver_title="Plt. Kepala Dinas" if approval.acting else "Kepala Dinas",
            approver_nip=approver.nip, approved_at=approval.decided_at, version=number or 0,
            content_hash=approval.content_hash)
    letterhead = letterhead_of(office)
    sections = tuple(
        Section(heading=x["heading"], text=x.get("text", ""),
                table=_table_from(x["table"]) if x["table"] else None,
                chart=_chart_from(x["chart"]) if x["chart"] else None,
                body=_body_of(x), narrative=x.get("narrative") or "", image=_image_of(x),
                image_caption=x.get("image_caption", ""))
        for x in content["sections"])
    options = content.get("layout") or {}
    foreword = None
    if content["kind"] == "buklet" and (options.get("foreword") or "").strip():
        signer = Signer(**options["signer"])
        foreword = Foreword(text=options["foreword"], signer_name=signer.name,
                            signer_title=signer.title, signer_rank=signer.rank, signer_nip=signer.nip)
    return PublicationDocument(
        title=content["title"], kind_label=KINDS[content["kind"]],
        author=f"{author.full_name} ({Role(author.role).label})" if author is not None else "",
        letterhead=letterhead, sections=sections, approval=mark, sample=sample, kind=content["kind"],
        paper=options.get("paper") or PAPERS[content["kind"]][0], foreword=foreword)
