"""Round AC (famcc) helpers: people, numbers, letterheads, date/money printers and the pen-and-highlighter overlays
for annotated_denial_letter_photo and billing_dispute_response_letter.

Every name below was grepped against the other kits, family modules and the families README: none used before.
Everything is fictional; phone numbers are 555 numbers.

Overlays (a member's or advocate's marks on the paper copy): handwriting, circles, arrows and sticky notes are drawn
with PIL as transparent PNG images and placed on the page with fpdf; highlighter bands are PNG images placed with the
PDF 'Multiply' blend mode, so the printed text stays dark under them. The letter's text layer is untouched (the
checker reads it); the marks become part of the picture when the page is captured.
"""

from __future__ import annotations

import datetime as dt
import io
import random

from PIL import Image, ImageDraw, ImageFont

from inv_kit import Doc

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
FIRST = ["Alastair", "Godfrey", "Merryn", "Benedek"]
LAST = ["Tenterden", "Fenchurch", "Corwen", "Pilgrim", "Varley", "Poltimore"]
FIRST_ES = ["Fidencio", "Sabela", "Anxo", "Xabier"]
LAST_ES = ["Escobedo", "Madrigal", "Yepes"]
CLIN_FIRST = ["Godfrey", "Merryn", "Benedek", "Alastair"]
CLIN_LAST = ["Hawkridge", "Culbone", "Brendon", "Cranleigh"]
STREETS = ["Fenchurch Row", "Corwen Terrace"]
CITIES = [("Ouray", "CO", "81427"), ("Medora", "ND", "58645"), ("Kadoka", "SD", "57543")]
CITIES_ES = [("Eunice", "NM", "88231")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
INK = {"blue": (28, 48, 150, 255), "black": (25, 25, 30, 255), "red": (170, 25, 30, 255)}
HILITE = {"yellow": (255, 236, 70), "pink": (255, 140, 190), "green": (140, 240, 120)}
PX = 12  # overlay pixels per millimetre (about 300 dpi)


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=foot, header=header, margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


def person(rng: random.Random, lang: str = "en") -> str:
    firsts = FIRST_ES if lang == "es" else FIRST
    lasts = LAST_ES if lang == "es" else LAST
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"


def clinician(rng: random.Random, *taken: str) -> str:
    lasts = {t.split()[-1] for t in taken}
    firsts = {t.split()[0] for t in taken}
    while True:
        c = f"{rng.choice(CLIN_FIRST)} {rng.choice('BCDFGHKLMNPRSTW')}. {rng.choice(CLIN_LAST)}"
        if c.split()[-1] not in lasts and c.split()[0] not in firsts:
            return c


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, a lower-case letter is that letter in capitals, anything
    else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern).upper()


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "space": f"$ {v:,.2f}",
            "usd": f"USD {v:,.2f}", "es": f"US$ {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "dlong": d.strftime("%-d %B %Y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
            "es_abbr": f"{d.day:02d}-{MES_ABBR[d.month - 1]}-{d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['33', '66', '77'])}-555-{rng.randint(7000, 7999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.randint(210, 980)}) 555-{rng.randint(2000, 2999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)


def letterhead(d: Page, style: str, name: str, line2: str, logo: str = "", parent: str = "") -> None:
    """Three letterheads: logo word over a rule, parent line above the name, return-address block."""
    if style == "logo":
        d.text_line(logo, 21, "B", h=10)
        d.rule(0.8, 1)
        d.text_line(f"{name}  ·  {line2}", 8.3, h=4.5)
    elif style == "parent":
        d.text_line(parent, 8, align="C", h=4)
        d.text_line(name, 14.5, "B", align="C", h=7)
        d.text_line(line2, 8.5, align="C", h=4.5)
        d.rule(0.4, 1)
    else:
        d.text_line(name, 11.5, "B", h=5.5)
        for ln in line2.split(" | "):
            d.text_line(ln, 9.3, h=4.6)
    d.ln(3)


