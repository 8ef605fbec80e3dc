"""A small drawing layer for phone-app screens (fam_app_screenshot): cards, chips, status and tab bars in screen points.

Why its own module: the same screen is drawn at phone size (a screenshot or the phone's own PDF), inside a phone
body (a photo of the screen) and scaled onto a letter page (a printout that is then copied or faxed), so every
shape goes through one transform (origin and scale). Coordinates are the phone's logical points, 390 wide.
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
W = 390
GREY, INK, BLUE, LINE, BG = (112, 117, 125), (24, 26, 30), (22, 96, 196), (222, 225, 230), (244, 245, 247)
CHIPS = {"red": ((253, 226, 226), (170, 20, 20)), "green": ((221, 244, 228), (18, 110, 50)),
         "amber": ((255, 239, 205), (140, 80, 0))}


def new_pdf(w: float, h: float) -> FPDF:
    pdf = FPDF(unit="pt", format=(w, h))
    pdf.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_B)
    return pdf


class Painter:
    """Draws screen blocks top-down at (ox, oy) with scale s; `measure` only advances y."""

    def __init__(self, pdf: FPDF, ox: float, oy: float, s: float, measure: bool = False):
        self.pdf, self.ox, self.oy, self.s, self.measure, self.y = pdf, ox, oy, s, measure, 0.0

    def _font(self, size: float, bold: bool = False):
        self.pdf.set_font("DejaVu", "B" if bold else "", size * self.s)

    def box(self, x, y, w, h, fill, border=None, r=10.0):
        if self.measure:
            return
        self.pdf.set_fill_color(*fill)
        self.pdf.set_draw_color(*(border or fill))
        self.pdf.set_line_width(0.8 * self.s)
        self.pdf.rect(self.ox + x * self.s, self.oy + y * self.s, w * self.s, h * self.s, style="DF",
                      round_corners=r > 0, corner_radius=r * self.s)

    def text(self, x, y, t, size, color=INK, bold=False, right=None):
        """Baseline text at screen (x, y); right=x aligns its end there."""
        if self.measure:
            return
        self._font(size, bold)
        if right is not None:
            x = right - self.pdf.get_string_width(t) / self.s
        self.pdf.set_text_color(*color)
        self.pdf.text(self.ox + x * self.s, self.oy + y * self.s, t)

    def wrap(self, t: str, width: float, size: float, bold: bool = False) -> list[str]:
        self._font(size, bold)
        lines, cur = [], ""
        for word in t.split():
            trial = (cur + " " + word).strip()
            if cur and self.pdf.get_string_width(trial) / self.s > width:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        return lines + ([cur] if cur else [])

    # blocks ---------------------------------------------------------------
    def status(self, clock: str, battery: int):
        self.text(28, 32, clock, 15, bold=True)
        self.text(0, 32, f"5G  {battery}%", 12, bold=True, right=330)
        self.box(338, 21, 26, 13, (255, 255, 255), INK, r=3)
        self.box(340, 23, 22 * battery / 100, 9, INK, r=2)
        self.y = 50

    def brand(self, name: str, color=(20, 120, 90)):
        self.box(20, self.y + 6, 26, 26, color, r=7)
        self.text(27, self.y + 25, name[0], 16, (255, 255, 255), bold=True)
        self.text(54, self.y + 25, name, 15, bold=True)
        self.y += 40

    def nav(self, back: str, title: str):
        self.text(16, self.y + 22, "‹ " + back, 16, BLUE)
        self._font(17, True)
        tw = self.pdf.get_string_width(title) / self.s
        self.text((W - tw) / 2 + 28, self.y + 22, title, 17, bold=True)
        self.y += 40

    def heading(self, t: str, size: float = 22):
        self.text(20, self.y + size, t, size, bold=True)
        self.y += size + 14

    def chip(self, t: str, tone: str):
        fill, ink = CHIPS[tone]
        self._font(14, True)
        tw = self.pdf.get_string_width(t) / self.s
        self.box(20, self.y, tw + 28, 30, fill, r=15)
        self.text(34, self.y + 20, t, 14, ink, bold=True)
        self.y += 44

    def card(self, facts: list[tuple[str, str]], value_size: float = 19):
        """One card: each fact a small grey caption ABOVE its large value; two facts side by side."""
        rows = [facts[i:i + 2] for i in range(0, len(facts), 2)] if len(facts) > 1 else [facts]
        h = 12 + len(rows) * (value_size + 30)
        self.box(14, self.y, W - 28, h, (255, 255, 255), LINE, r=12)
        y = self.y + 12
        for row in rows:
            for i, (cap, val) in enumerate(row):
                x = 30 + i * (W - 60) / 2
                self.text(x, y + 12, cap, 12, GREY)
                self.text(x, y + 14 + value_size, val, value_size if len(row) == 1 or len(val) < 15 else 15,
                          bold=True)
            y += value_size + 30
        self.y += h + 10

    def lines(self, title: str, rows: list[tuple[str, str, str]], total: tuple[str, str] | None):
        """A card of service lines: (what, small date/code line, amount) and an optional total row."""
        h = 44 + len(rows) * 50 + (36 if total else 0)
        self.box(14, self.y, W - 28, h, (255, 255, 255), LINE, r=12)
        self.text(30, self.y + 28, title, 15, bold=True)
        y = self.y + 44
        for what, small, amt in rows:
            self.text(30, y + 16, what, 15)
            self.text(30, y + 36, small, 12, GREY)
            self.text(0, y + 16, amt, 15, bold=True, right=W - 30)
            y += 50
        if total:
            self.text(30, y + 22, total[0], 15, bold=True)
            self.text(0, y + 22, total[1], 15, bold=True, right=W - 30)
        self.y += h + 12

    def expand(self, title: str, paras: list[str], open_: bool = True):
        body = [ln for p in paras for ln in self.wrap(p, W - 60, 14) + [""]][:-1] if open_ else []
        h = 50 + len(body) * 20 + (8 if body else 0)
        self.box(14, self.y, W - 28, h, (255, 255, 255), LINE, r=12)
        self.text(30, self.y + 31, title, 16, BLUE, bold=True)
        self.text(0, self.y + 31, "▴" if open_ else "▾", 16, BLUE, right=W - 30)
        y = self.y + 58
        for ln in body:
            self.text(30, y, ln, 14)
            y += 20
        self.y += h + 12

    def note(self, t: str, size: float = 13, color=GREY):
        for ln in self.wrap(t, W - 40, size):
            self.text(20, self.y + size + 2, ln, size, color)
            self.y += size + 6
        self.y += 10

    def button(self, t: str):
        self.box(20, self.y, W - 40, 46, BLUE, r=23)
        self._font(16, True)
        tw = self.pdf.get_string_width(t) / self.s
        self.text((W - tw) / 2, self.y + 29, t, 16, (255, 255, 255), bold=True)
        self.y += 60

    def tabs(self, bottom: float, active: str):
        """The bottom tab bar, drawn at `bottom` (the screen's height)."""
        top = bottom - 84
        self.box(0, top, W, 84, (252, 252, 253), LINE, r=0)
        names = ["Home", "Claims", "ID card", "Find care", "Account"]
        for i, n in enumerate(names):
            cx = 39 + i * 78
            tone = BLUE if n == active else GREY
            self.box(cx - 11, top + 10, 22, 22, tone, r=11)
            self._font(11, n == active)
            tw = self.pdf.get_string_width(n) / self.s
            self.text(cx - tw / 2, top + 50, n, 11, tone, bold=n == active)
        self.box(W / 2 - 67, bottom - 14, 134, 5, INK, r=2.5)
