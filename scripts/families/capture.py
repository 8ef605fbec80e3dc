"""Capture simulator for the layout-family corpus: turns rendered pages into what a scanner, copier, fax or phone makes.

Why: a family is only worth testing on if its documents arrive the way mail arrives. Every condition here
leaves the marks that condition really leaves (JPEG blocks, 1-bit fax halftone, copier toner, photo keystone).

Interface for family modules (`scripts/families/fam_<name>.py`), used by `scripts/make_families.py`:

    FAMILY = "name"                      # also the truth's `template`
    LANG = "en"                          # default language (a document's truth may override `lang`)
    def documents(rng: random.Random) -> list[Item]

    Item(name, condition, docs, separators=None)
        name        file stem, unique in the corpus, MUST start with FAMILY + "_" (e.g. "idn_bd_mednec"; the
                    driver deletes a family's old files by that prefix); the driver adds the extension
        condition   one of CONDITIONS
        docs        list of (pdf_bytes, truth) - one entry = a single-document file; several = a stack
        separators  optional, one per doc: None, "cover" (a fax cover sheet BEFORE that doc),
                    "blank" (a blank separator page AFTER that doc), "duplex" (the blank back of that doc's
                    last sheet AFTER it, with faint show-through) or PDF bytes (pages of their own BEFORE that
                    doc, e.g. a handwritten cover note; they belong to no document). With separators a single
                    document is written as a one-element list, so its cover is in no document's pages
        turns       optional {(doc index, page index): degrees}: pages fed sideways or upside down inside a
                    stack (the rest of the file stays upright)
        screenshot_px  optional, born_digital single documents only: write the page as a colour PNG this many
                    pixels wide (a phone screenshot is born digital but has no text layer)

    truth is the eval README's object without `condition`/`template`/`pages` (the driver adds those):
    document_type, denial_type, fields (all 11 keys), lang, optional alternates/unscored/...

Lower-level API (any caller):
    render(pdf_bytes, dpi=300) -> list of grey PIL pages
    capture(pages_or_pdf, condition, rng) -> (file_bytes, ext)
    write(path_stem, pages_or_pdf, condition, rng) -> Path
    stack(docs, condition, rng, separators) -> (pages_or_pdf, truths)   # truths carry `pages`
"""

from __future__ import annotations

import io
import random
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

CONDITIONS = ("born_digital", "scan_clean_300", "scan_lowres_150", "photocopy", "fax_fine_g4",
              "fax_standard_g4", "phone_photo", "rotated")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@dataclass
class Item:
    """One output file: a single document or a stack of several."""
    name: str
    condition: str
    docs: list = field(default_factory=list)
    separators: list | None = None
    screenshot_px: int | None = None
    turns: dict | None = None


