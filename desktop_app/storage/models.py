"""SQLAlchemy 2 typed models of the objects in DESIGN.md §3."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Office(Base):
    """The office profile; exactly one row (id 1)."""

    __tablename__ = "office"
    id: Mapped[int] = mapped_column(primary_key=True)
    government: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    fax: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    head_name: Mapped[str] = mapped_column(String(200), default="")
    head_nip: Mapped[str] = mapped_column(String(30), default="")
    head_rank: Mapped[str] = mapped_column(String(100), default="")
    is_sample: Mapped[bool] = mapped_column(default=False)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(30), default="")
    rank: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20))
    is_admin: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[dt.datetime]


class Delegation(Base):
    """Acting head (Plt.) for a date range."""

    __tablename__ = "delegations"
    id: Mapped[int] = mapped_column(primary_key=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    start: Mapped[dt.date]
    end: Mapped[dt.date]
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime]
    revoked: Mapped[bool] = mapped_column(default=False)


class Programme(Base):
    __tablename__ = "programmes"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), default="")
    name: Mapped[str] = mapped_column(String(300))
    year: Mapped[int | None] = mapped_column(nullable=True)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Activity(Base):
    __tablename__ = "activities"
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    code: Mapped[str] = mapped_column(String(50), default="")
    name: Mapped[str] = mapped_column(String(300))
    year: Mapped[int | None] = mapped_column(nullable=True)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class AgendaEntry(Base):
    __tablename__ = "agenda_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    due: Mapped[dt.date]
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"), nullable=True)
    dataset_id: Mapped[int | None] = mapped_column(ForeignKey("datasets.id"), nullable=True)
    done: Mapped[bool] = mapped_column(default=False)


class Dataset(Base):
    """A dataset: its stable identity (id, unique name, group, the grain of a series) and its current
    revision (state, metadata, columns, rows, check settings). Earlier revisions are ``DatasetRevision``
    rows (``domain.revisions`` describes the model)."""

    __tablename__ = "datasets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    group_name: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(100), default="")
    frequency: Mapped[str] = mapped_column(String(50), default="")
    period: Mapped[str] = mapped_column(String(50), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    producer: Mapped[str] = mapped_column(String(300), default="")
    keywords: Mapped[list[Any]] = mapped_column(default=list)
    # Satu Data Indonesia metadata beyond the basics above.
    concept: Mapped[str] = mapped_column(Text, default="", server_default="")
    definition: Mapped[str] = mapped_column(Text, default="", server_default="")
    measure: Mapped[str] = mapped_column(String(200), default="", server_default="")
    classification: Mapped[str] = mapped_column(String(200), default="", server_default="")
    method: Mapped[str] = mapped_column(Text, default="", server_default="")
    area_code: Mapped[str] = mapped_column(String(20), default="", server_default="")
    custodian: Mapped[str] = mapped_column(String(300), default="", server_default="")
    contact: Mapped[str] = mapped_column(String(300), default="", server_default="")
    access_level: Mapped[str] = mapped_column(String(20), default="public", server_default="public")
    licence: Mapped[str] = mapped_column(String(200), default="", server_default="")
    release_date: Mapped[dt.date | None] = mapped_column(nullable=True)
    modified_date: Mapped[dt.date | None] = mapped_column(nullable=True)
    # Step 2 settings and decisions.
    key_columns: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    change_threshold: Mapped[float | None] = mapped_column(nullable=True)
    accepted_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    accepted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # Subtotal rows of the imported file, left out of the rows and checked against them in step 2
    # (domain.subtotals.Subtotal.to_json each).
    subtotals: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    state: Mapped[str] = mapped_column(String(20), default="draft")  # of the current revision
    version: Mapped[int] = mapped_column(default=1)  # the number of the current revision
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"), nullable=True)
    is_sample: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    stage_since: Mapped[dt.datetime]
    # A series: "month", "quarter", "semester" or "year" (its first PERIOD column holds each row's period).
    series_grain: Mapped[str] = mapped_column(String(10), default="", server_default="")
    # Withdrawn from the data catalogue (with a reason); None: not withdrawn.
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    withdrawn_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Deleted as a draft (in the Sampah until ``domain.revisions.TRASH_DAYS`` have passed); None: not deleted.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    deleted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    deleted_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    columns: Mapped[list[DatasetColumn]] = relationship(
        order_by="DatasetColumn.position", cascade="all, delete-orphan")
    # Counts the changes of this row (see storage.versions): a save made on an older version is refused.
    row_version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


class DatasetRevision(Base):
    """One revision of a dataset. The current one (``number == Dataset.version``) keeps its data in the
    dataset itself and only mirrors its state here; a frozen one holds its own copy (``meta``,
    ``columns``, ``settings`` and ``RevisionRow``s) and never changes again."""

    __tablename__ = "dataset_revisions"
    __table_args__ = (UniqueConstraint("dataset_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    number: Mapped[int]
    state: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime]
    validated_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)  # the last time it passed step 2
    frozen: Mapped[bool] = mapped_column(default=False)
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)  # frozen: the metadata (DatasetMeta fields)
    columns: Mapped[list[Any]] = mapped_column(default=list)  # frozen: [{name, type, unit, required, codes}]
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)  # frozen: key columns, threshold, subtotals
    rows: Mapped[int] = mapped_column(default=0)  # frozen: how many RevisionRows
    # A draft revision deleted to the Sampah (restorable for TRASH_DAYS).
    deleted_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    deleted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class RevisionRow(Base):
    """A row of a frozen revision."""

    __tablename__ = "revision_rows"
    __table_args__ = (Index("ix_revision_rows_revision_position", "revision_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("dataset_revisions.id", ondelete="CASCADE"))
    position: Mapped[int]
    values: Mapped[list[Any]]


class DatasetPeriod(Base):
    """One period of a series in one revision, with its own state (draft, checking, validated)."""

    __tablename__ = "dataset_periods"
    __table_args__ = (UniqueConstraint("dataset_id", "revision", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    revision: Mapped[int]
    period: Mapped[str] = mapped_column(String(10))
    state: Mapped[str] = mapped_column(String(20))
    rows: Mapped[int] = mapped_column(default=0)
    added_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[dt.datetime]
    stage_since: Mapped[dt.datetime]  # since when it is in its state (the clock of its batch)
    validated_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    # The batch it arrived in, for timing ("" : the revision's own first round of steps 1-2).
    batch: Mapped[str] = mapped_column(String(10), default="")


class DatasetColumn(Base):
    __tablename__ = "dataset_columns"
    __table_args__ = (UniqueConstraint("dataset_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(100), default="")
    required: Mapped[bool] = mapped_column(default=True)
    codes: Mapped[list[Any]] = mapped_column(default=list)


class DatasetRow(Base):
    __tablename__ = "dataset_rows"
    __table_args__ = (Index("ix_dataset_rows_dataset_position", "dataset_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    position: Mapped[int]
    values: Mapped[list[Any]]


class CheckRun(Base):
    __tablename__ = "check_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    run_at: Mapped[dt.datetime]
    run_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    errors: Mapped[int] = mapped_column(default=0)
    warnings: Mapped[int] = mapped_column(default=0)
    findings: Mapped[list[Any]] = mapped_column(default=list)
    revision: Mapped[int] = mapped_column(default=1, server_default="1")


class Confirmation(Base):
    """A confirmation of the data with its source (phone, letter, e-mail, meeting)."""

    __tablename__ = "confirmations"
    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(300))
    channel: Mapped[str] = mapped_column(String(20))
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    confirmed_on: Mapped[dt.date]
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    attachment: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    attachment_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime]
    revision: Mapped[int] = mapped_column(default=1, server_default="1")


class Output(Base):
    """A saved tabulation or chart defined on a revision of a dataset."""

    __tablename__ = "outputs"
    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30))
    spec: Mapped[dict[str, Any]]
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime]
    revision: Mapped[int] = mapped_column(default=1, server_default="1")  # the dataset revision it reads


class Publication(Base):
    __tablename__ = "publications"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), default="draft")
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    is_sample: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime]
    stage_since: Mapped[dt.datetime]
    versions: Mapped[list[PublicationVersion]] = relationship(
        order_by="PublicationVersion.number", cascade="all, delete-orphan")
    row_version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


class PublicationVersion(Base):
    """A frozen version of a publication: its sections with data snapshots, and their hash."""

    __tablename__ = "publication_versions"
    __table_args__ = (UniqueConstraint("publication_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    publication_id: Mapped[int] = mapped_column(ForeignKey("publications.id", ondelete="CASCADE"))
    number: Mapped[int]
    content: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime]
    submitted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    cover_note: Mapped[str] = mapped_column(Text, default="")


class ReviewNote(Base):
    __tablename__ = "review_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("publication_versions.id", ondelete="CASCADE"))
    section_index: Mapped[int | None] = mapped_column(nullable=True)
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime]


class Decision(Base):
    """The head's decision on a version, bound to the content hash that was reviewed."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("publication_versions.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(20))
    decided_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime]
    acting: Mapped[bool] = mapped_column(default=False)
    content_hash: Mapped[str] = mapped_column(String(64))


