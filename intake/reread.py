"""Re-read doubtful identifiers and amounts from their own box: cropped, enlarged, one line, a fitting character set.

Why: on a poor capture the page read loses single characters inside IDs (O/0, l/1, S/5, a dropped hyphen) and
amounts; read again alone, larger and with only the characters the value may hold, Tesseract gets most of them
right. Works from the source file: only the few pages holding a doubtful value are rendered again, prepared
exactly as for the page read (so the evidence boxes fit), and nothing is kept in memory between stages.

Hook: `pipeline.finish` calls `reread_fields(source, pages, results)` after fields and classification (every
caller: intake process, batch, queue workers); golden replays of stored words pass reread=False.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from intake.model import FieldValue, PageText, Result, SourceFile, Word

log = logging.getLogger(__name__)

ID_FIELDS = ("plan_id", "group_number", "member_id")
AMOUNT_FIELDS = ("claim_amount",)
SURE = 0.60            # every word of the value read at least this sure, and well formed: no second read
                       # (the pipeline's low-confidence mark; at 0.90 the reads changed as many right values
                       # as wrong ones on the corpus's standard faxes)
MAX_PER_DOCUMENT = 8   # re-reads are a few Tesseract runs of one line each; a bound keeps a bad page cheap
MARGINS = (0.2, 0.3)   # of the box's height, above and below (twice that at the sides): neighbours stay out
TARGET_HEIGHT = 56     # px of the enlarged line: capitals ~35 px, in Tesseract's best range
ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-/"
AMOUNT_CHARS = "$0123456789.,"
MIXED = re.compile(r"\d[A-Za-z|]+\d")      # a letter between digits: an O/0 or l/1 slip
AMOUNT_OK = re.compile(r"^\$?\d{1,3}(,\d{3})*\.\d{2}$|^\$?\d+\.\d{2}$")


@dataclass(frozen=True)
class Job:
    """One value to read again: which document, which field, where, and what the page read made of it."""

    doc: int
    name: str
    page: int
    bbox: tuple[float, float, float, float]
    words: tuple[Word, ...]


def well_formed(name: str, text: str) -> bool:
    """The format check: an ID has no letter between digits and only ID characters; an amount one decimal point."""
    if name in AMOUNT_FIELDS:
        return bool(AMOUNT_OK.match(text))
    return bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]*", text)) and not MIXED.search(text)


def _key(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def value_words(page: PageText, bbox, value: str) -> tuple[Word, ...]:
    """The page's words inside the evidence box that make up the value (by their letters and digits)."""
    want = _key(value)
    inside = [w for ln in page.lines for w in ln.words
              if bbox[0] - 2 <= (w.bbox[0] + w.bbox[2]) / 2 <= bbox[2] + 2
              and bbox[1] - 2 <= (w.bbox[1] + w.bbox[3]) / 2 <= bbox[3] + 2]
    return tuple(w for w in inside if _key(w.text) and _overlap(_key(w.text), want) >= 0.6)


def _overlap(part: str, whole: str) -> float:
    """How much of part the value holds (a cheap stand-in for alignment)."""
    from difflib import SequenceMatcher

    m = SequenceMatcher(None, part, whole).find_longest_match(0, len(part), 0, len(whole))
    return m.size / max(1, len(part)) if m.size >= min(3, len(part)) else 0.0


def needs_reread(name: str, value: str, words: tuple[Word, ...]) -> bool:
    """Low word confidence, or a value that fails its format check."""
    if not words:
        return False
    if min(w.conf for w in words) < SURE:
        return True
    raw = "".join(w.text for w in words).strip(".,:;")
    return not well_formed(name, value) or (name in ID_FIELDS and bool(MIXED.search(raw)))


def jobs_for(results: list[Result], pages: list[PageText]) -> list[Job]:
    """The values worth a second read, at most MAX_PER_DOCUMENT per document, only on OCR'd pages."""
    by_number = {p.number: p for p in pages if p.method == "ocr"}
    out = []
    for i, res in enumerate(results):
        mine = []
        for name in ID_FIELDS + AMOUNT_FIELDS:
            fv = res.fields.get(name)
            if fv is None or fv.evidence.bbox is None or fv.evidence.page not in by_number:
                continue
            words = value_words(by_number[fv.evidence.page], fv.evidence.bbox, str(fv.value))
            if needs_reread(name, str(fv.value), words):
                box = _union(w.bbox for w in words)
                mine.append(Job(i, name, fv.evidence.page, box, words))
        out += mine[:MAX_PER_DOCUMENT]
    return out


def _union(boxes) -> tuple[float, float, float, float]:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def crop_line(image, bbox, margin: float = 0.2):
    """The box with a margin, enlarged to TARGET_HEIGHT and framed in white: what a one-line read needs."""
    from PIL import Image, ImageOps

    x0, y0, x1, y1 = bbox
    h = max(4.0, y1 - y0)
    box = (max(0, int(x0 - h * margin * 2)), max(0, int(y0 - h * margin)),
           min(image.width, int(x1 + h * margin * 2)), min(image.height, int(y1 + h * margin)))
    part = image.crop(box)
    scale = max(1.0, min(4.0, TARGET_HEIGHT / h))
    if scale > 1.05:
        part = part.resize((round(part.width * scale), round(part.height * scale)), Image.LANCZOS)
    return ImageOps.expand(part, border=12, fill=255)


