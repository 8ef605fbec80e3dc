"""The review desk's work, for `intake serve` and any other caller: fix, write papers, deadlines, upload."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from intake.errors import IntakeError

log = logging.getLogger(__name__)
PROFILE_KEYS = ("name", "organization", "address", "phone", "email", "advocate", "providers", "lang")
MAX_UPLOAD_BYTES = int(os.environ.get("INTAKE_MAX_UPLOAD_MB", "100")) * 1024 * 1024


def correct_fact(engine: Engine, doc_id: int, field_name: str, value: str, author: str) -> None:
    """The same correction `intake fix` records (kept beside the extracted value), with who made it."""
    from intake.db import repo

    if repo.add_correction(engine, doc_id, field_name, value.strip(), author=author) is None:
        raise LookupError("no such document")


def clean_profile(form: dict) -> dict:
    """Pure: the requester fields a form may set, trimmed; providers one per line; unknown keys dropped."""
    out: dict = {}
    for key in PROFILE_KEYS:
        raw = form.get(key)
        if key == "advocate":
            out[key] = raw in ("on", "true", "1", True)
        elif key == "providers":
            out[key] = [p.strip() for p in re.split(r"[\r\n]+", str(raw or "")) if p.strip()][:20]
        elif key == "lang":
            out[key] = raw if raw in ("en", "es") else None
        elif raw is not None and str(raw).strip():
            out[key] = str(raw).strip()[:500]
    return {k: v for k, v in out.items() if v not in (None, "")}


def write_document_papers(engine: Engine, doc_id: int, papers_dir: str) -> int:
    """Write (or rewrite) one document's papers with its corrections and its case's requester profile."""
    from intake.papers import private_dir
    from intake.db import repo, review
    from intake.model import result_from_json
    from intake.papers.profile import load_requester
    from intake.papers.writer import write_papers

    doc = repo.get_document(engine, doc_id)
    if doc is None:
        raise LookupError("no such document")
    requester = load_requester(None, review.get_profile(engine, review.scope_of(engine, doc_id)))
    base = private_dir(Path(papers_dir) / f"doc-{doc_id}")
    outputs = write_papers(result_from_json(doc["result"]), base, requester, index=None)
    repo.replace_papers(engine, doc_id, outputs)
    return len(outputs)


def upcoming_deadlines(engine: Engine, today: dt.date | None = None, limit: int = 300) -> list[dict]:
    """Across cases: appeal deadlines from the letters, and the follow-ups and records due from when the
    papers were written (the day the requests go out)."""
    from intake.db import review
    from intake.papers.deadlines import plan_deadlines

    today = today or dt.date.today()
    written = _papers_dates(engine)
    out = []
    for doc_id, case_id, data in review.documents_with_deadlines(engine):
        f = data["fields"]
        sent = written.get(doc_id)
        try:
            plan = plan_deadlines(f.get("appeal_deadline"), sent or today, f.get("insurer") or "the insurer",
                                  [f["provider"]] if f.get("provider") else [], "en")
        except ValueError:
            continue
        for d in plan:
            if d.date >= today and (sent is not None or d.kind == "appeal"):
                out.append({"date": d.date, "kind": d.kind, "document": doc_id, "case": case_id})
    return sorted(out, key=lambda d: (d["date"], d["document"]))[:limit]


def _papers_dates(engine: Engine) -> dict[int, dt.date]:
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from intake.db.models import PaperRow

    with Session(engine) as s:
        rows = s.execute(select(PaperRow.document_id, func.min(PaperRow.created_at)).group_by(PaperRow.document_id))
        return {doc: at.date() for doc, at in rows}


def safe_name(name: str) -> str:
    """Pure: an uploaded file's name as a plain file name (no folders, no control characters, not hidden)."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip().lstrip(".")
    return base[:200] or "upload"


@dataclass
class UploadOutcome:
    name: str
    error: str | None = None
    documents: list[int] = field(default_factory=list)


def check_upload(name: str, head: bytes, size: int) -> str | None:
    """Type and size before any work, in the CLI's words."""
    from intake.sources import sniff

    if size == 0:
        return f"{name}: file is empty (0 bytes)"
    if size > MAX_UPLOAD_BYTES:
        return f"{name}: file is larger than the upload limit of {MAX_UPLOAD_BYTES // 1048576} MB"
    if sniff(head) is None:
        return f"{name}: not a PDF, PNG, JPEG or TIFF file"
    return None


def process_uploads(files: list[tuple[str, bytes]], db_url: str | None, upload_dir) -> list[UploadOutcome]:
    """Files from the browser through the same path as `intake batch` (the workers when a broker is set)."""
    folder = Path(upload_dir) / secrets.token_hex(8)
    folder.mkdir(parents=True, mode=0o700)
    outcomes, paths = [], {}
    try:
        for raw_name, data in files:
            name = safe_name(raw_name)
            outcome = UploadOutcome(name, check_upload(name, data[:1024], len(data)))
            outcomes.append(outcome)
            if outcome.error is None:
                path = _unique(folder, name)
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                paths[str(path)] = outcome
        if paths:
            _run(list(paths), paths, db_url, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # the originals are in the store now
    return outcomes


def _unique(folder: Path, name: str) -> Path:
    path, n = folder / name, 1
    while path.exists():
        path, n = folder / f"{n}-{name}", n + 1
    return path


def _run(todo: list[str], outcomes: dict, db_url: str | None, folder: Path) -> None:
    """`intake batch` itself (api.batch): read here, or by the queue workers when INTAKE_BROKER_URL is set."""
    from intake.api import batch

    prefix = str(folder) + os.sep

    def on_report(report) -> None:
        got = outcomes.get(report.path)
        if got is not None and report.error:
            got.error = report.error.replace(prefix, "")
    try:
        batch(todo, db_url=db_url, jobs=1, on_report=on_report)
    except IntakeError as exc:
        for got in outcomes.values():
            got.error = got.error or f"{got.name}: {exc.message}"
    _link_documents(db_url, outcomes)


def _link_documents(db_url: str | None, outcomes: dict) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from intake.db.engine import open_db
    from intake.db.models import DocumentRow, SourceFileRow
    from intake.sources import sha256_of

    engine = open_db(db_url)
    with Session(engine) as s:
        for path, got in outcomes.items():
            if got.error is None and os.path.exists(path):
                got.documents = list(s.scalars(select(DocumentRow.id).join(SourceFileRow)
                                               .where(SourceFileRow.sha256 == sha256_of(Path(path)))))