class Distribution(Base):
    """Where an approved version of a publication went (printed copies, website, notice board, ...)."""

    __tablename__ = "distributions"
    __table_args__ = (Index("ix_distributions_publication", "publication_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    publication_id: Mapped[int] = mapped_column(ForeignKey("publications.id", ondelete="CASCADE"))
    version: Mapped[int]
    content_hash: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(20))
    copies: Mapped[int | None] = mapped_column(nullable=True)
    url: Mapped[str] = mapped_column(String(500), default="", server_default="")
    recipient: Mapped[str] = mapped_column(String(300), default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    distributed_on: Mapped[dt.date]
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime]


class Letter(Base):
    """The letter-number register: every outgoing letter PADI numbered, a running number per year."""

    __tablename__ = "letters"
    __table_args__ = (UniqueConstraint("year", "sequence"), UniqueConstraint("number"))
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    sequence: Mapped[int]
    number: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(30))  # "konfirmasi_data"
    issued_on: Mapped[dt.date]
    dataset_id: Mapped[int | None] = mapped_column(ForeignKey("datasets.id", ondelete="SET NULL"), nullable=True)
    subject: Mapped[str] = mapped_column(String(300))  # the dataset's name when numbered
    addressee: Mapped[str] = mapped_column(String(300), default="")
    signer_role: Mapped[str] = mapped_column(String(20))  # "kepala" (or Plt.) / "sekretaris" (a.n.)
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_nip: Mapped[str] = mapped_column(String(30), default="")
    signer_title: Mapped[str] = mapped_column(String(300))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime]