def pairs(d: Page, rows, kw: float = 46, size: float = 9.4, marks: dict | None = None) -> None:
    """Label/value rows; `marks` (if given) gets {label: (x, y, w, h)} of each value in millimetres."""
    for k, v in rows:
        if not v:
            continue
        d.font(size, "B")
        d.cell(kw, 5, k)
        d.font(size)
        if marks is not None:
            marks[k] = (d.get_x(), d.get_y(), d.get_string_width(v), 5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def mail_to(d: Page, lines: list[str]) -> None:
    d.font(10)
    d.multi_cell(100, 4.8, "\n".join([lines[0].upper()] + lines[1:]), new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def signature(d: Page, lines: list[str]) -> None:
    d.ln(1)
    d.text_line(lines[0], 10, h=5)
    d.ln(5)
    for ln in lines[1:]:
        d.text_line(ln, 10, h=5)
    d.ln(2)


def para_at(d: Page, text: str, size: float = 9.8, gap: float = 2.5) -> tuple[float, float]:
    """A paragraph; returns (top y, bottom y) in millimetres, for a highlighter or a margin mark beside it."""
    y0 = d.get_y()
    d.para(text, size, gap)
    return y0, d.get_y() - gap


# ---------------------------------------------------------------- overlays (pen, highlighter, sticky note)

def _png(img: Image.Image) -> io.BytesIO:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return buf


def hand_image(rng: random.Random, lines: list[str], size_mm: float = 4.2, ink: str = "blue",
               paper: tuple | None = None, pad_mm: float = 2.0) -> Image.Image:
    """Lines of 'handwriting' (italic serif, every letter its own size, slant and baseline) on a transparent
    background, or on a coloured square (a sticky note) when `paper` is given."""
    px = int(size_mm * PX)
    font_cache = {}
    line_h = int(px * 1.35)
    width = int(max(len(s) for s in lines) * px * 0.62 + 2 * pad_mm * PX)
    height = int(len(lines) * line_h + 2 * pad_mm * PX)
    img = Image.new("RGBA", (width, height), paper + (255,) if paper else (0, 0, 0, 0))
    for li, text in enumerate(lines):
        x = pad_mm * PX
        y0 = pad_mm * PX + li * line_h
        drift = rng.uniform(-0.05, 0.05)
        for ch in text:
            s = max(8, px + rng.randint(-px // 9, px // 9))
            f = font_cache.setdefault(s, ImageFont.truetype(HAND, s))
            glyph = Image.new("RGBA", (int(s * 1.6), int(s * 1.6)), (0, 0, 0, 0))
            ImageDraw.Draw(glyph).text((s * 0.25, s * 1.15), ch, font=f, fill=INK[ink], anchor="ls")
            glyph = glyph.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC)
            y = int(y0 + rng.uniform(-px * 0.05, px * 0.05) + drift * (x - pad_mm * PX))
            img.alpha_composite(glyph, (int(x), max(0, min(height - glyph.height, y))))
            x += f.getlength(ch) * rng.uniform(0.96, 1.1) if ch != " " else px * 0.38
            if x > width - px:
                break
    return img


def circle_image(rng: random.Random, w_mm: float, h_mm: float, ink: str = "red") -> Image.Image:
    """A hand-drawn loop around a word: an ellipse drawn in one stroke that overshoots where it began."""
    import math

    w, h = int((w_mm + 6) * PX), int((h_mm + 2.2) * PX)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    cx, cy, rx, ry = w / 2, h / 2, w / 2 - 8, h / 2 - 8
    start = rng.uniform(0, 2 * math.pi)
    pts = []
    for k in range(130):
        t = start + k / 120 * 2 * math.pi
        grow = 1 + 0.04 * k / 130 + rng.uniform(-0.01, 0.01)
        pts.append((cx + rx * grow * math.cos(t), cy + ry * grow * math.sin(t)))
    d.line(pts, fill=INK[ink], width=7, joint="curve")
    return img


def band_image(rng: random.Random, w_mm: float, h_mm: float, color: str = "yellow") -> Image.Image:
    """A highlighter stroke: a band with ragged ends and uneven ink, to be laid on with the Multiply blend."""
    w, h = int(w_mm * PX), int(h_mm * PX)
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    r, g, b = HILITE[color]
    for x in range(w):
        top = int(rng.uniform(0, h * 0.12))
        bot = int(h - rng.uniform(0, h * 0.12))
        if x < 10 or x > w - 10:
            top, bot = top + int(h * 0.15), bot - int(h * 0.15)
        k = rng.uniform(0.93, 1.0)
        d.line([(x, top), (x, bot)], fill=(int(255 - (255 - r) * k), int(255 - (255 - g) * k), int(255 - (255 - b) * k)))
    return img


def place(d: Page, img: Image.Image, x: float, y: float, multiply: bool = False) -> None:
    """Put an overlay image on the current page at (x, y) mm, at PX pixels per millimetre."""
    w, h = img.width / PX, img.height / PX
    if multiply:
        with d.local_context(blend_mode="Multiply"):
            d.image(_png(img), x=x, y=y, w=w, h=h)
    else:
        d.image(_png(img), x=x, y=y, w=w, h=h)


def highlight(d: Page, rng: random.Random, x: float, y: float, w: float, h: float = 5.0,
              color: str = "yellow") -> None:
    place(d, band_image(rng, w + 2, h), x - 1, y, multiply=True)


def circle(d: Page, rng: random.Random, x: float, y: float, w: float, h: float = 5.0, ink: str = "red") -> None:
    place(d, circle_image(rng, w, h, ink), x - 3, y - 1.1)


def write(d: Page, rng: random.Random, x: float, y: float, lines: list[str], size_mm: float = 4.2,
          ink: str = "blue", angle: float = 0.0) -> None:
    img = hand_image(rng, lines, size_mm, ink)
    if angle:
        img = img.rotate(angle, expand=True, resample=Image.BICUBIC)
    place(d, img, x, y)


def sticky(d: Page, rng: random.Random, x: float, y: float, lines: list[str], size_mm: float = 4.4,
           color: tuple = (255, 238, 120), ink: str = "black") -> None:
    """A square sticky note with a shadowed edge, slightly turned, written on."""
    note = hand_image(rng, lines, size_mm, ink, paper=color, pad_mm=3.5)
    side = max(note.width, note.height)
    sq = Image.new("RGBA", (side, side), color + (255,))
    sq.alpha_composite(note, (0, (side - note.height) // 3))
    dd = ImageDraw.Draw(sq)
    dd.rectangle([0, 0, side - 1, int(side * 0.07)], fill=tuple(max(0, c - 18) for c in color) + (255,))
    shadow = Image.new("RGBA", (side + 14, side + 14), (0, 0, 0, 0))
    ImageDraw.Draw(shadow).rectangle([10, 10, side + 13, side + 13], fill=(60, 60, 60, 90))
    shadow.alpha_composite(sq, (0, 0))
    place(d, shadow.rotate(rng.uniform(-5, 5), expand=True, resample=Image.BICUBIC), x, y)


def arrow(d: Page, rng: random.Random, x0: float, y0: float, x1: float, y1: float, ink: str = "red") -> None:
    """A pen arrow from (x0, y0) to (x1, y1) in millimetres."""
    import math

    lx, ly = min(x0, x1) - 4, min(y0, y1) - 4
    w, h = int((abs(x1 - x0) + 8) * PX), int((abs(y1 - y0) + 8) * PX)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    a = ((x0 - lx) * PX, (y0 - ly) * PX)
    b = ((x1 - lx) * PX, (y1 - ly) * PX)
    mid = ((a[0] + b[0]) / 2 + rng.uniform(-20, 20), (a[1] + b[1]) / 2 + rng.uniform(-20, 20))
    dr.line([a, mid, b], fill=INK[ink], width=6, joint="curve")
    ang = math.atan2(b[1] - mid[1], b[0] - mid[0])
    for da in (2.6, -2.6):
        dr.line([b, (b[0] + 36 * math.cos(ang + da), b[1] + 36 * math.sin(ang + da))], fill=INK[ink], width=6)
    place(d, img, lx, ly)
