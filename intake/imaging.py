"""Make a page image what Tesseract reads best: grey, ~300 dpi square pixels, even light, level lines.

numpy is imported where it is used: a single page's Tesseract run may start before it is needed."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageFilter, ImageOps

TARGET_DPI = 300
LETTER_WIDTH_IN = 8.5


def effective_dpi(img: Image.Image) -> tuple[float, float]:
    """The image's resolution; without metadata, guess from a letter page's width."""
    dpi = img.info.get("dpi")
    try:
        x, y = float(dpi[0]), float(dpi[1])
        if x >= 50 and y >= 50:
            return x, y
    except (TypeError, ValueError, IndexError):
        pass
    guess = max(72.0, min(img.width, img.height) / LETTER_WIDTH_IN)
    return guess, guess


EXIF_ORIENTATION = 0x0112


def to_grey(img: Image.Image) -> Image.Image:
    """Upright by its EXIF tag and 8-bit grey; an image already so is returned as it is (no copy)."""
    if img.getexif().get(EXIF_ORIENTATION, 1) != 1:
        img = ImageOps.exif_transpose(img)
    if img.mode in ("RGBA", "LA", "P", "PA"):
        img = img.convert("RGBA")
        bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(bg, img)
    return img if img.mode == "L" else img.convert("L")


def normalise_resolution(img: Image.Image, dpi: tuple[float, float]) -> Image.Image:
    """Square the pixels (fax 204x98) and bring the page near 300 dpi: small text OCRs badly.

    Faxes (about 200 dpi on the long axis) are only squared: on the sample faxes Tesseract read them
    as well or better at their own resolution (fine 0.991 vs 0.982, standard 0.963 both) and a quarter
    faster than scaled up to 300 dpi."""
    xdpi, ydpi = dpi
    if 190 <= max(xdpi, ydpi) <= 210 and min(xdpi, ydpi) >= 90:
        top = max(xdpi, ydpi)
        size = (round(img.width * top / xdpi), round(img.height * top / ydpi))
        return img if size == img.size else img.resize(size, Image.LANCZOS)
    sx = min(2.5, TARGET_DPI / xdpi) if xdpi < 250 or xdpi > 420 else 1.0
    sy = min(2.5 * (xdpi / ydpi), TARGET_DPI / ydpi) if ydpi < 250 or ydpi > 420 or xdpi != ydpi else 1.0
    if xdpi == ydpi and sx != 1.0:
        sy = sx
    if abs(sx - 1) < 0.05 and abs(sy - 1) < 0.05:
        return img
    size = (max(1, round(img.width * sx)), max(1, round(img.height * sy)))
    return img.resize(size, Image.LANCZOS)


def thumbnail(img: Image.Image) -> Image.Image:
    """A quarter-size copy: enough to judge light, skew and ink, a sixteenth of the pixels to look at."""
    return img.reduce(4) if min(img.size) > 800 else img


def even_light(img: Image.Image, small: Image.Image | None = None) -> Image.Image:
    """Divide by the estimated paper brightness: phone photos have shadows that fool binarisation."""
    import numpy as np

    if min(img.size) > 800:  # an eighth of the page: half the thumbnail
        small = (thumbnail(img) if small is None else small).reduce(2)
    else:
        small = img.reduce(8) if min(img.size) > 400 else img
    bg_small = max_filter(small, 5).filter(ImageFilter.GaussianBlur(3))
    if bg_small.getextrema()[0] > 200:  # already evenly lit (clean scans, renders, faxes): decided on 1/64 of it
        return img
    bg = bg_small.resize(img.size, Image.BILINEAR)
    a = np.asarray(img, dtype=np.float32)
    b = np.maximum(np.asarray(bg, dtype=np.float32), 1.0)
    out = np.clip(a / b * 255.0, 0, 255).astype(np.uint8)
    return Image.fromarray(out, "L")


def max_filter(img: Image.Image, size: int) -> Image.Image:
    """PIL's MaxFilter (edges repeated), pixel for pixel, as two running maxima: 40 times quicker."""
    import numpy as np

    r = size // 2
    a = np.pad(np.asarray(img), r, mode="edge")
    rows = a[:, : a.shape[1] - 2 * r]
    for k in range(1, size):
        rows = np.maximum(rows, a[:, k: a.shape[1] - 2 * r + k])
    out = rows[: rows.shape[0] - 2 * r, :]
    for k in range(1, size):
        out = np.maximum(out, rows[k: rows.shape[0] - 2 * r + k, :])
    return Image.fromarray(np.ascontiguousarray(out), "L")


