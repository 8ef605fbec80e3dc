"""Tables: source files, documents, fields, corrections, papers, cases, runs, the queue, requests, records."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    pass


class SourceFileRow(Base):
    """An original file, known by the hash of its bytes: the same content is never processed twice."""

    __tablename__ = "source_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(512))
    size: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    status: Mapped[str] = mapped_column(String(16), default="done")  # done | failed | forced (to be read again)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    documents: Mapped[list["DocumentRow"]] = relationship(back_populates="source", cascade="all, delete-orphan")


class CaseRow(Base):
    """Documents about one claim of one member (a denial, its EOB, a later letter) belong to one case."""

    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    documents: Mapped[list["DocumentRow"]] = relationship(back_populates="case")


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("source_id", "first_page", name="uq_document_source_page"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source_files.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), nullable=True,
                                                index=True)
    first_page: Mapped[int] = mapped_column(Integer)
    pages: Mapped[list] = mapped_column(JSON)
    document_type: Mapped[str] = mapped_column(String(32), index=True)
    denial_type: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    plan_type: Mapped[str] = mapped_column(String(32), default="unknown")
    language: Mapped[str] = mapped_column(String(8), default="en")
    member_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    denial_date: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(16), default="new")  # new | corrected | papers
    result: Mapped[dict] = mapped_column(JSON)
    requester: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # whom its papers were written for
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    source: Mapped[SourceFileRow] = relationship(back_populates="documents")
    case: Mapped[CaseRow | None] = relationship(back_populates="documents")
    fields: Mapped[list["FieldRow"]] = relationship(back_populates="document", cascade="all, delete-orphan")
    corrections: Mapped[list["CorrectionRow"]] = relationship(back_populates="document",
                                                              cascade="all, delete-orphan")
    papers: Mapped[list["PaperRow"]] = relationship(back_populates="document", cascade="all, delete-orphan")


class FieldRow(Base):
    __tablename__ = "fields"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(32))
    value: Mapped[object] = mapped_column(JSON)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    bbox: Mapped[list | None] = mapped_column(JSON, nullable=True)
    document: Mapped[DocumentRow] = relationship(back_populates="fields")


class CorrectionRow(Base):
    """A person's fix, kept beside the extracted value, never over it."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[object] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    author: Mapped[str | None] = mapped_column(String(64), nullable=True)  # the signed-in user; None from the CLI
    document: Mapped[DocumentRow] = relationship(back_populates="corrections")


class PaperRow(Base):
    __tablename__ = "papers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    document: Mapped[DocumentRow] = relationship(back_populates="papers")


