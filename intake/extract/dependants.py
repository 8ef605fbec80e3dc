"""A dependant's member number: the subscriber's number with the person's suffix ('QX1234567*02', '-03')."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from intake.extract.text import fold
from intake.model import FieldValue, Line

log = logging.getLogger(__name__)

LINES_ABOVE = 2  # the name on the line or just over it (a heading, a caption row between): further up, another person


def _suffixed(base: str) -> re.Pattern:
    """The base number as printed (its characters possibly spaced) followed by a person's two-digit suffix set
    off by '*' or '-', and no more figures (a space then two figures is as often a date's or a column's)."""
    body = r"\s?".join(re.escape(c) for c in base)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?P<sep>\s?[*\-]\s?)(?P<suffix>\d{{2}})(?![A-Za-z0-9\-/])")


def _names(line: Line, first: str, last: str) -> bool:
    words = {w.strip(".,:;()").casefold() for w in fold(line.text).split()}
    return first in words and last in words


PERSON = re.compile(r"\b([A-Z][a-z'\-]+)\s+(?:[A-Z]\.?\s+)?([A-Z][a-z'\-]+)\b")


def _someone_else(line: Line, first: str, last: str) -> bool:
    """The line names a person other than the patient ('Pia Q. Reyes' beside the number)."""
    return any((m.group(1).casefold(), m.group(2).casefold()) != (first, last) and m.group(0).count(".") == 1
               for m in PERSON.finditer(line.text))


def _patients_line(lines: list[Line], k: int, first: str, last: str) -> bool:
    """Line k is the patient's: it names the patient, or a line just over it does and no line from there to k
    names someone else ('Covered family: Ana B. Reyes QX1234567*03' under the patient's own line is Ana's)."""
    for d in range(0, LINES_ABOVE + 1):
        if k - d < 0 or lines[k - d].page != lines[k].page:
            return False
        if _names(lines[k - d], first, last):
            return not any(_someone_else(x, first, last) for x in lines[k - d:k + 1] if not _names(x, first, last))
    return False


def dependants_number(lines: list[Line], member_id: FieldValue | None,
                      member_name: FieldValue | None) -> FieldValue | None:
    """The member ID read is the subscriber's ('Subscriber no. QX1234567'); the patient is a dependant whose
    own line prints the same number with a suffix ('Ana B. Reyes  QX1234567*02', or the claim's rows under her
    heading): the patient's number is the suffixed one. Kept as read when the patient's own line prints the
    number bare (the subscriber's own claim) or no line pairs the name with a suffixed number."""
    if member_id is None or member_name is None:
        return member_id
    base = re.sub(r"\s+", "", member_id.value)
    parts = fold(member_name.value).casefold().split()
    if len(base) < 5 or len(parts) < 2 or not re.search(r"\d", base):
        return member_id
    first, last = parts[0].strip(".,"), parts[-1].strip(".,")
    pattern = _suffixed(base)
    for k, ln in enumerate(lines):
        m = pattern.search(ln.text)
        if m is None or not _patients_line(lines, k, first, last):
            continue
        sep = m.group("sep").strip()
        value = f"{base}{sep}{m.group('suffix')}"
        log.debug("field member_id: the patient's own suffixed number beside the name (dependants)")
        ev = member_id.evidence
        return replace(member_id, value=value, evidence=replace(ev, page=ln.page, text=ln.text, bbox=ln.bbox,
                                                                 rule=ev.rule + " + the patient's suffix"))
    return member_id