def skew_angle(img: Image.Image, max_deg: float = 6.0, small: Image.Image | None = None) -> float:
    """Projection-profile skew estimate on sampled dark pixels: ~10 ms, no image rotations."""
    import numpy as np

    a = np.asarray(thumbnail(img) if small is None else small)
    ys, xs = np.nonzero(a < 128)
    if len(xs) < 200:
        return 0.0
    if len(xs) > 40000:
        pick = np.random.default_rng(0).choice(len(xs), 40000, replace=False)
        xs, ys = xs[pick], ys[pick]
    coarse = _best_angle(xs, ys, np.arange(-max_deg, max_deg + 0.25, 0.5))
    return _best_angle(xs, ys, np.arange(coarse - 0.5, coarse + 0.5 + 1e-9, 0.05))


def _best_angle(xs, ys, angles) -> float:
    """The angle whose row projection is sharpest (text lines fall into few bins)."""
    import numpy as np

    best, best_score = 0.0, -1.0
    for deg in angles:
        t = np.deg2rad(deg)
        proj = np.round(ys * np.cos(t) - xs * np.sin(t)).astype(np.int64)
        counts = np.bincount(proj - proj.min())
        score = float(np.dot(counts, counts))
        if score > best_score:
            best, best_score = float(deg), score
    return round(best, 2)


def deskew(img: Image.Image, small: Image.Image | None = None) -> tuple[Image.Image, float]:
    angle = skew_angle(img, small=small)
    if abs(angle) < 0.1:
        return img, 0.0
    # the angle is the text lines' slope in image rows (y down): turning by it, not against it, levels them
    return img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255), angle


def is_blank(img: Image.Image, small: Image.Image | None = None) -> bool:
    """A page with almost no ink: a separator sheet or the back of a page."""
    import numpy as np

    a = np.asarray(thumbnail(img) if small is None else small)
    dark = float((a < 128).mean())
    return dark < 0.002


@dataclass(frozen=True)
class PreparedPage:
    """The image Tesseract gets, and which steps changed its pixels: none means the file itself can be
    read as it is (so Tesseract may start on it before these checks are done)."""

    image: Image.Image
    skew: float
    blank: bool
    changed: tuple[str, ...]


def prepare(img: Image.Image) -> PreparedPage:
    """Grey, paper, resolution, light, skew: in that order, each cheap next to OCR and each only when a
    thumbnail shows the page needs it (a clean 300 dpi scan goes through untouched)."""
    from intake import cleanup, leaders

    changed = []
    grey = to_grey(img)
    if img.mode not in ("L", "1") or img.getexif().get(EXIF_ORIENTATION, 1) != 1:
        changed.append("grey")
    dpi = effective_dpi(img)
    paper = cleanup.flatten_paper(grey)
    if paper is not grey:
        changed.append("paper")
        grey, dpi = paper, effective_dpi(paper)
    sized = cleanup.square_fax(grey, dpi) if cleanup.is_standard_fax(dpi) else normalise_resolution(grey, dpi)
    if sized.size != grey.size:
        changed.append("resolution")
    small = thumbnail(sized)
    lit = even_light(sized, small)
    if lit is not sized:
        changed.append("light")
        small = thumbnail(lit)
    level, skew = deskew(lit, small)
    if skew:
        changed.append("deskew")
    plain = cleanup.erase_rulings(level)
    if plain is not level:
        changed.append("rulings")
        level = plain
    blank = is_blank(level, small)
    plain = level if blank else leaders.erase_leaders(level)  # (a blank page has no leaders: no OpenCV for it)
    if plain is not level:
        changed.append("leaders")
        level = plain
    return PreparedPage(level, skew, blank, tuple(changed))