class RunRow(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # batch | watch
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    files: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[list] = mapped_column(JSON, default=list)  # one-line reasons, no document text


# --- the shared queue (intake worker, batch/watch --broker): rows hold the work, the broker only IDs ---


class BlobRow(Base):
    """An original's bytes, stored once by content so any worker can read it; deleted when its file is done."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)


class QueueFileRow(Base):
    """A file handed to the workers: where its bytes are, how far it got, and why it failed."""

    __tablename__ = "queue_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(512))
    display_path: Mapped[str] = mapped_column(Text)  # the path as the producer was given it (results say it)
    size: Mapped[int] = mapped_column(Integer)
    page_count: Mapped[int] = mapped_column(Integer)
    blob: Mapped[str] = mapped_column(Text)  # "db" or file:///shared/folder
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)  # queued|done|failed
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    exit_code: Mapped[int] = mapped_column(Integer, default=0)
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    jobs: Mapped[list["QueueJobRow"]] = relationship(cascade="all, delete-orphan")


class QueueJobRow(Base):
    """One message's work: a page range, a whole small file, or finishing a file whose pages are read."""

    __tablename__ = "queue_jobs"
    __table_args__ = (UniqueConstraint("file_id", "kind", "first_page", "last_page", name="uq_queue_job_range"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("queue_files.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # pages | whole | finish
    first_page: Mapped[int] = mapped_column(Integer)
    last_page: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)  # queued|running|done|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(255), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    queued_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # who may run it now: the delivery (Celery's message ID) that claimed it, until when; a worker reading
    # several files at once holds their jobs under its own message's lease
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    lease_key: Mapped[str | None] = mapped_column(String(64), nullable=True)


class QueuePageRow(Base):
    """A page read by a page-range job, kept until the file is finished (compressed words with boxes)."""

    __tablename__ = "queue_pages"
    __table_args__ = (UniqueConstraint("file_id", "number", name="uq_queue_page"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("queue_files.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# --- after the requests: what was asked for, what came back (intake request / records / packet) ---


class RequestRow(Base):
    """A paper that asks someone for something (the claim file, a provider's records) and how it stands.

    Overdue is not stored: it follows from the sent date, the rule's days and today."""

    __tablename__ = "requests"
    __table_args__ = (UniqueConstraint("document_id", "paper_kind", name="uq_request_paper"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), nullable=True,
                                                index=True)
    paper_kind: Mapped[str] = mapped_column(String(32))  # claim_file_request | records_request_N
    kind: Mapped[str] = mapped_column(String(16))  # claim_file | records
    recipient: Mapped[str] = mapped_column(String(512))
    status: Mapped[str] = mapped_column(String(16), default="written")  # written | sent | received
    written_on: Mapped[str] = mapped_column(String(10))
    sent_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    via: Mapped[str | None] = mapped_column(String(16), nullable=True)  # mail | fax | portal | email
    extended_to: Mapped[str | None] = mapped_column(String(10), nullable=True)  # one written 30-day extension
    received_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    complete: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    followup_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)


class RecordRow(Base):
    """A record that came back (claim file, medical record), its original kept privately by content hash."""

    __tablename__ = "records"
    __table_args__ = (UniqueConstraint("case_id", "sha256", name="uq_record_case_file"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(512))
    original: Mapped[str] = mapped_column(Text)  # path in the private originals folder
    pages: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    service_dates: Mapped[list] = mapped_column(JSON)  # ISO dates, earliest first
    author: Mapped[str | None] = mapped_column(String(512), nullable=True)
    relevant: Mapped[bool] = mapped_column(Boolean, default=True)
    reasons: Mapped[list] = mapped_column(JSON)  # why it bears (or not) on the denial, in words
    methods: Mapped[list] = mapped_column(JSON)  # per page: text_layer | ocr | blank
    position: Mapped[int] = mapped_column(Integer, default=0)  # the advocate's order; 0 = by date
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)


# --- the review page (intake serve): users, sessions, audit, what a reviewer needs beside each document ---


class OriginalRow(Base):
    """An original file's bytes, kept so the review page can show the very page Tesseract read."""

    __tablename__ = "originals"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)


class PageGeometryRow(Base):
    """How a page was read: its size in the boxes' pixels, the turn and skew applied before OCR."""

    __tablename__ = "page_geometry"
    __table_args__ = (UniqueConstraint("sha256", "number", name="uq_page_geometry"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    number: Mapped[int] = mapped_column(Integer)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    method: Mapped[str] = mapped_column(String(16))
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    skew: Mapped[float] = mapped_column(Float, default=0.0)


class ReviewRow(Base):
    """A document's place in the work queue: why it needs a person, search keys, approval, papers' age."""

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_queue", "needs_review", "document_id"),)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=True)
    reasons: Mapped[list] = mapped_column(JSON, default=list)  # field names and rule names only
    insurer: Mapped[str | None] = mapped_column(String(256), nullable=True, index=True)
    member_key: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)  # folded member ID
    name_key: Mapped[str | None] = mapped_column(String(256), nullable=True)  # folded member name
    approved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    papers_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ProfileRow(Base):
    """The requester the papers speak for, per case (or per document outside a case): `case:N` / `doc:N`."""

    __tablename__ = "profiles"
    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    updated_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)


class UserRow(Base):
    """A member of staff: created on the command line only (no sign-up page); Argon2 password hash."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))  # admin | reviewer | viewer
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)


class WebSessionRow(Base):
    """A signed-in browser: only the hash of its cookie is stored, so a leaked table opens no session."""

    __tablename__ = "web_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    state: Mapped[dict] = mapped_column(JSON, default=dict)  # the queue's filters and search (never in URLs)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class LoginAttemptRow(Base):
    """Failed sign-ins, counted per user name and per address to slow guessing down."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)


class AuditRow(Base):
    """Who viewed, changed, downloaded or purged what: ids and actions only, never document text."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(32))
    document_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    detail: Mapped[str | None] = mapped_column(String(128), nullable=True)  # a field name, paper kind or id
