"""Assemble the appeal packet: front pages, then each exhibit's original pages stamped in the margin,
with a bookmark per exhibit; written with pikepdf (qpdf), which copies each original page's images
straight from its file while the packet is written: memory stays flat however large the scans."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from contextlib import ExitStack
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
    import pikepdf

    with tempfile.TemporaryDirectory(prefix="intake-packet-") as tmp, ExitStack() as files:
        os.chmod(tmp, 0o700)
        front = Path(tmp) / "front.pdf"
        counts = [len(e.pages) for e in plan.exhibits]
        n_front = render_front(plan, cover, lang, [0] * len(counts), front)
        starts = [n_front + 1 + sum(counts[:i]) for i in range(len(counts))]
        render_front(plan, cover, lang, starts, front)
        out = files.enter_context(pikepdf.new())
        out.pages.extend(_open(files, str(front)).pages)
        for exhibit in plan.exhibits:
            _add_exhibit(out, files, exhibit, case_no, Path(tmp) / f"stamp{exhibit.number}.pdf")
        with out.open_outline() as outline:
            outline.root.extend(pikepdf.OutlineItem(f"Exhibit {e.number}: {e.title}", start - 1)
                                for e, start in zip(plan.exhibits, starts))
        out.Root.PageMode = pikepdf.Name.UseOutlines
        _save(out, target)
        return len(out.pages)


def _open(files: ExitStack, path: str):
    """Read as a stream, not mapped: the originals' images are read only while the packet is written,
    one at a time, and a mapped file's pages would count in the process's memory."""
    import pikepdf

    return files.enter_context(pikepdf.open(path, access_mode=pikepdf.AccessMode.stream))


def _add_exhibit(out, files: ExitStack, exhibit, case_no: str, stamp_path: Path) -> None:
    """The original pages, each with its stamp page drawn over it as a form: the page's own content and
    text layer are left as they are. Their images are copied from the still open file when saved."""
    import pikepdf

    try:
        src = _open(files, exhibit.pdf)
        originals = [src.pages[n - 1] for n in exhibit.pages]
        rotations = [int(p.obj.get("/Rotate", 0)) % 360 for p in originals]
        boxes = [[float(v) for v in p.mediabox] for p in originals]
    except (pikepdf.PdfError, OSError, IndexError, ValueError) as exc:
        raise InputFileError(f"cannot read exhibit {exhibit.number} ({type(exc).__name__})", exhibit.pdf) from None
    render_stamps(exhibit.number, [shown_size(b, r) for b, r in zip(boxes, rotations)], case_no, stamp_path)
    stamps = _open(files, str(stamp_path))
    for page, stamp, box, turn in zip(originals, stamps.pages, boxes, rotations):
        out.pages.append(page)
        added = out.pages[-1]
        form = out.copy_foreign(stamp.as_form_xobject())
        name = added.add_resource(form, pikepdf.Name.XObject, prefix="Stamp")
        added.contents_add(pikepdf.Stream(out, b"q\n"), prepend=True)
        matrix = " ".join(f"{v:g}" for v in stamp_matrix(box, turn))
        added.contents_add(pikepdf.Stream(out, f"\nQ q {matrix} cm {name} Do Q\n".encode()))


def shown_size(box: list[float], turn: int) -> tuple[float, float]:
    """Pure: the page's size as a reader shows it (a page turned a quarter shows its height as width)."""
    w, h = box[2] - box[0], box[3] - box[1]
    return (h, w) if turn in (90, 270) else (w, h)


def stamp_matrix(box: list[float], turn: int) -> tuple[float, ...]:
    """Pure: the `cm` that puts a stamp drawn upright on the page as shown onto the page's own space
    (media box corner not at 0,0; /Rotate turns the shown page clockwise)."""
    llx, lly, urx, ury = box
    return {0: (1, 0, 0, 1, llx, lly), 90: (0, 1, -1, 0, urx, lly), 180: (-1, 0, 0, -1, urx, ury),
            270: (0, -1, 1, 0, llx, ury)}.get(turn, (1, 0, 0, 1, llx, lly))


def _save(out, target: Path) -> None:
    part = target.with_name(f".{target.name}.part")
    try:
        with open(part, "wb", opener=lambda p, f: os.open(p, f, 0o600)) as fh:
            out.save(fh)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise OutputError(f"cannot write the packet ({exc.strerror})", str(target)) from None


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
