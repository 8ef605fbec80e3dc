"""Leader dots and dashes ("Member ID ........ X", "Claim no. ------ X") found and painted out before OCR.

Why: Tesseract reads a row of leader dots as letters and glues them to the label and the value beside it
("Claimant ......... Name" came back as "Gla a. oho nna ncn andna ta Name"), so a form's whole label column
is lost on a scan while its text layer reads cleanly. With the dots gone the label and the value stand apart
with a wide gap, the way a label column reads everywhere else. The decision (which small marks form a leader)
is a pure function of component boxes, tested without images; the image work is one connected-components pass on
a half-size copy (about 0.02 s a page) and a small one inside each leader's box.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

INK = 150              # grey level below which a pixel is ink (prepared pages are 300 dpi grey)
DOT_MAX = 10           # px at 300 dpi: a leader dot of 8-12 pt type is 4-7 px; letters of body type are larger
DASH_MAX_H = 6         # px: a dash is a short flat stroke
DASH_MAX_W = 32
MIN_MARKS = 8          # a shorter row of dots is an ellipsis, punctuation or a few small letters, not a leader
ROW_TOLERANCE = 3      # px between the bottoms of two marks of one leader
GAP_MAX = 16           # px of white between two marks of one leader (after the mark's own width is allowed for)
REGULARITY = 0.2       # a leader's marks are evenly spaced: std of the steps at most this share of their mean
SAME_SIZE = 3          # px: a leader's marks differ in width and height by no more (small letters do: n, i, m)


@dataclass(frozen=True)
class Mark:
    """One small connected component: where it is and which component label it has."""

    label: int
    x: int
    y: int
    w: int
    h: int

    @property
    def bottom(self) -> int:
        return self.y + self.h


def is_mark(w: int, h: int) -> bool:
    """A dot (small, roughly square) or a dash (short, flat): the shapes leaders are made of."""
    dot = 2 <= w <= DOT_MAX and 2 <= h <= DOT_MAX and w <= 2.2 * h and h <= 2.2 * w
    dash = 1 <= h <= DASH_MAX_H and max(5, 2 * h) <= w <= DASH_MAX_W
    return dot or dash


def _fits(chain: list[Mark], m: Mark) -> bool:
    last = chain[-1]
    gap = m.x - (last.x + last.w)
    return 0 <= gap <= max(GAP_MAX, 2.5 * last.w) and abs(m.bottom - last.bottom) <= ROW_TOLERANCE


def _even(chain: list[Mark]) -> bool:
    """Evenly spaced marks of one size: a leader. Specks of a photocopy line up by chance, unevenly."""
    steps = [b.x - a.x for a, b in zip(chain, chain[1:])]
    mean = sum(steps) / len(steps)
    spread = (sum((s - mean) ** 2 for s in steps) / len(steps)) ** 0.5
    heights, widths = sorted(m.h for m in chain), sorted(m.w for m in chain)
    return spread <= REGULARITY * mean + 1 and heights[-1] - heights[0] <= SAME_SIZE and \
        widths[-1] - widths[0] <= SAME_SIZE


def leader_chains(marks: list[Mark]) -> list[list[Mark]]:
    """Rows of at least MIN_MARKS evenly spaced marks on one baseline, left to right (pure: boxes in, rows out).
    Open rows are kept by the bottom of their last mark, so each mark looks at a few rows, not all of them."""
    by_bottom: dict[int, list[list[Mark]]] = {}
    chains: list[list[Mark]] = []
    for m in sorted(marks, key=lambda k: (k.x, k.y)):
        home = next((c for b in range(m.bottom - ROW_TOLERANCE, m.bottom + ROW_TOLERANCE + 1)
                     for c in by_bottom.get(b, ()) if _fits(c, m)), None)
        if home is None:
            home = []
            chains.append(home)
        else:
            by_bottom[home[-1].bottom].remove(home)
        home.append(m)
        by_bottom.setdefault(m.bottom, []).append(home)
    return [c for c in chains if len(c) >= MIN_MARKS and _even(c)]


def _marks(ink, scale: int = 1) -> tuple[list[Mark], object]:
    """Leader-shaped components of a binary image whose pixels stand for scale x scale page pixels, with
    their boxes in that image's pixels (and the label image)."""
    import numpy as np

    from intake.cleanup import opencv

    _, labels, stats, _ = opencv().connectedComponentsWithStats(ink, connectivity=8)
    w, h = stats[:, 2] * scale, stats[:, 3] * scale
    small = np.nonzero((w <= DASH_MAX_W) & (h <= DOT_MAX))[0]
    return [Mark(int(i), int(stats[i, 0]), int(stats[i, 1]), int(stats[i, 2]), int(stats[i, 3])) for i in small
            if i and is_mark(int(w[i]), int(h[i]))], labels


def _half_chains(a) -> list[tuple[int, int, int, int]]:
    """Boxes (full-page pixels, padded) of the leaders found on a half-size copy: a quarter of the pixels to
    label, which is most of this step's cost."""
    from intake.cleanup import opencv

    cv2 = opencv()
    half = cv2.resize(a, (a.shape[1] // 2, a.shape[0] // 2), interpolation=cv2.INTER_AREA)
    marks, _ = _marks((half < INK).astype("uint8"), scale=2)
    if len(marks) < MIN_MARKS:
        return []
    scaled = [Mark(m.label, m.x * 2, m.y * 2, m.w * 2, m.h * 2) for m in marks]
    return [(min(m.x for m in c) - 3, min(m.y for m in c) - 3, max(m.x + m.w for m in c) + 3,
             max(m.bottom for m in c) + 3) for c in leader_chains(scaled)]


CLEAR_ABOVE = 14        # px above a leader that hold no ink: it stands alone between a label and a value
CLEAR_SHARE = 0.02     # of that band: more ink there and the marks are the broken feet of a row of letters


def _clear_above(a, box: tuple[int, int, int, int]) -> bool:
    """White above the marks: a leader's dots or dashes have nothing over them, while the bottoms of a fax's
    broken digits (evenly spaced small pieces too) have the rest of the digits right above."""
    x0, y0, x1, _ = box
    band = a[max(0, y0 - CLEAR_ABOVE):max(0, y0), max(0, x0):x1]
    return band.size > 0 and float((band < INK).mean()) < CLEAR_SHARE


def erase_leaders(img: Image.Image) -> Image.Image:
    """The page with its leader dots and dashes painted white (img itself when it has none). Same size, so
    word boxes still match the page. Found on a half-size copy; inside each leader's box only the small marks
    are painted out at full size, so a letter touching the box's end stays."""
    import numpy as np

    from intake.cleanup import opencv

    a = np.asarray(img)
    boxes = _half_chains(a)
    if not boxes:
        return img
    boxes = [b for b in boxes if _clear_above(a, b)]
    if not boxes:
        return img
    out = a.copy()
    for x0, y0, x1, y1 in boxes:
        x0, y0 = max(0, x0), max(0, y0)
        region = out[y0:y1, x0:x1]
        marks, labels = _marks((region < INK).astype("uint8"))
        inside = [m.label for m in marks if m.x > 0 and m.y > 0 and m.x + m.w < region.shape[1]
                  and m.bottom < region.shape[0]]
        gone = np.isin(labels, inside).astype("uint8")  # with the grey rim type smoothing leaves round each mark
        region[opencv().dilate(gone, np.ones((3, 3), "uint8")) > 0] = 255
    return Image.fromarray(out, "L")
