"""Clean-up for poor captures (phone photos, standard faxes), each step chosen from a thumbnail and kept if measured.

Why a module of its own: these steps use OpenCV, which a clean scan never needs; it is imported only when a
page's thumbnail says the page is not clean, so a clean 300 dpi scan stays on the fast path untouched.
"""

from __future__ import annotations

import os
import sys

from PIL import Image

_CV_OWNER: int | None = None  # the process that imported OpenCV (see opencv)
LETTER_SHORT_IN = 8.5
TARGET_DPI = 300
SURROUND_DARK = 110        # grey level below which a border pixel is table, lid or shadow rather than paper
SURROUND_SHARE = 0.25      # of the border strip: less than this is a clean page reaching the edges
PAPER_MIN_AREA = 0.3       # of the image: a smaller bright shape is not the page
PHOTO_SHARE = 0.85         # a sheet filling less of the image than this lies on a table: a photo, not a copy
# Binarising was measured and is not done: Sauvola (41 px, k 0.2) with speck removal on phone photos, after the
# sheet warp, read 0.836 / 0.974 / 0.967 of three corpus pages' words against 0.873 / 0.970 / 0.975 without;
# Tesseract's own Sauvola (-c thresholding_method=2) read a photo at a third of its words; on photocopies the
# warp and Sauvola lost a word or two of pages read whole without them (once deskew turned the right way).


def opencv():
    """OpenCV, with its own thread pool held to one thread where each core already runs a worker process
    (INTAKE_OPENCV_THREADS, set by batch workers): two workers' OpenCV threads would take turns with the
    Tesseract runs of the other worker instead of helping. Only in the process that imported OpenCV: a fork
    inherits a pool whose threads it does not have, and re-sizing that pool waits for them forever."""
    global _CV_OWNER
    fresh = "cv2" not in sys.modules
    import cv2

    if fresh:
        _CV_OWNER = os.getpid()
    want = os.environ.get("INTAKE_OPENCV_THREADS")
    if want and _CV_OWNER == os.getpid() and cv2.getNumThreads() != int(want):
        cv2.setNumThreads(int(want))
    return cv2


