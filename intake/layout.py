"""Group positioned words into visual lines and table cells, the same way for OCR and text layers."""

from __future__ import annotations

import re

from intake.model import Line, PageText, Word

CELL_GAP = 1.3  # a gap wider than this many line heights separates table cells


def _center(w: Word) -> float:
    return (w.bbox[1] + w.bbox[3]) / 2


def _mid(w: Word) -> float:
    return (w.bbox[1] + w.bbox[3]) / 2


def _rows_from_groups(words: list[Word]) -> list[list[Word]]:
    """Tesseract's lines are right locally; join those that continue each other along a (skewed) row."""
    groups: dict[int, list[Word]] = {}
    for w in words:
        groups.setdefault(w.group, []).append(w)
    parts = sorted((sorted(g, key=lambda w: w.bbox[0]) for g in groups.values()), key=lambda g: g[0].bbox[0])
    rows: list[list[Word]] = []
    for g in parts:
        h = sorted(w.bbox[3] - w.bbox[1] for w in g)[len(g) // 2]
        best, best_d = None, None
        for row in rows:
            last = row[-1]
            if last.bbox[2] > g[0].bbox[0] + 0.5 * h:
                continue
            d = abs(_mid(last) - _mid(g[0]))
            if d < 0.5 * max(h, last.bbox[3] - last.bbox[1]) and (best_d is None or d < best_d):
                best, best_d = row, d
        if best is None:
            rows.append(list(g))
        else:
            best.extend(g)
    return rows


# a caption's word and its value with no space after the colon ('number:QX4471902', 'Date:03/02/2031'), as OCR
# often reads a narrow space and some letters print it: two words, so the caption is read as one
GLUED_COLON = re.compile(r"^([^\W\d_]{2,}[.#]?):([A-Za-z0-9$(].*\d.*)$")


def colon_split(words: list[Word]) -> list[Word]:
    """Words with a caption glued to its value at a colon cut in two, each part given its share of the box."""
    out: list[Word] = []
    for w in words:
        m = GLUED_COLON.match(w.text)
        if m is None:
            out.append(w)
            continue
        head, x0, x1 = m.group(1) + ":", w.bbox[0], w.bbox[2]
        cut = x0 + (x1 - x0) * len(head) / len(w.text)
        out.append(Word(head, w.conf, (x0, w.bbox[1], cut, w.bbox[3]), w.group))
        out.append(Word(m.group(2), w.conf, (cut, w.bbox[1], x1, w.bbox[3]), w.group))
    return out


def build_lines(words: list[Word], page: int) -> list[Line]:
    """Rows of words: from the OCR engine's lines where it gave them (without its faint specks), else by
    vertical centre (a text layer, whose words are all printed)."""
    words = colon_split(words)
    if words and all(w.group >= 0 for w in words):
        rows = [kept for row in _rows_from_groups(words) if (kept := without_specks(row))]
        lines = [Line(words=row, page=page) for row in rows]
        lines.sort(key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2)
        for i, ln in enumerate(lines):
            ln.index = i
        return lines
    return _rows_by_centre(words, page)


SPECK_CONF = 0.30  # below this, a mark of up to three characters is what shading or a ruled line left
KEPT_MARKS = set("$#%&@/-\u2013:.,;")  # signs of a value, and separators a label or a cell ends at


def without_specks(row: list[Word]) -> list[Word]:
    """A row without the specks OCR makes of a fax's shading and a copy's rules: marks with no letter or digit,
    and lone letters wider than a letter or standing apart, read with little confidence. They would sit
    between a label and its value ('PATIENT o Ana Reyes |') and keep either from being read."""
    if len(row) < 2:
        return row
    h = sorted(w.bbox[3] - w.bbox[1] for w in row)[len(row) // 2]
    row = [w for w in row if not _mark_speck(w)]  # the marks first: a letter is judged by the words it stands by
    return [w for i, w in enumerate(row) if not _letter_speck(w, row[i - 1] if i else None,
                                                                 row[i + 1] if i + 1 < len(row) else None, h)]


def _faint(w: Word) -> bool:
    return w.conf < SPECK_CONF and len(w.text) <= 3 and not any(c.isdigit() for c in w.text)


def _mark_speck(w: Word) -> bool:
    return _faint(w) and not any(c.isalpha() for c in w.text) and not set(w.text) & KEPT_MARKS


def _letter_speck(w: Word, before: Word | None, after: Word | None, h: float) -> bool:
    t = w.text
    if not _faint(w) or len(t) > 1 or not t.isalpha():
        return False
    if after is None and t.islower():
        return True  # a faint small letter ending a row: a rule's end or a box's corner ('Ana Reyes o')
    wide = w.bbox[2] - w.bbox[0] > 1.2 * h
    apart = all(n is None or min(abs(w.bbox[0] - n.bbox[2]), abs(n.bbox[0] - w.bbox[2])) > 1.5 * h
                for n in (before, after))
    return wide or apart


def _rows_by_centre(words: list[Word], page: int) -> list[Line]:
    """Greedy row clustering by vertical centre, for text layers (which are not skewed)."""
    rows: list[list[Word]] = []
    centers: list[float] = []
    heights: list[float] = []
    for w in sorted(words, key=_center):
        c, h = _center(w), max(1.0, w.bbox[3] - w.bbox[1])
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            if abs(centers[i] - c) < 0.45 * max(heights[i], h):
                rows[i].append(w)
                centers[i] = sum(map(_center, rows[i])) / len(rows[i])
                break
        else:
            rows.append([w])
            centers.append(c)
            heights.append(h)
    lines = [Line(words=sorted(r, key=lambda w: w.bbox[0]), page=page) for r in rows]
    lines.sort(key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2)
    for i, ln in enumerate(lines):
        ln.index = i
    return lines


def cells(line: Line) -> list[list[Word]]:
    """Split a line where the horizontal gap is much wider than a space, or where a dot leader runs
    ('Plan ID ........ H1234'): a leader is a drawn gap, and its dots (or what OCR made of them) are
    no part of the label or the value. Worked out once per line (the finders ask of each line a dozen
    times; a line's words never change) and handed out as new lists, so a caller may change its copy."""
    got = line.__dict__.get("_cells")
    if got is None:
        got = line.__dict__["_cells"] = tuple(map(tuple, _split_cells(line)))
    return [list(c) for c in got]


def _split_cells(line: Line) -> list[list[Word]]:
    gap_limit = CELL_GAP * line.height
    drop = leader_words([w.text for w in line.words])
    marks = CELL_MARKS | {"|"} if _running_line_of_facts(line) else CELL_MARKS
    out: list[list[Word]] = [[]]
    for i, w in enumerate(line.words):
        if i in drop or w.text in marks:
            if out[-1]:
                out.append([])
            continue
        if out[-1] and w.bbox[0] - out[-1][-1].bbox[2] > gap_limit and not _initial_then_name(out[-1], w, line):
            out.append([])
        out[-1].append(w)
    out = [c for c in out if c]
    return out or [list(line.words)]


PAGE_MARK = re.compile(r"\b(?:page|p[a\u00e1]gina)\s+\d", re.I)


def _running_line_of_facts(line: Line) -> bool:
    """A running header or footer sets its facts apart with bars ('Ana Reyes | Member ID W123 | Page 2 of 3'): each
    bar a printed cell break there (elsewhere a bar may be a box's rule between a label and its value)."""
    return sum(w.text == "|" for w in line.words) >= 2 and bool(PAGE_MARK.search(line.text))


INITIAL = re.compile(r"[A-Z][.,]")


def _initial_then_name(cell: list[Word], w: Word, line: Line) -> bool:
    """'Ana B.' then 'Reyes' a little apart: a name's middle initial, whose point OCR sets wide of the surname
    (a scan's spacing), goes on with the name rather than closing a cell."""
    return len(cell) >= 2 and bool(INITIAL.fullmatch(cell[-1].text)) and cell[-2].text[:1].isupper() and \
        w.text[:1].isupper() and w.bbox[0] - cell[-1].bbox[2] <= 2.5 * line.height


LEADER_PUNCT = set(".·…•_")
# a middle dot or bullet standing alone between words is a printed cell break, as a wide gap is
# ('Ana Reyes · Member no. W123 · Case 456' on a running footer)
CELL_MARKS = frozenset({"\u00b7", "\u2022"})
LEADER_LETTERS = set("eaconrsumitl01'`,:;-~\"")  # what OCR reads a row of dots as: small round letters
DASH_LEADER = re.compile(r"[-\u2010-\u2015=~_.]{4,}")  # (a run of dashes; '-' alone, or '--', is punctuation)


def _leader_strong(text: str) -> bool:
    """Certainly a leader: a run of dots (OCR's letters mixed in), or a long lower-case run of few round letters."""
    dots = sum(ch in LEADER_PUNCT for ch in text)
    if DASH_LEADER.fullmatch(text):
        return True  # a leader of dashes ('Member ------- Ana Reyes'), as a text layer or OCR gives it
    if text == "..":
        return True  # two dots alone, all OCR kept of a short leader ('MEMBER ID .. X123'); '...' is an ellipsis
    rest = [ch for ch in text if ch not in LEADER_PUNCT]  # 'NO.....:' is a label word and its leader
    if dots >= 3 and (dots >= 4 or rest) and all(ch in LEADER_LETTERS for ch in rest):
        return True
    letters = set(text)
    most = 4 if len(text) < 10 else 5 if len(text) < 15 else 7  # English words this long use more letters
    return len(text) >= 8 and text.islower() and text.isalpha() and letters <= LEADER_LETTERS and len(letters) <= most


def _leader_weak(text: str) -> bool:
    """Could be part of a leader next to a certain one ('eee', 'cc', 'cence'); never alone."""
    low = text.lower()
    return bool(low) and set(low) <= LEADER_LETTERS | LEADER_PUNCT and len(set(low)) <= 5


SPACED_DOTS = 3  # lone dots in a row: a leader set with spaces ('Plan . . . . . . X1'), as a text layer gives it


def _spaced_dots(texts: list[str]) -> set[int]:
    """Runs of at least SPACED_DOTS words that are each a lone dot (or dot-like mark): one leader, however many
    words the spaces made of it (each alone is too short for _leader_strong)."""
    out: set[int] = set()
    run: list[int] = []
    for i, t in enumerate(texts + [""]):
        if t and all(ch in LEADER_PUNCT for ch in t) and len(t) <= 2:
            run.append(i)
            continue
        if len(run) >= SPACED_DOTS:
            out.update(run)
        run = []
    return out


def leader_words(texts: list[str]) -> set[int]:
    """Indices of the words that form dot leaders: each certain leader word, widened over the doubtful
    ones around it; rightwards only up to the last lower-case one, so 'Rosa' after the dots stays a name."""
    out: set[int] = _spaced_dots(texts)
    for i, t in enumerate(texts):
        if i in out or not _leader_strong(t):
            continue
        out.add(i)
        j = i - 1
        while j >= 0 and j not in out and _leader_weak(texts[j]) and texts[j][:1].islower():
            out.add(j)
            j -= 1
        last, k = i, i + 1
        while k < len(texts) and (_leader_weak(texts[k]) or _leader_strong(texts[k])):
            if texts[k][:1].islower() or texts[k][:1] in LEADER_PUNCT or _leader_strong(texts[k]):
                last = k
            k += 1
        out.update(range(i, last + 1))
    return out


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Split lines where the vertical gap is wider than a line: paragraphs decide boilerplate."""
    out: list[list[Line]] = []
    for ln in lines:
        if out and ln.page == out[-1][-1].page:
            prev = out[-1][-1]
            gap = ln.bbox[1] - prev.bbox[3]
            if gap < 0.9 * max(prev.height, ln.height):
                out[-1].append(ln)
                continue
        out.append([ln])
    return out


def _body_column_x(lines: list[Line], width: float) -> float | None:
    """Where a second column of prose starts (a letter with a sidebar): the left edge shared by the
    later cells of at least six lines, each a run of words rather than a table figure."""
    from collections import Counter

    starts: Counter = Counter()
    for ln in lines:
        for ws in cells(ln):
            if ws[0].bbox[0] > 0.2 * width and len(ws) >= 4 and sum(c.isalpha() for w in ws for c in w.text) > 12:
                starts[round(ws[0].bbox[0] / (0.015 * width))] += 1
    if not starts:
        return None
    key, n = starts.most_common(1)[0]
    near = n + starts.get(key - 1, 0) + starts.get(key + 1, 0)
    return (key - 1.5) * 0.015 * width if near >= 6 and key * 0.015 > 0.2 else None


SIDE_LABEL = re.compile(r"^[^\W\d_]{3,}(?:\s+[^\W\d_.]{1,}){0,3}:?$")


def _prose_then_short(ln: Line, width: float) -> tuple[list[Word], list[Word]] | None:
    """A line of body prose from the left margin with a short cell far to its right: (prose, short cell)."""
    parts = cells(ln)
    if len(parts) != 2 or parts[0][0].bbox[0] > 0.3 * width or parts[1][0].bbox[0] < 0.5 * width:
        return None
    prose, side = parts
    if len(prose) < 5 or sum(c.isalpha() for w in prose for c in w.text) < 20 or len(side) > 4:
        return None
    return prose, side


def _sidebar_x(lines: list[Line], width: float) -> tuple[float, float, float] | None:
    """Where a box of short facts stands to the right of a letter's body (a 'Your claim' sidebar of captions and
    values): the left edge shared by the short last cells of at least four prose lines, two of those cells
    captions in words, and the top and bottom of that band. (A table's amount column is no such box: its
    rows are no prose from the margin, and its cells are figures, not captions.)"""
    from collections import Counter

    found = [(ln, pair) for ln in lines if (pair := _prose_then_short(ln, width)) is not None]
    starts = Counter(round(side[0].bbox[0] / (0.015 * width)) for _, (_, side) in found)
    if not starts:
        return None
    key, _ = starts.most_common(1)[0]
    band = [(ln, side) for ln, (_, side) in found if abs(round(side[0].bbox[0] / (0.015 * width)) - key) <= 1]
    labels = sum(bool(SIDE_LABEL.match(" ".join(w.text for w in side))) for _, side in band)
    if len(band) < 4 or labels < 2:
        return None
    return (key - 1.5) * 0.015 * width, min(ln.bbox[1] for ln, _ in band), max(ln.bbox[3] for ln, _ in band)


def _split_at(lines: list[Line], split: float, by_word: bool = False) -> tuple[list[Line], list[Line]]:
    """Each line's cells (or words, `by_word`: OCR may join the box's caption to the body's last word) left and
    right of `split`, as two runs of lines."""
    left, right = [], []
    for ln in lines:
        parts = [[w] for w in ln.words] if by_word else cells(ln)
        lw = [w for ws in parts if ws[0].bbox[0] < split for w in ws]
        rw = [w for ws in parts if ws[0].bbox[0] >= split for w in ws]
        if lw:
            left.append(Line(words=lw, page=ln.page, index=ln.index))
        if rw:
            right.append(Line(words=rw, page=ln.page, index=ln.index))
    return left, right


def _sidebar_after_body(lines: list[Line], width: float) -> list[Line]:
    """The body's lines beside a right-hand box of facts first, then the box's, so a sentence the box's
    captions and values cut ('... so we will not' | 'Total billed' | 'pay these days') reads whole again."""
    side = _sidebar_x(lines, width)
    if side is None:
        return lines
    split, top, bottom = side
    pitch = sorted(ln.height for ln in lines)[len(lines) // 2]
    boxed = [k for k, ln in enumerate(lines) if top - 2 * pitch <= ln.bbox[1] <= bottom + 2 * pitch and
             any(ws[0].bbox[0] >= split for ws in cells(ln))]  # (the box's lines: a caption or value at its edge)
    first, last = boxed[0], boxed[-1]
    left, right = _split_at(lines[first:last + 1], split, by_word=True)
    return lines[:first] + left + right + lines[last + 1:]


def reading_order(lines: list[Line], width: float) -> list[Line]:
    """A page's lines as a person reads them: where a body column stands beside a sidebar, the sidebar's
    parts first, then the body's, so the body's sentences are not cut by the sidebar's labels; a box of
    facts to the right of the body goes after it."""
    split = _body_column_x(lines, width)
    if split is None:
        return _sidebar_after_body(lines, width)
    left, right = _split_at(lines, split)
    return left + right


# a fax machine's line over a sent page: a date, the sender's phone number, and the transmission's page count at
# its end ('02/13/2031 14:22 FROM: EXAMPLE UM 555-310-4471 TO: ... P. 3/3', '... PAGE 3/4', '... P.2')
SENT_DATE = re.compile(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}:\d{2}\b")
SENT_PHONE = re.compile(r"\(?\d{3}\)?[\s.:-]?\d{3}[\s.-]\d{4}\b")
JOB_TAIL = r"(?:\s+J[O0]B\W{0,2}\S*(?:\s+\d+)?)?"  # ('... P.1/2 JOB 6614': the machine's job number after its count)
SENT_COUNT = re.compile(r"\b(?:p(?:age|g)?)\s*[.,:]?\s*\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?" + JOB_TAIL + r"\s*$", re.I)
# a machine that prints its numbers as bare digits ('... 09:17 FAX EXAMPLE UM 5553104471 -> 5550104400 P. 3/5'):
# taken with a time of day and a count of the transmission's pages, which a letter's own header never has together
SENT_BARE_PHONE = re.compile(r"(?<![\d-])1?\d{10}(?![\d-])")
SENT_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
SENT_PAGES = re.compile(r"\bp(?:age|g)?\s*[.,:]?\s*\d{1,3}\s*/\s*\d{1,3}" + JOB_TAIL + r"\s*$", re.I)


def transmission_line(page: PageText) -> int | None:
    """The index of the fax machine's line across the very top of the page, if the page has one (pure)."""
    for k, ln in enumerate(page.lines[:2]):
        if ln.bbox[1] > 0.04 * page.height:
            break
        if SENT_DATE.search(ln.text) and SENT_PHONE.search(ln.text) and SENT_COUNT.search(ln.text):
            return k
        if SENT_TIME.search(ln.text) and SENT_BARE_PHONE.search(ln.text) and SENT_PAGES.search(ln.text):
            return k
        if SENT_DATE.search(ln.text) and SENT_TIME.search(ln.text) and SENT_BARE_PHONE.search(ln.text) and \
                SENT_COUNT.search(ln.text):
            return k  # ('APR-03-2031 16:45 EXAMPLE BILLING 5555550123 PAGE 03': a day, a time and a bare number)
    return None
