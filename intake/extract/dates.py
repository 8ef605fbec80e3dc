"""Find and parse dates in noisy text: explicit formats first, dateparser only for odd leftovers."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re

from intake.extract.text import fold_keep_len, one_edit

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "set": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "dic": 12,
}
_MON = r"(?P<mon>[a-z]{3,10})\.?"
_Y = r"(?P<y>(?:19|20)\d\d|2100)"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
PATTERNS = [
    re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d])"),
    # (a two-digit year is never followed by a slash and more of a date: '03/02-03/09/2031' is a range, not 2003)
    # (a fax or a copy reads a leading 0 as 8 or 9: '93/14/2031' is 03/14/2031, see _first_part)
    re.compile(r"(?<![\d/.$])(?P<m>[01]?\d|[89][1-9])\s?[/.-]\s?(?P<d>[0-3]?\d)\s?[/.-]\s?(?P<y>(?:19|20)\d\d|\d\d)"
               r"(?![\d]|(?<=[/.-]\d\d)/\d)"),
    re.compile(_MON + r"\s+" + _D + r"(?:,\s*|\s+)" + _Y),  # ('January 18,2031': OCR lost the space)
    # ('the 4th of March 2031'; the formal 'this 4th day of March, 2031', 'a los 4 dias del mes de marzo de 2031')
    re.compile(_D + r"\s+(?:day\s+of\s+(?:the\s+month\s+of\s+)?|d[i\u00ed]as?\s+del\s+mes\s+de\s+|de\s+|of\s+)?" + _MON +
               r",?\s+(?:de(?:l)?\s+)?" + _Y),
    # ('14-jan -2031': a month OCR split after its capital, mended with its space put after it)
    re.compile(r"(?<![\d])(?P<d>[0-3]?\d)[-\s](?P<mon>[a-z]{3,9})\.?(?:\s?-|\s)(?P<y>(?:19|20)\d\d|\d\d)(?![\d])"),
]
# ('starts DATE and lasts through DATE', 'began on DATE and ended on DATE': one span)
RANGE_SEP = (r"\s*(?:-|(?:and\s+(?:lasts|runs|continues)\s+)?(?:to|through|thru|until)|"
             r",?\s*and\s+(?:ended|ending)\s+on|al|a|hasta(?:\s+el)?|y)\s*")
MONTH_DAY_RANGE = re.compile(_MON + r"\s+(?P<d1>[0-3]?\d)\s*-\s*(?P<d2>[0-3]?\d),?\s+" + _Y)
# '03/02-03/09/2031': a numeric range whose first date borrows the last one's year
NUMERIC_SHORT_RANGE = re.compile(r"(?<![\d/.])(?P<a1>[0-3]?\d)/(?P<a2>[0-3]?\d)\s*-\s*"
                                 r"(?P<b1>[0-3]?\d)/(?P<b2>[0-3]?\d)/"
                                 r"(?P<y>(?:19|20)\d\d)(?![\d])")
# 'del 3 al 5 de mayo de 2026', '3-5 May 2026': the first day borrows the second's month and year
DAY_MONTH_RANGE = re.compile(r"(?<![\d])(?P<d1>[0-3]?\d)\s*(?:-|al|a|to)\s*(?P<d2>[0-3]?\d)\s+(?:de\s+)?" + _MON
                             + r",?\s+(?:de(?:l)?\s+)?" + _Y)
# 'March 2, 9 and 16, 2031', 'el 2, 9 y 16 de marzo de 2031': several days of one month, the month and year
# printed once (each day its own date)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
MONTH_DAY_LIST = re.compile(_MON + r"\s+(?P<days>" + _DAY + r"(?:\s*,\s*" + _DAY + r")*,?\s+(?:and|&|y)\s+" + _DAY
                            + r"),?\s+" + _Y)
DAY_LIST_MONTH = re.compile(r"(?<![\d])(?P<days>[0-3]?\d(?:\s*,\s*[0-3]?\d)*,?\s+(?:y|and)\s+"
                            r"(?:del?\s+|el\s+)?[0-3]?\d)\s+(?:de\s+)?"
                            + _MON + r",?\s+(?:de(?:l)?\s+)?" + _Y)
# 'March 3 and March 10, 2031', 'March 3, March 10 and April 2, 2031': days each with its month, the year printed
# once after the last (each day its own date)
MONTHS_DAY_LIST = re.compile(r"(?<![a-z])(?P<list>[a-z]{3,10}\.?\s+[0-3]?\d(?:st|nd|rd|th)?"
                             r"(?:\s*,\s*[a-z]{3,10}\.?\s+[0-3]?\d(?:st|nd|rd|th)?)*,?\s+(?:and|&)\s+"
                             r"[a-z]{3,10}\.?\s+[0-3]?\d(?:st|nd|rd|th)?),?\s+" + _Y)
MONTH_AND_DAY = re.compile(r"(?P<mon>[a-z]{3,10})\.?\s+(?P<d>[0-3]?\d)")
# 'May 4 through June 1, 2024', 'del 4 de mayo al 1 de junio de 2024': the first day borrows the last one's year
CROSS_MONTH_RANGE = re.compile(
    r"(?<![a-z])(?P<mon>[a-z]{3,10})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*"
    r"(?:-|to|through|thru|until|and\s+ended\s+on)\s*"
    r"(?P<mon2>[a-z]{3,10})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+" + _Y
    + r"|(?<![\d])(?P<e1>[0-3]?\d)\s+de\s+(?P<emon>[a-z]{4,10})\s+(?:al|hasta\s+el)\s+(?P<e2>[0-3]?\d)\s+de\s+"
    r"(?P<emon2>[a-z]{4,10})\s+de(?:l)?\s+(?P<ey>(?:19|20)\d\d)")


def _month(word: str) -> int | None:
    word = word.replace("0", "o").replace("1", "l").replace("rn", "m")
    if word in MONTHS:
        return MONTHS[word]
    if len(word) >= 5:  # one OCR slip in a long month name ("Septernber"), or two letters read in turn ("Aprli")
        for name, num in MONTHS.items():
            if len(name) >= 5 and abs(len(name) - len(word)) <= 1 and (one_edit(word, name) or _swapped(word, name)):
                return num
    return None


def _swapped(word: str, name: str) -> bool:
    """Two neighbouring letters in each other's place, the rest as printed."""
    if len(word) != len(name):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, name)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == name[diff[1]] and word[diff[1]] == name[diff[0]]


