"""Assemble the appeal packet: front pages, then each exhibit's original pages stamped in the margin,
with a bookmark per exhibit; written with pypdf, one exhibit's file open at a time."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from intake.db.models import RecordRow
from intake.errors import InputFileError, OutputError
from intake.records.front import WORDS, render_front, render_stamps
from intake.records.plan import PacketPlan, plan_packet

log = logging.getLogger(__name__)


@dataclass
class PacketOut:
    pdf: str
    checklist: str
    plan: PacketPlan
    pages: int


def denial_original(doc, denial_file: str | None = None) -> Path:
    """The denial letter's PDF: kept in the originals folder, or taken in now from --denial or from the
    path it was processed from, as long as the bytes are the same ones that were read."""
    from intake.records.store import keep, stored_pdf
    from intake.sources import open_source

    sha = doc.source.sha256
    found = stored_pdf(sha)
    if found:
        return found
    for candidate in (denial_file, doc.result.get("file")):
        if candidate and Path(candidate).is_file():
            source = open_source(candidate)
            if source.sha256 == sha:
                return keep(source)
            if candidate == denial_file:
                raise InputFileError("is not the file the case's denial was read from (different content)",
                                     candidate)
    raise InputFileError(f"the original of the denial letter ({doc.source.name}) is not kept and no longer at "
                         "the path it was read from; pass it with --denial FILE")


def cover_rows(fields: dict, denial_type: str | None, lang: str) -> list[tuple[str, str]]:
    from intake.papers.context import DENIAL_LABELS

    w = WORDS[lang]

    def val(name):
        v = fields.get(name)
        return ("; ".join(v) if isinstance(v, list) else str(v)) if v else w["none"]

    label = DENIAL_LABELS[lang].get(denial_type or "other", denial_type or "")
    return [(w["member"], val("member_name")), (w["member_id"], val("member_id")), (w["insurer"], val("insurer")),
            (w["plan_id"], val("plan_id")), (w["group"], val("group_number")), (w["cases"], val("case_numbers")),
            (w["decision"], w["denial_of"].format(label=label)), (w["denial_date"], val("denial_date")),
            (w["service"], val("service_dates")), (w["provider"], val("provider")),
            (w["amount"], f"${fields['claim_amount']}" if fields.get("claim_amount") else w["none"]),
            (w["deadline"], val("appeal_deadline"))]


def build_packet(engine: Engine, case_id: int, out_dir: str, include_all: bool = False,
                 denial_file: str | None = None, lang: str | None = None, today: dt.date | None = None) -> PacketOut:
    from intake.papers import private_dir
    from intake.db.repo import current_result
    from intake.records.ingest import denial_document, record_view
    from intake.records.requests import list_requests

    today = today or dt.date.today()
    with Session(engine) as s:
        doc = denial_document(s, case_id)
        result = current_result(doc)
        pdf = denial_original(doc, denial_file)
        pages = list(doc.pages)
        records = [record_view(r) for r in s.scalars(select(RecordRow).where(RecordRow.case_id == case_id))]
    lang = lang or (result.get("language") if result.get("language") in ("en", "es") else "en")
    requests = list_requests(engine, today, case_id=case_id)
    plan = plan_packet(result, str(pdf), pages, records, requests, include_all, lang)
    folder = private_dir(out_dir)
    target = folder / f"appeal-packet-case{case_id}.pdf"
    case_no = ", ".join((result["fields"].get("case_numbers") or [])[:2])
    total = assemble(plan, cover_rows(result["fields"], result.get("denial_type"), lang), lang, case_no, target)
    checklist = write_checklist(result, plan, folder, lang, today)
    log.info("packet written: %d exhibits, %d pages", len(plan.exhibits), total)
    return PacketOut(str(target), checklist, plan, total)


def assemble(plan: PacketPlan, cover: list, lang: str, case_no: str, target: Path) -> int:
    """Front pages twice (the second time knowing where each exhibit starts), then the exhibits."""
    from pypdf import PdfWriter

    with tempfile.TemporaryDirectory(prefix="intake-packet-") as tmp:
        os.chmod(tmp, 0o700)
        front = Path(tmp) / "front.pdf"
        counts = [len(e.pages) for e in plan.exhibits]
        n_front = render_front(plan, cover, lang, [0] * len(counts), front)
        starts = [n_front + 1 + sum(counts[:i]) for i in range(len(counts))]
        render_front(plan, cover, lang, starts, front)
        writer = PdfWriter()
        writer.append(str(front))
        for exhibit, start in zip(plan.exhibits, starts):
            _add_exhibit(writer, exhibit, case_no, Path(tmp) / f"stamp{exhibit.number}.pdf")
            writer.add_outline_item(title=f"Exhibit {exhibit.number}: {exhibit.title}", page_number=start - 1)
        writer.page_mode = "/UseOutlines"
        part = target.with_name(f".{target.name}.part")
        try:
            with open(part, "wb", opener=lambda p, f: os.open(p, f, 0o600)) as fh:
                writer.write(fh)
            os.replace(part, target)
        except OSError as exc:
            raise OutputError(f"cannot write the packet ({exc.strerror})", str(target)) from None
        return len(writer.pages)


def _add_exhibit(writer, exhibit, case_no: str, stamp_path: Path) -> None:
    from pypdf import PdfReader

    try:
        reader = PdfReader(exhibit.pdf)
        originals = [reader.pages[n - 1] for n in exhibit.pages]
    except (OSError, IndexError) as exc:
        raise InputFileError(f"cannot read exhibit {exhibit.number} ({type(exc).__name__})", exhibit.pdf) from None
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in originals]
    render_stamps(exhibit.number, sizes, case_no, stamp_path)
    stamps = PdfReader(stamp_path)
    for page, stamp in zip(originals, stamps.pages):
        added = writer.add_page(page)
        if added.get("/Rotate"):
            added.transfer_rotation_to_content()
        added.merge_transformed_page(stamp, _origin(added))
        added.compress_content_streams()  # the merged content is held until the end: keep it small


def _origin(page):
    """The stamp's page is drawn at the original's media box corner (which need not be 0,0)."""
    from pypdf import Transformation

    return Transformation().translate(float(page.mediabox.left), float(page.mediabox.bottom))


def write_checklist(result: dict, plan: PacketPlan, folder: Path, lang: str, today: dt.date) -> str:
    """The denial's checklist again, its exhibit index filled in from the packet."""
    from intake.model import result_from_json
    from intake.papers.templates import load_templates
    from intake.papers.writer import build_context, write_paper

    res = result_from_json(result)
    templates = load_templates(None, lang)
    ctx = build_context(res, {}, templates, lang, today)
    ctx["exhibits"] = [{"number": e.number, "date": e.date, "title": e.title, "pages": len(e.pages)}
                       for e in plan.exhibits]
    try:
        return write_paper(templates, "checklist", ctx, folder / "checklist-with-exhibits")
    except OSError as exc:
        raise OutputError(f"cannot write the checklist ({exc.strerror})", str(folder)) from None
