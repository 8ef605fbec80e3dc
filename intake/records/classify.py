"""What a returned record is, when the care happened and who wrote it: pure decisions on its text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from intake.extract.dates import find_dates
from intake.extract.text import fold_keep_len
from intake.records.rules import RecordsFile, compiled


@dataclass
class RecordFacts:
    kind: str
    service_dates: list[str] = field(default_factory=list)  # ISO, earliest first
    author: str | None = None
    cues: list[str] = field(default_factory=list)  # the cue phrases that decided the kind (for -vv)


def kind_of(text: str, rules: RecordsFile) -> tuple[str, list[str]]:
    """Highest weighted cue score wins; a cue in the title lines counts more; nothing found is 'other'."""
    lines = text.splitlines()
    title = fold_keep_len("\n".join(lines[:rules.title_lines]))
    body = fold_keep_len(text)
    best, best_score, fired = "other", 0.0, []
    for kind, rule in rules.kinds.items():
        score, hits = 0.0, []
        for cue in rule.cues:
            pat = compiled(cue.phrase)
            if pat.search(body):
                score += cue.weight * (rules.title_factor if pat.search(title) else 1.0)
                hits.append(cue.phrase)
        if score > best_score:
            best, best_score, fired = kind, score, hits
    return best, fired


_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?((?:19|20)\d\d)(?!\d)")
_ES_WORDS = re.compile(r"\b(?:de|la|el|del|paciente|fecha|los|las|por|con)\b")
_EN_WORDS = re.compile(r"\b(?:of|the|and|patient|date|with|for|by)\b")


def day_first(text: str) -> bool:
    """Spanish records write 03/04/2026 for the 3rd of April; English ones for March 4th."""
    low = fold_keep_len(text[:4000])
    return len(_ES_WORDS.findall(low)) > len(_EN_WORDS.findall(low))


def dates_in(line: str, dmy: bool) -> list[dt.date]:
    """The shared date finder, with numeric dates read day first in a day-first record."""
    if not dmy:
        return [d for d, _, _ in find_dates(line)]
    out = []
    for m in _NUMERIC.finditer(line):
        try:
            out.append(dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
        except ValueError:
            continue
    rest = _NUMERIC.sub(" ", line)
    return out + [d for d, _, _ in find_dates(rest)]


def service_dates(text: str, rules: RecordsFile) -> list[str]:
    """Dates on lines labelled as a date of service (or the next line); else the first date in the
    record's opening lines (a letter's own date). Birth and print dates are never dates of service."""
    lines = [fold_keep_len(line) for line in text.splitlines()]
    dmy = day_first(text)
    found: set[str] = set()
    for i, line in enumerate(lines):
        if any(compiled(p).search(line) for p in rules.not_service):
            continue
        labels = [m for p in rules.service_labels if (m := compiled(p).search(line))]
        if not labels:
            continue
        label = min(labels, key=lambda m: m.start())  # every date after the first label on the line
        dates = dates_in(line[label.end():], dmy)
        if not dates and i + 1 < len(lines):
            dates = dates_in(lines[i + 1], dmy)
        found.update(d.isoformat() for d in dates)
    if not found:
        for line in lines[:rules.title_lines + 4]:
            if any(compiled(p).search(line) for p in rules.not_service):
                continue
            dates = dates_in(line, dmy)
            if dates:
                found.add(dates[0].isoformat())
                break
    return sorted(found)


_VALUE = re.compile(r"^\s*[:#.\-]*\s*(.+?)\s*$")


def author_of(text: str, rules: RecordsFile) -> str | None:
    """A labelled signer or provider first; else the letterhead (the record's first line)."""
    raw = [line for line in text.splitlines() if line.strip()]
    for pattern in rules.author_labels:
        pat = compiled(r"(?:^|\b)" + pattern + r"\s*:")
        for line in raw:
            m = pat.search(fold_keep_len(line))
            if m:
                value = _VALUE.match(line[m.end():])
                if value and re.search(r"[A-Za-z]", value.group(1)):
                    return _clean(value.group(1))
    return _clean(raw[0]) if raw else None


def _clean(value: str) -> str:
    value = re.split(r"\s{3,}|\s\|\s", value)[0]
    return value.strip(" ,;:")[:200]


def read_record(text: str, rules: RecordsFile) -> RecordFacts:
    kind, cues = kind_of(text, rules)
    return RecordFacts(kind, service_dates(text, rules), author_of(text, rules), cues)