def _make(y: int, m: int, d: int) -> dt.date | None:
    if y < 100:
        y += 2000
    if not 1990 <= y <= 2100:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# Whether the document being read writes its numeric dates day first (04.05.2026 = 4 May): decided
# once per document by day_first() and set around its extraction, so every parser reads it the same way.
DAY_FIRST: contextvars.ContextVar[bool] = contextvars.ContextVar("day_first", default=False)
NUMERIC = PATTERNS[1]


DAY_FIRST_CAPTION = re.compile(r"\b(?:dd|dia)\s*[/.-]\s*(?:mm|mes)\s*[/.-]\s*(?:yy|aa|ano)")
MONTH_FIRST_CAPTION = re.compile(r"\b(?:mm|mes)\s*[/.-]\s*(?:dd|dia)\s*[/.-]\s*(?:yy|aa|ano)")


def day_first(text: str) -> bool:
    """Pure: a document writes dates day first when its numeric dates show it ('23/02/2026', '15.03.2026':
    a first part over 12; dots as separators) more often than month first ('02/23/2031'), when it prints the
    order in a caption ('Fecha (dd/mm/aaaa)'), or when a numeric date is also written out in the writer's own
    order ('04/03/2031' and '4 de marzo de 2031')."""
    low = fold_keep_len(text or "")
    dmy = 2.0 * len(DAY_FIRST_CAPTION.findall(low))  # '(dd/mm/yyyy)', '(dia/mes/ano)': the paper says so
    mdy = 2.0 * len(MONTH_FIRST_CAPTION.findall(low))  # '(MM/DD/YY)'
    spelled = _spelled_dates(low)
    for m in NUMERIC.finditer(low):
        if "\n" in m.group(0) or len(set(re.findall(r"[/.-]", m.group(0)))) > 1:
            continue  # ('... on May 14.' over '01/20/2031', a range '4.1-10.0'): no date, no evidence
        first, second = _first_part(m.group("m")), int(m.group("d"))
        dmy += first > 12 >= second
        mdy += second > 12 >= first
        dmy += 0.5 * ("." in m.group(0))  # 04.05.2026: dots are how day-first countries write dates
        if first != second and first <= 12 and second <= 12:  # '04/03/2031' beside '4 de marzo de 2031': the
            y = int(m.group("y"))  # same day written out says which part is the day
            as_dmy, as_mdy = _make(y, second, first), _make(y, first, second)
            dmy += as_dmy in spelled and as_mdy not in spelled
            mdy += as_mdy in spelled and as_dmy not in spelled
    return dmy > mdy