def _border_dark_share(a) -> float:
    """Share of the outer strip that is dark: a page lying on a table, or a copier lid's shadow."""
    import numpy as np

    h, w = a.shape
    b = max(2, min(h, w) // 60)
    strip = np.concatenate([a[:b].ravel(), a[-b:].ravel(), a[:, :b].ravel(), a[:, -b:].ravel()])
    return float((strip < SURROUND_DARK).mean())


def paper_corners(small: Image.Image):
    """The four corners of the sheet (thumbnail pixels, clockwise from top left), or None when the sheet
    reaches the image's edges (a scan) or no page-sized four-sided shape stands out."""
    import numpy as np

    a = np.asarray(small)
    if _border_dark_share(a) < SURROUND_SHARE:
        return None
    cv2 = opencv()

    blur = cv2.GaussianBlur(a, (5, 5), 0)
    _, mask = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    k = max(3, min(a.shape) // 40)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    c = max(contours, key=cv2.contourArea)
    if cv2.contourArea(c) < PAPER_MIN_AREA * a.size:
        return None
    quad = cv2.approxPolyDP(c, 0.02 * cv2.arcLength(c, True), True).reshape(-1, 2)
    if len(quad) != 4 or not cv2.isContourConvex(quad):
        quad = cv2.boxPoints(cv2.minAreaRect(c))
    return _clockwise(np.asarray(quad, dtype=np.float32))


def _clockwise(pts):
    """Top-left, top-right, bottom-right, bottom-left."""
    import numpy as np

    s, d = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    return np.array([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]], dtype=np.float32)


def flatten_paper(img: Image.Image) -> Image.Image:
    """The sheet alone, seen square on: undo a phone photo's perspective and drop the table around it.

    Returns img itself when the sheet fills (nearly) the whole image: a scan, or a copy with dark borders. The result carries the resolution a letter's
    short side implies (a photo has no real dpi)."""
    import numpy as np

    from intake.imaging import thumbnail

    small = thumbnail(img)
    quad = paper_corners(small)
    if quad is None:
        return img
    cv2 = opencv()

    share = float(cv2.contourArea(quad)) / (small.width * small.height)
    if share >= PHOTO_SHARE:  # a copy filling the image: measured, its warp and Sauvola gained nothing
        return img
    quad = quad * np.float32([img.width / small.width, img.height / small.height])
    tl, tr, br, bl = quad
    w = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    h = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    scale = min(2.5, max(1.0, TARGET_DPI * LETTER_SHORT_IN / min(w, h)))  # one resampling: warp and enlarge
    w, h = int(round(w * scale)), int(round(h * scale))
    dst = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    m = cv2.getPerspectiveTransform(quad, dst)
    out = cv2.warpPerspective(np.asarray(img), m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    page = Image.fromarray(out, "L")
    dpi = min(w, h) / LETTER_SHORT_IN
    page.info["dpi"] = (dpi, dpi)
    return page


def is_standard_fax(dpi: tuple[float, float]) -> bool:
    """204x98: half the lines of a fine fax, so strokes are broken and letters squat."""
    x, y = dpi
    return 180 <= x <= 220 and 85 <= y <= 110


def square_fax(img: Image.Image, dpi: tuple[float, float]) -> Image.Image:
    """Square 300 dpi pixels (Lanczos), then a one-pixel Gaussian blur: it bridges the one-pixel gaps between
    a standard fax's scan lines and rounds its stair-stepped strokes. Measured on the corpus's standard faxes
    (word recall, 4 letters): 204x196 as before 0.909, 300 dpi 0.904, 300 dpi + blur 0.930; a grey closing on
    top of the blur (3x1) lost again (0.903), so it is not done."""
    cv2 = opencv()
    import numpy as np

    size = (round(img.width * TARGET_DPI / dpi[0]), round(img.height * TARGET_DPI / dpi[1]))
    up = img.resize(size, Image.LANCZOS)
    return Image.fromarray(cv2.GaussianBlur(np.asarray(up), (0, 0), 1.0), "L")


RULE_MIN_SPAN = 0.05       # of the page's width (rows) or height (columns): shorter dark runs are strokes of letters
RULE_MAX_THICK_IN = 0.04   # a thicker dark band is a shaded bar with text in it, not a ruling line
RULE_MIN_PIXELS = 0.02     # of the page's width: fewer line pixels than this and the page is left as it is


def _thin_only(lines, horizontal: bool, max_thick: int):
    """Drop the parts of a line mask thicker than a ruling line: a dark title bar's white text would go with it.
    What survives an opening across the line's direction is thick; take it away with a margin."""
    cv2 = opencv()
    import numpy as np

    across = (1, max_thick + 1) if horizontal else (max_thick + 1, 1)
    thick = cv2.morphologyEx(lines, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, across))
    if not thick.any():
        return lines
    thick = cv2.dilate(thick, np.ones((3, 3), np.uint8))
    return cv2.bitwise_and(lines, cv2.bitwise_not(thick))


def ruling_mask(a, dpi: float = TARGET_DPI):
    """Pixels of the long straight lines of a ruled form or table (a pure measurement of a grey array).
    Found on a half-size copy (a 2-3 px line is still one there) and scaled back: a quarter of the work."""
    cv2 = opencv()
    import numpy as np

    half = cv2.resize(a, (a.shape[1] // 2, a.shape[0] // 2), interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(half, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 12)
    h_len, v_len = max(10, int(half.shape[1] * RULE_MIN_SPAN)), max(10, int(half.shape[0] * RULE_MIN_SPAN * 0.8))
    rows = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (h_len, 1)))
    cols = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, v_len)))
    max_thick = max(2, round(RULE_MAX_THICK_IN * dpi / 2))
    lines = cv2.bitwise_or(_thin_only(rows, True, max_thick), _thin_only(cols, False, max_thick))
    lines = cv2.dilate(lines, np.ones((3, 3), np.uint8))
    return cv2.resize(lines, (a.shape[1], a.shape[0]), interpolation=cv2.INTER_NEAREST)


def may_have_rulings(img: Image.Image, span: float = RULE_MIN_SPAN) -> bool:
    """Cheap first look (numpy, no OpenCV): is there a dark run as long as a ruling line in any row or column
    of a 4x-reduced copy? A letter without lines stops here, on the fast path."""
    import numpy as np

    small = np.asarray(img.reduce(4)) < 200  # a 2-3 px line averages to about 130-190 in its 4x4 block
    for grid, k in ((small, int(small.shape[1] * span)), (small.T, int(small.shape[0] * span * 0.8))):
        if k < 2 or grid.shape[1] <= k:
            continue
        run = np.cumsum(grid, axis=1, dtype=np.int32)
        if bool(((run[:, k:] - run[:, :-k]) == k).any()):
            return True
    return False


def erase_rulings(img: Image.Image) -> Image.Image:
    """Paint a ruled table's lines white. Tesseract takes a box of ruled cells for a picture and drops the text in
    it; on photocopies and photos whole tables of label/value cells came back empty or as 'AA A'. Measured on the
    corpus's ruled-table letters (photocopy, phone photo): every cell read once the lines were gone. The image
    keeps its size, so word boxes still match the page."""
    import numpy as np

    if not may_have_rulings(img):
        return img
    a = np.asarray(img)
    from intake.imaging import effective_dpi

    mask = ruling_mask(a, effective_dpi(img)[0])
    if int(np.count_nonzero(mask)) < RULE_MIN_PIXELS * a.shape[1] * 3:
        return img
    out = a.copy()
    out[mask > 0] = 255
    return Image.fromarray(out, "L")

