"""Assemble the appeal packet: front pages, then each exhibit's original pages stamped in the margin,
with a bookmark per exhibit. qpdf's command line puts the pages together, reading each image from its
file only as it writes it; pikepdf then draws the stamps and bookmarks on that file and writes the
packet the same way. Memory stays flat however many and however large the scans (pikepdf alone copies
every image of another file into memory when a page is taken from it)."""

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
    """Front pages twice (the second time knowing where each exhibit starts), the pages put together by
    qpdf, then stamps and bookmarks drawn on them."""
    import pikepdf

    with tempfile.TemporaryDirectory(prefix="intake-packet-") as tmp, ExitStack() as files:
        os.chmod(tmp, 0o700)
        front = Path(tmp) / "front.pdf"
        counts = [len(e.pages) for e in plan.exhibits]
        n_front = render_front(plan, cover, lang, [0] * len(counts), front)
        starts = [n_front + 1 + sum(counts[:i]) for i in range(len(counts))]
        render_front(plan, cover, lang, starts, front)
        for exhibit in plan.exhibits:
            _check_exhibit(exhibit)
        merged = Path(tmp) / "merged.pdf"
        concatenate([(str(front), [])] + [(e.pdf, e.pages) for e in plan.exhibits], merged)
        packet = _open(files, str(merged))
        for exhibit, start in zip(plan.exhibits, starts):
            pages = [packet.pages[i] for i in range(start - 1, start - 1 + len(exhibit.pages))]
            _stamp(packet, files, pages, exhibit.number, case_no, Path(tmp) / f"stamp{exhibit.number}.pdf")
        with packet.open_outline() as outline:
            outline.root.extend(pikepdf.OutlineItem(f"Exhibit {e.number}: {e.title}", start - 1)
                                for e, start in zip(plan.exhibits, starts))
        packet.Root.PageMode = pikepdf.Name.UseOutlines
        _save(packet, target)
        return len(packet.pages)


def _open(files: ExitStack, path: str):
    """Read as a stream, not mapped: images are read only while the packet is written, one at a time,
    and a mapped file's pages would count in the process's memory."""
    import pikepdf

    return files.enter_context(pikepdf.open(path, access_mode=pikepdf.AccessMode.stream))


def _check_exhibit(exhibit) -> None:
    """Each original opens and has the exhibit's pages, so a bad one is named before qpdf runs."""
    import pikepdf

    try:
        with pikepdf.open(exhibit.pdf, access_mode=pikepdf.AccessMode.stream) as pdf:
            if max(exhibit.pages) > len(pdf.pages):
                raise IndexError
    except (pikepdf.PdfError, OSError, IndexError, ValueError) as exc:
        raise InputFileError(f"cannot read exhibit {exhibit.number} ({type(exc).__name__})", exhibit.pdf) from None


def page_ranges(pages: list[int]) -> str:
    """Pure: qpdf's page selection for 1-based pages in order: [1, 2, 3, 7] -> "1-3,7"."""
    runs: list[list[int]] = []
    for n in pages:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ",".join(f"{a}-{b}" if b > a else str(a) for a, b in runs)


def concatenate(parts: list[tuple[str, list[int]]], target: Path) -> None:
    """qpdf --empty --pages: the files' pages (all of them where none are named) into one PDF, each page
    with its own content, text layer and images as they are."""
    import shutil
    import subprocess

    from intake.errors import MissingDependencyError

    qpdf = shutil.which("qpdf")
    if qpdf is None:
        raise MissingDependencyError("qpdf is not installed (Debian: apt-get install qpdf)")
    selection = [arg for path, pages in parts for arg in ([path, page_ranges(pages)] if pages else [path])]
    command = [qpdf, "--empty", "--warning-exit-0", "--decode-level=none", "--pages", *selection, "--", str(target)]
    got = subprocess.run(command, capture_output=True, text=True)  # streams copied as they are, not recompressed
    log.debug("qpdf: %s", got.stderr.strip()[-2000:])
    if got.returncode != 0:
        last = (got.stderr.strip().splitlines() or ["no reason given"])[-1]
        raise InputFileError(f"the exhibits cannot be put together (qpdf: {last})")


def _stamp(packet, files: ExitStack, pages: list, number: int, case_no: str, stamp_path: Path) -> None:
    """Each page gets its stamp page drawn over it as a form: its own content and text layer are left as
    they are. Sizes and turns are read after qpdf, which writes inherited ones onto each page."""
    import pikepdf

    boxes = [[float(v) for v in p.mediabox] for p in pages]
    turns = [int(p.obj.get("/Rotate", 0)) % 360 for p in pages]
    render_stamps(number, [shown_size(b, t) for b, t in zip(boxes, turns)], case_no, stamp_path)
    stamps = _open(files, str(stamp_path))
    for page, stamp, box, turn in zip(pages, stamps.pages, boxes, turns):
        form = packet.copy_foreign(stamp.as_form_xobject())
        name = page.add_resource(form, pikepdf.Name.XObject, prefix="Stamp")
        page.contents_add(pikepdf.Stream(packet, b"q\n"), prepend=True)
        matrix = " ".join(f"{v:g}" for v in stamp_matrix(box, turn))
        page.contents_add(pikepdf.Stream(packet, f"\nQ q {matrix} cm {name} Do Q\n".encode()))


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
    import pikepdf

    part = target.with_name(f".{target.name}.part")
    try:
        with open(part, "wb", opener=lambda p, f: os.open(p, f, 0o600)) as fh:
            out.save(fh, stream_decode_level=pikepdf.StreamDecodeLevel.none)
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