class LogEntry(Base):
    """An activity log entry; append-only (triggers) and hash-chained."""

    __tablename__ = "activity_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    actor_id: Mapped[int | None] = mapped_column(nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    actor_role: Mapped[str] = mapped_column(String(50), default="")
    step: Mapped[int | None] = mapped_column(nullable=True)
    object_type: Mapped[str] = mapped_column(String(30), default="")
    object_id: Mapped[int | None] = mapped_column(nullable=True)
    object_label: Mapped[str] = mapped_column(String(300), default="")
    action: Mapped[str] = mapped_column(String(50))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    duration_seconds: Mapped[float | None] = mapped_column(nullable=True)
    standard_seconds: Mapped[float | None] = mapped_column(nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class BackupRecord(Base):
    __tablename__ = "backups"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    verified: Mapped[bool] = mapped_column(default=False)
    verified_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class WrittenFile(Base):
    """A file PADI wrote as an output: its SHA-256 and size. An existing file may be replaced by a later
    output only when its bytes are exactly those of a row here (services/runtime/outputs.py)."""

    __tablename__ = "written_files"
    __table_args__ = (Index("ix_written_files_size_sha256", "size", "sha256"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    name: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(30), default="")
    written_at: Mapped[dt.datetime]
    written_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class RoleRequest(Base):
    """A role or administrator flag asked for someone, waiting for the Kepala Dinas to confirm or reject it
    (maker-checker on accounts)."""

    __tablename__ = "role_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    role: Mapped[str] = mapped_column(String(20))
    is_admin: Mapped[bool] = mapped_column(default=False)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[dt.datetime]
    decision: Mapped[str] = mapped_column(String(20), default="")  # "", confirmed, rejected, superseded
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)


class Setting(Base):
    """Office-wide settings stored with the data (the permission matrix, etc.)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]]
