"""One finder per field; each returns a value with the line it came from, or nothing."""

from __future__ import annotations

import datetime as dt
import logging
import re
from decimal import Decimal

from intake.extract import dates, ids, money, names
from intake.extract.doctext import DocText
from intake.extract.text import fold
from intake.extract.index import DocIndex
from intake.extract.insurer import find_insurer
from intake.extract.labels import Cell, LabelHit
from intake.model import Evidence, FieldValue

log = logging.getLogger(__name__)
LABEL_FACTOR = 0.97
PROSE_FACTOR = 0.8
HEURISTIC_FACTOR = 0.75


def _ev(cell: Cell, rule: str, factor: float = LABEL_FACTOR) -> Evidence:
    line = cell.line
    return Evidence(page=line.page, text=line.text, confidence=cell.conf * factor, bbox=cell.bbox, rule=rule)


def _line_ev(dt_: DocText, offset: int, rule: str, factor: float) -> Evidence | None:
    line = dt_.line_at(offset)
    if line is None:
        return None
    return Evidence(page=line.page, text=line.text, confidence=line.conf * factor, bbox=line.bbox, rule=rule)


def _fired(field: str, rule: str) -> None:
    log.debug("field %s: rule %s fired", field, rule)


def _ordered(hits: list[LabelHit]) -> list[LabelHit]:
    return sorted(hits, key=lambda h: h.rank)  # stable: reading order within a rank


def first_labelled(ix: DocIndex, field: str, parse) -> FieldValue | None:
    return first_labelled_from(ix, field, ix.hits_for(field), parse)


def find_case_numbers(ix: DocIndex, exclude: set[str]) -> FieldValue | None:
    found: list[str] = []
    first_ev = None
    for hit in ix.hits_for("case_numbers"):
        for text, cell, how in ix.value_cells(hit):
            got = [v for v, _, _ in ids.find_ids(text)]
            if how != "inline":
                got = got[:1]
            if not got:
                continue
            for v in got:
                if v not in found and v not in exclude:
                    found.append(v)
            first_ev = first_ev or _ev(cell, f"fields.case_numbers.labels[{hit.rank}] ({how})")
            break
    if not found:
        return None
    _fired("case_numbers", first_ev.rule)
    return FieldValue("case_numbers", found, first_ev)


def _column_amount(ix: DocIndex, hit: LabelHit) -> tuple[str, Cell] | None:
    """EOB tables: the billed column's total row, else the sum of its rows."""
    col = ix.column(hit.cell)
    amounts: list[tuple[str, Cell]] = []
    for c in col:
        row_text = fold(c.line.text)
        got = money.find_money(c.text)
        if not got:
            continue
        if re.match(r"\s*(?:claim\s+)?total(?:s|es)?\b", row_text):
            return got[0][0], c
        amounts.append((got[0][0], c))
    if not amounts:
        return None
    total = sum(Decimal(a) for a, _ in amounts)
    return f"{total:.2f}", amounts[0][1]


def find_claim_amount(ix: DocIndex, dtext: DocText) -> FieldValue | None:
    for hit in _ordered(ix.hits_for("claim_amount")):
        column = [] if hit.inline_value or not ix.is_table_header(hit.cell) else ix.column(hit.cell)
        if sum(1 for c in column if money.find_money(c.text)) >= 2:
            got = _column_amount(ix, hit)
            if got:
                rule = f"fields.claim_amount.labels[{hit.rank}] (table column)"
                _fired("claim_amount", rule)
                return FieldValue("claim_amount", got[0], _ev(got[1], rule))
        for text, cell, how in ix.value_cells(hit):
            value = money.parse_money(text)
            if value:
                rule = f"fields.claim_amount.labels[{hit.rank}] ({how})"
                _fired("claim_amount", rule)
                return FieldValue("claim_amount", value, _ev(cell, rule))
    return prose_value(ix, dtext, "claim_amount", money.parse_money)


def find_service_dates(ix: DocIndex, dtext: DocText) -> FieldValue | None:
    spans: list[str] = []
    first = None
    by_row: dict[int, list] = {}  # table rows: dates from every service-date column ("from", "to")
    for hit in ix.hits_for("service_dates"):
        col = [] if hit.inline_value or not ix.is_table_header(hit.cell) else ix.column(hit.cell)
        if sum(1 for c in col if dates.find_dates(c.text)) >= 1 and len(col) >= 1 and ix.is_table_header(hit.cell):
            for c in col:
                if re.match(r"\s*totals?\b|\s*totales\b", fold(c.line.text)):
                    break
                by_row.setdefault(id(c.line), []).extend(dates.find_spans(c.text))
            first = first or (col[0], f"fields.service_dates.labels[{hit.rank}] (table column)")
            continue
        for text, cell, how in ix.value_cells(hit):
            got = dates.find_spans(text)
            if got:
                spans += got
                first = first or (cell, f"fields.service_dates.labels[{hit.rank}] ({how})")
                break
    for row in by_row.values():
        days = sorted(set(row))
        if len(days) == 2 and "/" not in days[0] + days[1]:
            spans.append(f"{days[0]}/{days[1]}")  # a "from" and a "to" column
        else:
            spans += days
    if not spans:
        return prose_value(ix, dtext, "service_dates", lambda t: dates.find_spans(t)[:2] or None)
    _fired("service_dates", first[1])
    return FieldValue("service_dates", sorted(set(spans)), _ev(first[0], first[1]))