def read_line(img, chars: str) -> list[Word]:
    """One Tesseract run on one line (--psm 7) with a character whitelist."""
    import pytesseract

    from intake.ocr import DEFAULT_LANG, words_from_tsv

    tsv = pytesseract.image_to_data(img, lang=DEFAULT_LANG,
                                    config=f"--psm 7 --dpi 300 -c tessedit_char_whitelist={chars}")
    return words_from_tsv(tsv)


def best_candidate(name: str, old: str, words: list[Word]) -> tuple[str, float] | None:
    """The re-read token most like the old value, with its confidence; None when nothing fits."""
    from difflib import SequenceMatcher

    best = None
    for w in words:
        tok = w.text.strip(".,:;/-") if name in ID_FIELDS else w.text.lstrip("$")
        if not tok:
            continue
        sim = SequenceMatcher(None, _key(tok), _key(old)).ratio()
        if sim >= 0.7 and (best is None or sim > best[2]):
            best = (tok, w.conf, sim)
    return (best[0], best[1]) if best else None


def choose(name: str, old: str, old_conf: float, new: list[str | None]) -> str | None:
    """The new reading wins when the reads of the box agree on it, it is well formed and the old one was
    not, or was unsure. Agreement stands in for confidence: with a character whitelist Tesseract reports
    none (0) for a one-line read."""
    if len(new) < 2 or any(t is None for t in new) or len({_key(t) for t in new}) != 1:
        return None
    text = new[0]
    if not well_formed(name, text) or _key(text) == _key(old):
        return None
    return text if not well_formed(name, old) or old_conf < SURE else None


def page_image(source: SourceFile, page: PageText):
    """The page prepared exactly as for its read (same steps, same turn), or None if it no longer matches."""
    from intake import imaging

    prepared = imaging.prepare(page_raster(source, page.number)).image
    if page.rotation:
        prepared = prepared.rotate(-page.rotation, expand=True)
    if prepared.size != (int(page.width), int(page.height)):
        log.debug("page %d: prepared again at another size; no re-read", page.number)
        return None
    return prepared


def page_raster(source: SourceFile, number: int):
    """The page's pixels as the page read got them: a PDF page rendered again, or the image file's frame."""
    from pathlib import Path

    from intake import sources

    path = Path(source.path)
    if source.kind == "pdf":
        pdf = sources.open_pdf(path)
        try:
            page = pdf[number - 1]
            size = page.get_size()
            page.close()
        finally:
            pdf.close()
        return sources.pdf_page_image(path, number, size)
    img = sources.open_image(path)
    img.seek(number - 1)
    frame = img.copy()
    frame.info.setdefault("dpi", img.info.get("dpi"))
    img.close()
    return frame


def apply(res: Result, name: str, text: str, conf: float) -> Result:
    """The result with the field's new value (amounts normalised as the extractor does)."""
    fv = res.fields[name]
    value = text
    if name in AMOUNT_FIELDS:
        from intake.extract.money import parse_money

        value = parse_money(text if text.startswith("$") else "$" + text)
        if value is None:
            return res
    ev = replace(fv.evidence, confidence=max(fv.evidence.confidence, conf), rule=(fv.evidence.rule + " +reread").strip())
    fields = dict(res.fields, **{name: FieldValue(name, value, ev)})
    low = [n for n in res.low_confidence if n != name or ev.confidence < 0.6]
    return replace(res, fields=fields, low_confidence=low)


def reread_fields(source: SourceFile, pages: list[PageText], results: list[Result]) -> list[Result]:
    """Stage: read doubtful IDs and amounts again from their box; keep the better reading. Never raises
    on a page it cannot read again (the first reading stays)."""
    jobs = jobs_for(results, pages)
    if not jobs:
        return results
    by_number = {p.number: p for p in pages}
    results = list(results)
    for number in sorted({j.page for j in jobs}):
        try:
            image = page_image(source, by_number[number])
        except Exception as exc:  # noqa: BLE001 - a second read is a bonus; the first reading stands
            log.debug("page %d: no re-read (%s)", number, type(exc).__name__)
            continue
        if image is None:
            continue
        for job in (j for j in jobs if j.page == number):
            results[job.doc] = _reread_one(results[job.doc], job, image)
    return results


def _reread_one(res: Result, job: Job, image) -> Result:
    """Two one-line reads of the box (margins differ, so the crops differ); kept only if they agree."""
    chars = AMOUNT_CHARS if job.name in AMOUNT_FIELDS else ID_CHARS
    old = str(res.fields[job.name].value)
    texts = []
    for margin in MARGINS:
        got = best_candidate(job.name, old, read_line(crop_line(image, job.bbox, margin), chars))
        texts.append(got[0] if got else None)
        if got is None:
            break
    text = choose(job.name, old, min(w.conf for w in job.words), texts)
    log.debug("field %s: re-read on page %d, %s", job.name, job.page, "kept the new reading" if text else "kept the first")
    return apply(res, job.name, text, SURE) if text else res