RANGE_AFTER = re.compile(r"\s*(?:-|\u2013|to\b|through\b|thru\b|al\b|hasta\b)")


def _spelled_dates(low: str) -> set[dt.date]:
    """The dates written with the month's name ('4 de marzo de 2031', 'March 4, 2031'): they read one way only.
    A period's first day ('entre 6 de marzo de 2031 - ...') is left out: a processing period's ends are no fact
    the numbers repeat."""
    out = set()
    for pat in PATTERNS[2:]:
        for m in pat.finditer(low):
            got = _from_match(m)
            if got and not RANGE_AFTER.match(low, m.end()):
                out.add(got)
    return out


@contextlib.contextmanager
def reading_order(first_is_day: bool):
    """Read the numeric dates inside the block day first (or month first)."""
    token = DAY_FIRST.set(first_is_day)
    try:
        yield
    finally:
        DAY_FIRST.reset(token)


def _first_part(text: str) -> int:
    """A numeric date's first part; a leading 0 a fax or a copy read as 8 or 9 ('93/14/2031') mended: no month or
    day starts with 8 or 9 and has a second figure."""
    return int(text[1]) if len(text) == 2 and text[0] in "89" else int(text)


def _from_match(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    month = _month(g["mon"]) if g.get("mon") else _first_part(g["m"])
    if month is None:
        return None
    day, year = int(g["d"]), int(g["y"])
    if not g.get("mon") and ((month > 12 and day <= 12) or (DAY_FIRST.get() and m.re is NUMERIC and day <= 12)):
        month, day = day, month  # 15/03/2026, or 03/02/2026 in a document that writes dates day first
    return _make(year, month, day)


SPLIT_MONTH = re.compile(r"(?<![a-z])([a-z])[\])|]?\s([a-z]{2,8})(?![a-z])")


def mend_split_months(low: str) -> str:
    """'j uly 14' -> 'july  14', 'j] anuary' -> 'january  ': OCR splits a month name after its capital (a J's
    hook read as a bracket); the length stays the same."""
    def join(m: re.Match) -> str:
        word = m.group(1) + m.group(2)
        return word.ljust(len(m.group(0))) if word in MONTHS and len(word) >= 3 else m.group(0)
    return SPLIT_MONTH.sub(join, low)


# a weekday named before the date it opens ('Sunday, June 14 through Saturday, June 20, 2031'): said as a courtesy,
# it keeps a range's two ends apart, so it is blanked (folded text)
WEEKDAY_BEFORE_DATE = re.compile(r"(?<![a-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|"
                                 r"miercoles|jueves|viernes|sabado|domingo),?(?=\s+(?:[a-z]{3,10}\.?\s+\d|\d))")


def blank_weekdays(low: str) -> str:
    """'sunday, june 14' -> '        june 14' (folded text; the length stays the same)."""
    return WEEKDAY_BEFORE_DATE.sub(lambda m: " " * len(m.group(0)), low)


# a year OCR split before its last digit ('04/16/202 6', 'Apr 29, 202 6'), after a date's slash, comma or 'de'
SPLIT_YEAR = re.compile(r"(?:(?<=[/.\-])|(?<=,\s)|(?<=\bde\s))((?:19|20)\d) (\d)(?![\d/])")


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every date in the text with its span, in reading order; never raises."""
    low = SPLIT_YEAR.sub(r"\1\2 ", mend_split_months(fold_keep_len(text)))  # (the length stays the same)
    found: list[tuple[dt.date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for pat in PATTERNS:
        for m in pat.finditer(low):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            d = _from_match(m)
            if d:
                found.append((d, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    return found


def parse_date(text: str) -> dt.date | None:
    found = find_dates(text)
    if found:
        return found[0][0]
    return _dateparser_fallback(text)


def _dateparser_fallback(text: str) -> dt.date | None:
    """Only for a short candidate our formats missed ("3rd of March 2026")."""
    if not text or len(text) > 40 or not re.search(r"\d", text) or not re.search(r"(?:19|20)\d\d", text):
        return None
    import dateparser

    try:
        got = dateparser.parse(text, languages=["en", "es"],
                               settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"],
                                         "DATE_ORDER": "MDY"})
    except Exception:  # dateparser raises assorted errors on junk
        return None
    return got.date() if got and 1990 <= got.year <= 2100 else None


def _cross_month_span(m: re.Match) -> str | None:
    """The span of a range whose first date has no year: that of the last, or the year before it when the
    range crosses New Year ('December 28 through January 3, 2026')."""
    en = m.group("mon") is not None
    m1, m2 = _month(m.group("mon" if en else "emon")), _month(m.group("mon2" if en else "emon2"))
    y = int(m.group("y" if en else "ey"))
    if not m1 or not m2:
        return None
    a = _make(y if m1 <= m2 else y - 1, m1, int(m.group("d1" if en else "e1")))
    b = _make(y, m2, int(m.group("d2" if en else "e2")))
    return f"{a.isoformat()}/{b.isoformat()}" if a and b and a < b else None


def _numeric_short_span(m: re.Match) -> str | None:
    """'03/02-03/09/2031' as a span: month first unless the paper writes dates day first (or a part is over 12)."""
    y = int(m.group("y"))
    parts = [(int(m.group("a1")), int(m.group("a2"))), (int(m.group("b1")), int(m.group("b2")))]
    if DAY_FIRST.get() or any(a > 12 >= b for a, b in parts):
        parts = [(b, a) for a, b in parts]
    a, b = (_make(y, mon, day) for mon, day in parts)
    return f"{a.isoformat()}/{b.isoformat()}" if a and b and a < b else None


def _listed_days(m: re.Match) -> list[dt.date] | None:
    """The days of 'March 3 and March 10, 2031', in order and each a real month's day; else None (the words
    before a day are no month: 'visits 3 and March 10')."""
    y = int(m.group("y"))
    days = []
    for part in MONTH_AND_DAY.finditer(m.group("list")):
        mon = _month(part.group("mon"))
        days.append(_make(y, mon, int(part.group("d"))) if mon else None)
    return days if len(days) >= 2 and all(days) and days == sorted(set(days)) else None


def find_spans(text: str) -> list[str]:
    """Dates and date ranges as ISO strings ('2026-02-10' or '2026-02-10/2026-02-14')."""
    out: list[str] = []
    low = blank_weekdays(fold_keep_len(text))
    for m in [*MONTH_DAY_LIST.finditer(low), *DAY_LIST_MONTH.finditer(low)]:
        mon, y = _month(m.group("mon")), int(m.group("y"))
        days = [_make(y, mon, int(d)) for d in re.findall(r"\d+(?=st|nd|rd|th|\b)", m.group("days"))] if mon else []
        if days and all(days) and days == sorted(set(days)):
            out.extend(d.isoformat() for d in days)
            low = low[:m.start()] + " " * (m.end() - m.start()) + low[m.end():]
    for m in MONTHS_DAY_LIST.finditer(low):
        days = _listed_days(m)
        if days:
            out.extend(d.isoformat() for d in days)
            low = low[:m.start()] + " " * (m.end() - m.start()) + low[m.end():]
    for m in [*MONTH_DAY_RANGE.finditer(low), *DAY_MONTH_RANGE.finditer(low)]:
        mon, y = _month(m.group("mon")), int(m.group("y"))
        a, b = (_make(y, mon, int(m.group("d1"))), _make(y, mon, int(m.group("d2")))) if mon else (None, None)
        if a and b and a < b:
            out.append(f"{a.isoformat()}/{b.isoformat()}")
            low = low[:m.start()] + " " * (m.end() - m.start()) + low[m.end():]
    for m in NUMERIC_SHORT_RANGE.finditer(low):
        span = _numeric_short_span(m)
        if span:
            out.append(span)
            low = low[:m.start()] + " " * (m.end() - m.start()) + low[m.end():]
    for m in CROSS_MONTH_RANGE.finditer(low):
        span = _cross_month_span(m)
        if span:
            out.append(span)
            low = low[:m.start()] + " " * (m.end() - m.start()) + low[m.end():]
    dates = find_dates(low)
    i = 0
    while i < len(dates):
        d, s, e = dates[i]
        if i + 1 < len(dates):
            d2, s2, _ = dates[i + 1]
            listed = i > 0 and low[dates[i - 1][2]:s].strip() == "," and low[e:s2].strip() == "y"  # ('A, B y C')
            if re.fullmatch(RANGE_SEP, low[e:s2]) and d2 > d and not listed:
                out.append(f"{d.isoformat()}/{d2.isoformat()}")
                i += 2
                continue
        out.append(d.isoformat())
        i += 1
    return out