def prose_value(ix: DocIndex, dtext: DocText, field: str, parse) -> FieldValue | None:
    for i, pat in enumerate(ix.rules.fields.prose.get(field, [])):
        for m in re.finditer(pat, dtext.folded.replace("\n", " ")):
            raw = dtext.text.replace("\n", " ")[m.start("value"):m.end("value")]
            value = parse(raw)
            if value:
                rule = f"fields.prose.{field}[{i}]"
                ev = _line_ev(dtext, m.start("value"), rule, PROSE_FACTOR)
                if ev:
                    _fired(field, rule)
                    return FieldValue(field, value, ev)
    return None


def find_denial_date(ix: DocIndex) -> FieldValue | None:
    specific = [h for h in ix.hits_for("denial_date") if h.rank <= 5 or "fecha" in h.label.lower() and h.rank <= 8]
    got = first_labelled_from(ix, "denial_date", specific, dates.parse_date)
    if got:
        return got
    first_page = ix.doc.pages[0] if ix.doc.pages else None
    generic = [h for h in ix.hits_for("denial_date") if h not in specific and h.cell.line.page == getattr(
        first_page, "number", 0) and h.cell.bbox[1] < 0.5 * first_page.height]
    got = first_labelled_from(ix, "denial_date", generic, dates.parse_date)
    return got or standalone_date(ix)


def first_labelled_from(ix: DocIndex, field: str, hits: list[LabelHit], parse) -> FieldValue | None:
    for hit in _ordered(hits):
        if parse is _person and not hit.colon and hit.inline_value and hit.cell.text.isupper():
            continue  # "PATIENT STATEMENT" is a heading, not a label and a name
        for text, cell, how in ix.value_cells(hit):
            value = parse(text)
            if value:
                rule = f"fields.{field}.labels[{hit.rank}] ({how})"
                _fired(field, rule)
                return FieldValue(field, value.isoformat() if isinstance(value, dt.date) else value, _ev(cell, rule))
    return None


def standalone_date(ix: DocIndex) -> FieldValue | None:
    """A letter's date usually stands alone on a line near the top of the first page."""
    if not ix.doc.pages:
        return None
    page = ix.doc.pages[0]
    for line in page.lines:
        if line.bbox[1] > 0.55 * page.height:
            break
        found = dates.find_dates(line.text)
        if len(found) == 1:
            d, s, e = found[0]
            rest = (line.text[:s] + line.text[e:]).strip(" ,.:")
            if len(rest) <= 12:
                rule = "heuristic: date alone near the top of page 1"
                _fired("denial_date", rule)
                ev = Evidence(line.page, line.text, line.conf * HEURISTIC_FACTOR, line.bbox, rule)
                return FieldValue("denial_date", d.isoformat(), ev)
    return None


def _person(text: str) -> str | None:
    return names.clean_person(text)


def _org(text: str) -> str | None:
    return names.clean_org(text)


def _id(text: str) -> str | None:
    return ids.first_id(text)


def find_member_name(ix: DocIndex, dtext: DocText) -> FieldValue | None:
    return first_labelled(ix, "member_name", _person) or prose_value(ix, dtext, "member_name", _person)


def find_provider(ix: DocIndex, dtext: DocText) -> FieldValue | None:
    return (first_labelled(ix, "provider", _org) or prose_value(ix, dtext, "provider", _org)
            or provider_letterhead(ix, dtext))


def provider_letterhead(ix: DocIndex, dtext: DocText) -> FieldValue | None:
    """A provider's own statement is headed by the provider's name."""
    cues = ix.rules.insurers.provider_letterhead
    if not ix.doc.pages or not any(re.search(p, dtext.folded) for p in cues):
        return None
    page = ix.doc.pages[0]
    for line in page.lines[:3]:
        name = _org(line.text)
        if name and not dates.find_dates(line.text):
            rule = "insurers.provider_letterhead"
            _fired("provider", rule)
            return FieldValue("provider", name, Evidence(line.page, line.text, line.conf * HEURISTIC_FACTOR,
                                                         line.bbox, rule))
    return None


def extract_fields(doc, rules) -> dict[str, FieldValue]:
    """Every field the document states, each with its evidence; absent fields are left out."""
    from intake.extract.deadline import find_deadline

    from intake.extract.claims import claim_blocks

    ix = DocIndex(doc, rules)
    dtext = DocText(ix.lines)
    focus, others = claim_blocks(ix)
    everywhere = set(range(len(ix.lines)))
    claim_ix = ix.keep(focus) if focus else ix
    outside_others = ix.keep(everywhere - others) if others else ix
    out: dict[str, FieldValue | None] = {
        "insurer": find_insurer(doc.pages[0] if doc.pages else None, rules),
        "member_id": first_labelled(ix, "member_id", _id),
        "group_number": first_labelled(ix, "group_number", _id),
        "plan_id": first_labelled(ix, "plan_id", _id),
        "member_name": find_member_name(ix, dtext),
        "provider": find_provider(claim_ix, dtext) or find_provider(outside_others, dtext),
        "claim_amount": find_claim_amount(claim_ix, dtext),
        "service_dates": find_service_dates(claim_ix, dtext),
        "denial_date": find_denial_date(ix),
    }
    taken = {fv.value for k, fv in out.items() if fv and k in ("member_id", "group_number", "plan_id")}
    out["case_numbers"] = find_case_numbers(outside_others, taken)
    notice = out["denial_date"].value if out["denial_date"] else None
    out["appeal_deadline"] = first_labelled_from(ix, "appeal_deadline", ix.hits_for("appeal_deadline"),
                                                 dates.parse_date) or find_deadline(dtext, rules, notice)
    return {k: v for k, v in out.items() if v is not None}
