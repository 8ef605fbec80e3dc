"""Drawing helpers for round DN, helper famdnd (NYSHIP Empire Plan claim denials; dietitian medical nutrition
therapy visit-limit denials).

Why: both families need a header row of small captioned boxes (caption in small type above the value), a
landscape claims table with a provider column ("Rendering NPI / Name"), a provider statement whose letterhead and
remit-to address differ, and a footer that carries a reference number. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddm_famdme import DMSheet

TAGLINES = [
    "ATTENTION: Language assistance services, free of charge, are available to you. Call the number on this page "
    "(TTY 711).",
    "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al "
    "número de esta página (TTY 711).",
    "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn.",
]


class DNSheet(DMSheet):
    """DMSheet plus a captioned-box strip of fixed widths and a footer line with a reference number."""

    def capstrip(self, cells: list[tuple[str, str]], widths: list[float] | None = None, cap: float = 5.8,
                 size: float = 8.6, h: float = 9.6):
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.rect(x, y, cw, h)
            self.set_xy(x + 1, y + 0.7)
            self.f(cap)
            self.cell(cw - 1.5, cap * 0.42, k)
            self.set_xy(x + 1, y + 0.7 + cap * 0.42 + 0.9)
            self.f(size, "B")
            self.cell(cw - 1.5, size * 0.45, v)
            x += cw
        self.set_xy(self.l_margin, y + h)

    def taglines(self, size: float = 6.8):
        for t in TAGLINES:
            self.para(t, size, gap=0.3)


def people(rng, n: int) -> list[str]:
    """n invented 'First M. Last' names with no first or last name shared (so a decoy never matches the truth)."""
    from public_kit import person
    got, firsts, lasts = [], set(), set()
    while len(got) < n:
        full, first, _, last = person(rng)
        if first in firsts or last in lasts:
            continue
        firsts.add(first)
        lasts.add(last)
        got.append(full)
    return got