def render(pdf: bytes, dpi: int = 300) -> list[Image.Image]:
    """Rasterise a PDF to grey pages with poppler (as a scanner would see the printed page)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(src), str(Path(tmp) / "p")], check=True)
        return [Image.open(p).copy() for p in sorted(Path(tmp).glob("p-*.pgm"))]


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randint(0, 2 ** 31))


def _to_img(a: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def _sensor_noise(img: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    """Mottle (low-frequency paper and sensor unevenness) plus sparse dust: what a scan adds, and it compresses."""
    a = np.asarray(img, dtype=np.float32)
    g = _np_rng(rng)
    h, w = a.shape
    low = g.normal(0, sigma, (max(2, h // 24), max(2, w // 24))).astype(np.float32)
    mottle = np.asarray(Image.fromarray(low, "F").resize((w, h), Image.BILINEAR))
    a = a + mottle
    dust = g.random(a.shape) < 0.00015
    a[dust] -= g.uniform(40, 120, dust.sum())
    return _to_img(a)


def _posterize(img: Image.Image) -> Image.Image:
    """A scanner's text mode keeps few grey levels; PNG then stays small."""
    return img.point(lambda v: min(255, (v // 24) * 24 + (31 if v > 231 else 0)))


def scan_clean(img: Image.Image, rng: random.Random) -> Image.Image:
    """Flatbed/ADF at 300 dpi: faint skew, a slightly grey paper, a little sensor noise."""
    img = img.rotate(rng.uniform(-0.7, 0.7), fillcolor=250, resample=Image.BICUBIC)
    a = np.asarray(img, dtype=np.float32) * 0.97 + 4
    return _sensor_noise(_to_img(a), rng, 3).filter(ImageFilter.GaussianBlur(0.4))


def scan_lowres(img: Image.Image, rng: random.Random) -> Image.Image:
    """A 150 dpi scan: half the pixels, softer strokes."""
    img = img.rotate(rng.uniform(-0.8, 0.8), fillcolor=252, resample=Image.BICUBIC)
    small = img.resize((img.width // 2, img.height // 2), Image.BOX)
    return _sensor_noise(small, rng, 3)


def photocopy(img: Image.Image, rng: random.Random) -> Image.Image:
    """A copy of a copy: grey background, toner streaks, speckle, dark edges, 1-2 degree skew, blur."""
    g = _np_rng(rng)
    a = np.asarray(img, dtype=np.float32)
    a = a * rng.uniform(0.72, 0.82) + rng.uniform(30, 45)          # grey paper, weaker black
    h, w = a.shape
    for _ in range(rng.randint(1, 3)):                             # vertical toner streaks
        x, width = rng.randint(0, w - 20), rng.randint(2, 9)
        a[:, x:x + width] -= rng.uniform(25, 70)
    speck = g.random(a.shape) < rng.uniform(0.0006, 0.0018)        # toner speckle
    a[speck] = g.uniform(20, 90, speck.sum())
    edge = int(w * rng.uniform(0.012, 0.03))                       # dark borders from the lid
    a[:, :edge] = np.minimum(a[:, :edge], 55)
    a[:, w - edge // 2:] = np.minimum(a[:, w - edge // 2:], 70)
    a[:int(h * 0.01), :] = np.minimum(a[:int(h * 0.01), :], 60)
    img = _to_img(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.2)))
    angle = rng.choice([-1, 1]) * rng.uniform(1.0, 2.0)
    img = img.rotate(angle, fillcolor=60, resample=Image.BICUBIC)
    return _sensor_noise(img, rng, 7)


def fax(img: Image.Image, rng: random.Random, fine: bool) -> Image.Image:
    """A G3/G4 fax: 204 dpi across, 196 (fine) or 98 (standard) down, thresholded to 1 bit with line noise."""
    yd = 196 if fine else 98
    img = img.rotate(rng.uniform(-1.0, 1.0), fillcolor=255, resample=Image.BICUBIC)
    small = img.resize((round(img.width * 204 / 300), round(img.height * yd / 300)), Image.BILINEAR)
    a = np.asarray(small, dtype=np.float32) + _np_rng(rng).normal(0, 14, (small.height, small.width))
    a = np.where(a > rng.uniform(140, 165), 255, 0).astype(np.uint8)
    g = _np_rng(rng)
    for _ in range(rng.randint(0, 3)):                             # dropped/streaked scan lines
        y = g.integers(0, a.shape[0])
        a[y, :] = 255 if g.random() < 0.5 else a[y, :]
    out = Image.fromarray(a, "L").convert("1")
    out.info["dpi"] = (204, yd)
    return out


def phone_photo(img: Image.Image, rng: random.Random) -> Image.Image:
    """A phone picture of the page on a table: keystone warp, darker surround, uneven light, blur, JPEG."""
    w, h = img.size
    scale = 0.62
    page = img.resize((int(w * scale), int(h * scale)), Image.LANCZOS)
    pw, ph = page.size
    cw, ch = int(pw * 1.18), int(ph * 1.12)
    canvas = Image.new("L", (cw, ch), rng.randint(45, 85))
    ox, oy = (cw - pw) // 2, (ch - ph) // 2
    canvas.paste(page, (ox, oy))
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    k = 0.03
    tilt = rng.uniform(0.02, 0.05) * rng.choice([-1, 1])            # camera not square to the page: keystone
    dst = [(ox + pw * max(tilt, 0) + j(pw * k), oy + j(ph * k)), (ox + pw - pw * max(-tilt, 0) + j(pw * k), oy + j(ph * k)),
           (ox + pw + j(pw * k), oy + ph + j(ph * k)), (ox + j(pw * k), oy + ph + j(ph * k))]
    src = [(ox, oy), (ox + pw, oy), (ox + pw, oy + ph), (ox, oy + ph)]
    coeffs = _perspective(dst, src)
    warped = canvas.transform((cw, ch), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=canvas.getpixel((0, 0)))
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * cw, rng.uniform(0.1, 0.6) * ch
    dist = np.sqrt(((xx - cx) / cw) ** 2 + ((yy - cy) / ch) ** 2)
    light = 1.02 - rng.uniform(0.25, 0.4) * dist
    a = np.asarray(warped, dtype=np.float32) * light
    img = _to_img(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.2)))
    return _sensor_noise(img, rng, 4)


def _perspective(dst, src) -> list[float]:
    """Coefficients PIL wants: map output (dst) points back to input (src) points."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return list(np.linalg.solve(np.array(m, dtype=np.float64), b))


def rotated(img: Image.Image, rng: random.Random, angle: int) -> Image.Image:
    """A page fed sideways or upside down, otherwise a clean scan."""
    return scan_clean(img, rng).rotate(angle, expand=True)


def degrade(pages: list[Image.Image], condition: str, rng: random.Random) -> list[Image.Image]:
    """Apply one capture condition to every page (a rotated file turns all its pages the same way)."""
    if condition == "rotated":
        angle = rng.choice([90, 180, 270])
        return [rotated(p, rng, angle) for p in pages]
    fn = {"scan_clean_300": scan_clean, "scan_lowres_150": scan_lowres, "photocopy": photocopy,
          "phone_photo": phone_photo, "fax_fine_g4": lambda p, r: fax(p, r, True),
          "fax_standard_g4": lambda p, r: fax(p, r, False)}[condition]
    return [fn(p, rng) for p in pages]


def _pdf_of_images(pages: list[Image.Image], dpi: float, quality: int) -> bytes:
    buf = io.BytesIO()
    fixed = __import__("time").gmtime(1767225600)
    pages = [p.convert("L") if p.mode not in ("L", "1") else p for p in pages]
    extra = {} if pages[0].mode == "1" else {"quality": quality}
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, creationDate=fixed,
                  modDate=fixed, **extra)
    return buf.getvalue()


def screenshot(pdf: bytes, width_px: int) -> bytes:
    """The PDF's single page as a colour PNG `width_px` wide: what a phone's screenshot saves (no text layer)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-singlefile", "-scale-to-x", str(width_px), "-scale-to-y", "-1",
                        str(src), str(Path(tmp) / "s")], check=True)
        img = Image.open(Path(tmp) / "s.png").convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def capture(pages, condition: str, rng: random.Random, screenshot_px: int | None = None) -> tuple[bytes, str]:
    """File bytes and extension for pages (or a PDF's bytes) captured under `condition`."""
    if condition not in CONDITIONS:
        raise ValueError(f"unknown condition {condition}")
    if condition == "born_digital":
        if not isinstance(pages, (bytes, bytearray)):
            raise ValueError("born_digital needs the PDF's bytes")
        if screenshot_px:
            return screenshot(bytes(pages), screenshot_px), ".png"
        return bytes(pages), ".pdf"
    if isinstance(pages, (bytes, bytearray)):
        pages = render(bytes(pages))
    out = degrade(pages, condition, rng)
    buf = io.BytesIO()
    if condition.startswith("fax_"):
        out[0].save(buf, "TIFF", save_all=True, append_images=out[1:], compression="group4", dpi=out[0].info["dpi"])
        return buf.getvalue(), ".tif"
    dpi = 150 if condition == "scan_lowres_150" else 300
    if condition == "phone_photo":
        if len(out) == 1:
            out[0].convert("RGB").save(buf, "JPEG", quality=70)
            return buf.getvalue(), ".jpg"
        return _pdf_of_images(out, 200, 70), ".pdf"
    if len(out) == 1 and condition in ("scan_lowres_150", "rotated") and rng.random() < 0.5:
        _posterize(out[0]).save(buf, "PNG", dpi=(dpi, dpi), optimize=True)
        return buf.getvalue(), ".png"
    bilevel = 0.4 if len(out) == 1 else 1.0                       # multi-page: the ADF's black-and-white default
    if condition in ("scan_clean_300", "rotated") and rng.random() < bilevel:   # a scanner's black-and-white mode
        out = [p.point(lambda v: 255 if v > 150 else 0).convert("1") for p in out]
    elif condition == "photocopy" and len(out) > 1:               # copier's scan-to-PDF default of 200 dpi
        out = [p.resize((p.width * 2 // 3, p.height * 2 // 3), Image.LANCZOS) for p in out]
        dpi = 200
    quality = rng.choice([50, 58, 66]) if len(out) == 1 else rng.choice([42, 50])
    return _pdf_of_images(out, dpi, quality), ".pdf"


def write(path_stem, pages, condition: str, rng: random.Random) -> Path:
    """Capture and write `path_stem + ext`; returns the path written."""
    data, ext = capture(pages, condition, rng)
    path = Path(str(path_stem) + ext)
    path.write_bytes(data)
    return path


def cover_sheet(rng: random.Random, to: str | None = None) -> Image.Image:
    """A hand-typed fax cover sheet page (300 dpi grey) that belongs to no document."""
    img = Image.new("L", (2550, 3300), 255)
    d = ImageDraw.Draw(img)
    big, mid = ImageFont.truetype(FONT_BOLD, 110), ImageFont.truetype(FONT, 54)
    d.text((200, 220), rng.choice(["FAX", "FACSIMILE TRANSMITTAL", "Fax Cover Sheet"]), font=big, fill=0)
    rows = [("To:", to or rng.choice(["Patient Advocate Office", "Billing Advocacy Desk", "Appeals Clinic"])),
            ("From:", rng.choice(["Front desk", "Member (self)", "Family caregiver"])),
            ("Fax:", f"(555) 01{rng.randint(0, 9)}-{rng.randint(1000, 9999)}"),
            ("Date:", f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/26"),
            ("Pages:", f"{rng.randint(2, 7)} incl. cover"), ("Re:", "insurance letters, please review")]
    y = 520
    for k, v in rows:
        d.text((220, y), k, font=mid, fill=0)
        d.text((620, y), v, font=mid, fill=0)
        d.line((600, y + 70, 2200, y + 70), fill=0, width=3)
        y += 140
    d.text((220, y + 120), "CONFIDENTIALITY NOTICE: this facsimile may contain protected health", font=mid, fill=0)
    d.text((220, y + 190), "information. If you received it in error, call the sender.", font=mid, fill=0)
    return img


def merge_pdfs(pdfs: list[bytes]) -> bytes:
    """One PDF of several born-digital PDFs (a stack downloaded from a portal)."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for pdf in pdfs:
        out.import_pages(pdfium.PdfDocument(pdf))
    buf = io.BytesIO()
    out.save(buf)
    return _fixed_id(buf.getvalue(), pdfs)


def _fixed_id(data: bytes, pdfs: list[bytes]) -> bytes:
    """pdfium writes a random file /ID; a digest of the inputs (same length, so offsets hold) keeps builds exact."""
    import hashlib
    import re

    digest = hashlib.md5(b"".join(pdfs)).hexdigest().upper().encode()
    return re.sub(rb"/ID\s*\[<[0-9A-Fa-f]{32}><[0-9A-Fa-f]{32}>\]",
                  lambda m: m.group(0)[: m.group(0).index(b"<")] + b"<" + digest + b"><" + digest + b">]", data)


def _pdf_pages(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(pdf))


def _show_through(page: Image.Image) -> Image.Image:
    """The blank back of a printed sheet as a duplex scanner sees it: the front's text, mirrored and very faint."""
    a = np.asarray(page.transpose(Image.FLIP_LEFT_RIGHT), dtype=np.float32)
    return _to_img(255 - (255 - a) * 0.05)


def stack(docs: list, condition: str, rng: random.Random, separators: list | None = None, turns: dict | None = None):
    """Several documents in one file: (pages or merged PDF, truths each with its 1-based `pages`)."""
    separators = separators or [None] * len(docs)
    turns = turns or {}
    truths, n = [], 0
    if condition == "born_digital":
        pdfs = []
        for (pdf, truth), sep in zip(docs, separators):
            if isinstance(sep, (bytes, bytearray)):
                pdfs.append(bytes(sep))
                n += _pdf_pages(bytes(sep))
            k = _pdf_pages(pdf)
            truths.append(dict(truth, pages=list(range(n + 1, n + k + 1))))
            pdfs.append(pdf)
            n += k
        return merge_pdfs(pdfs), truths
    pages = []
    for i, ((pdf, truth), sep) in enumerate(zip(docs, separators)):
        if sep == "cover":
            pages.append(cover_sheet(rng))
            n += 1
        elif isinstance(sep, (bytes, bytearray)):
            own = render(bytes(sep))
            pages += own
            n += len(own)
        rendered = render(pdf)
        truths.append(dict(truth, pages=list(range(n + 1, n + len(rendered) + 1))))
        pages += [p.rotate(turns[(i, j)], expand=True, fillcolor=255) if (i, j) in turns else p
                  for j, p in enumerate(rendered)]
        n += len(rendered)
        if sep == "blank":
            pages.append(Image.new("L", rendered[-1].size, 255))
            n += 1
        elif sep == "duplex":
            pages.append(_show_through(rendered[-1]))
            n += 1
    return pages, truths
