"""Drawing helpers for round DN, helper famdnf (Wisconsin SeniorCare drug claim notices; corrected claims with
frequency code 7 rejected because the original cannot be found or denied as filed too late).

Why: both families need a header of small captioned boxes (caption in small type above the value), a right-hand
sidebar, a fax machine's header line, a footer that carries a reference number, and a barcode with a caption under
it. DMSheet (round DM) already draws the sidebar, the box grid and the fax line; this adds the barcode and a footer
reference. Everything printed with them is invented.
"""

from __future__ import annotations

import random

from kit_rounddm_famdme import DMSheet


class DNSheet(DMSheet):
    """DMSheet plus a footer reference line and a drawn barcode with a caption."""

    def __init__(self, *a, foot_ref: str | None = None, **k):
        super().__init__(*a, **k)
        self.foot_ref = foot_ref

    def footer(self):
        super().footer()
        if self.foot_ref:
            self.set_y(-10)
            self.set_font(self.face, "", 6.8)
            self.cell(0, 3, self.foot_ref, align="C")

    def barcode(self, x: float, y: float, caption: str, seed: int, w: float = 52, h: float = 9):
        """Bars of random widths (a look, not a real symbology) with the caption under them."""
        r = random.Random(seed)
        xx = x
        while xx < x + w:
            bw = r.choice([0.3, 0.3, 0.5, 0.7])
            self.rect(xx, y, bw, h, style="F")
            xx += bw + r.choice([0.3, 0.4, 0.6])
        self.set_xy(x, y + h + 0.6)
        self.set_font(self.face, "", 7)
        self.cell(w, 3, caption, align="C")


TAGLINES = [
    "ATTENTION: If you speak another language, free language help is available. Call the number on this page "
    "(TTY 711).",
    "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al "
    "número de esta página (TTY 711).",
    "LUS CEEV: Yog tias koj hais lus Hmoob, cov kev pab txog lus, muaj kev pab dawb rau koj.",
]
