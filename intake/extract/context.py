"""What every field finder needs of one document: its pairs, regions, sentences and the denied claim."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from decimal import Decimal
from functools import cached_property

from intake.extract import claims, dates, money, remarks
from intake.extract.candidates import BOILERPLATE_FACTOR, HOW, LATER_PAGE_FACTOR, Candidate
from intake.extract.doctext import DocText, reading_lines
from intake.extract.kv import build_index
from intake.extract.kv_prose import prose_pairs
from intake.extract.kv_types import Cell, KVIndex, Pair
from intake.extract.lexicon import lexicon_of, subtokens
from intake.extract.text import fold, rx
from intake.model import Document, Line

CUT_PERSON = {"head", "date", "received", "birth", "npi", "contact", "paid", "amount", "notice", "deadline",
              "account", "codes", "group", "plan", "claim", "provider", "service"}
CUT_ORG = {"head", "date", "received", "birth", "npi", "paid", "amount", "deadline", "account"}
OTHER_CLAIM_FACTOR = 0.3
SAMPLE_FACTOR = 0.2  # a value a sample form prints to show how to fill it in
MEMBER_FIELDS = frozenset({"member_name", "member_id", "group_number", "plan_id"})  # one for the whole paper
# the next label of the same line ('Jan 2 - Jan 30, 2026 Claim received: Feb 5, 2026'): its value is its own
NEXT_LABEL = re.compile(r"\s+(?=[A-Z][A-Za-z.'/ ]{1,30}:\s)")
TOTAL_ROW = re.compile(r"^\s*(?:claim\s+(?:\S*\d\S*\s+)?|grand\s+)?(?:sub)?totals?\b|^\s*totales\b|^\s*total\s+(?:del\s+)?reclamo|"
                       r"^[\s$\d.,()-]*\btotal(?:es|s)?\s*$")  # ('$2,417.36 $0.00 TOTAL': the word after the figures)
# or a few words naming what is totalled before its first figure ('Bill total', 'Statement totals', 'Total billed')
TOTAL_LEAD = re.compile(r"^\s*(?:[a-z'/]+\s+){0,3}(?:sub)?total(?:s|es)?\b[^\d]*(?=\$?\d)|"
                        r"^\s*(?:amount\s+of\s+(?:the\s+)?bill|monto\s+de\s+la\s+factura)\b[^\d]*(?=\$?\d)")  # (a form's box)


# a fax machine's transmission line: the date and the time first, then the sender, the receiver or the page
FAX_HEADER = re.compile(r"^\W{0,3}(?P<date>\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})|[A-Za-z]{3}\s\d{1,2},?\s\d{4}|\d{4}-\d{2}-\d{2})"
                        r"\s+\d{1,2}[:.]\d{2}(?:\s*[AP]M)?\s+\S+(?:\s+\S+){2,}", re.I)


# a weekday's name before a date ('Processed on Saturday, May 23, 2031') says nothing of what the date is
WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|\b(?:lunes|martes|"
                     r"mi[e\u00e9]rcoles|jueves|viernes|s[a\u00e1]bado|domingo)\b", re.I)


# a stamp's word over or under the date it prints ('RECEIVED' / 'JUN 17 2031' / 'EXAMPLE CO-OP HR'): the day a
# reader's office got the paper, not the notice's
STAMP_WORD = re.compile(r"^(?:received|recibido|rec'?d|rcvd|filed|scanned|entrada)[.:]?$", re.I)


def _stamped(page, line: Line) -> bool:
    """A date alone on its line with a stamp's word in capitals just above or below it, over the same stretch of
    the page."""
    x0, y0, x1, y1 = line.bbox
    tall = max(y1 - y0, 1)
    for other in page.lines:
        if other is line or abs(other.bbox[1] - y0) > 2.5 * tall:
            continue
        for w in (other.words[0], other.words[-1]):  # (a stamp's word in capitals ends or opens its line; never
            centre = (w.bbox[0] + w.bbox[2]) / 2  # a sentence's 'We received your claim' nor 'CLAIM RECEIVED - ...')
            if STAMP_WORD.match(w.text) and w.text.isupper() and x0 - 2 * tall <= centre <= x1 + 2 * tall:
                return True
    return False


def _one_date_twice(found: list, text: str) -> list:
    """'April 14th, 2031 (04/14/2031)': one date printed in words and again in figures is one date."""
    if len(found) == 2 and found[0][0] == found[1][0] and re.fullmatch(r"\s*\(\s*", text[found[0][2]:found[1][1]]):
        return [(found[0][0], found[0][1], found[1][2] + (1 if text[found[1][2]:found[1][2] + 1] == ")" else 0))]
    return found


# a table's heading that says its rows were refused ('Drugs we did not pay for this month', 'Services not
# covered', 'Denied claims', 'Medicamentos que no pagamos')
REFUSED_HEADING = re.compile(r"\b(?:we\s+)?(?:did\s+not|didn't|do\s+not|could\s+not|will\s+not)\s+(?:cover|pay)\b|"
                             r"\bnot\s+(?:covered|paid|approved)\b|\b(?:denied|rejected)\b|\bno\s+(?:cubrimos|pagamos)\b|\brechazad[oa]s\b|"
                             r"\bno\s+cubiert[oa]s\b|\bdenegad[oa]s\b")


# a claim's sum row: a word or two, then amounts only ('Claim 417.00 0.00 0.00', 'Subtotal 90.00 0.00')
SUM_ROW = re.compile(r"^\W*[A-Za-z]+(?:\s+[A-Za-z]+)?\s+\$?\d[\d,]*\.\d\d(?:\s+\$?\d[\d,]*\.\d\d)+\s*$")


def _total_row(text: str) -> bool:
    """A table row that totals the rows above it (summing it with them would count every line twice)."""
    folded = fold(text)
    if claims.PROCEDURE_TOTAL.match(folded):
        return False
    return bool(TOTAL_ROW.search(folded) or TOTAL_LEAD.match(folded))


# a bare 'Date' column in a table of services (codes, amounts): the days of the care the claim is for, surer than a
# handover or a request's label beside the table ('Delivery date', 'Requested date'), below 'Date of service'
BARE_DATE_COLUMN = 0.78
# a row of a provider's statement that posts what the insurer or the patient did, not a service given
# ('Insurance: Example Health - denied, plan exclusion', 'Patient payment - thank you': what the account did)
POSTING_ROW = re.compile(r"\b(?:insurance|ins|insurer|plan|payer|medicaid|medicare)\b"
                         r"(?:\.?\s+|:\s+(?:[a-z][a-z'\-]*\s+){0,3}?(?:-\s+)?)(?:claim\s+)?"
                         r"(?:denied|denial|paid|payment|pmt|billed|adjust\w*|processed|filed|submitted|rejected)\b|\bpayment\s+(?:received|posted)\b|\b(?:patient|guarantor)\s+payment\b|"
                         r"\bpayment\s+-\s+thank\s+you\b|\bwrite[- ]?off\b|\btransferred\s+to\b|"
                         r"\bcontractual\s+(?:adjustment|allowance)\b")


# a statement's last rows: what is left to pay after the charges ('Balance due $552.00', 'Amount due'), no charge
BALANCE_ROW = re.compile(r"^\W*(?:[a-z]\s+)?(?:(?:patient|account|current|new|total|your)\s+)?(?:balance|amount\s+due|saldo)\b")  # (after a speck)


def _charge_rows(pairs: list[Pair]) -> tuple[tuple[str, Pair] | None, list[tuple[str, Pair]]]:
    """A billed column read down: its total row (amount, pair) if it has one, and the service rows above it or
    above a statement's balance row ('Balance due' repeats the charges: summing on would count them twice)."""
    rows: list[tuple[str, Pair]] = []
    for p in pairs:
        got = money.find_money(p.value.text)
        if not got:
            continue
        if _total_row(p.value.line.text):
            return (got[0][0], p), rows
        if BALANCE_ROW.match(fold(p.value.line.text)):
            break
        if CREDIT.search(p.value.text):
            continue  # a statement's credit ('Transferred to ... -$1,593.50'): no charge of its own
        rows.append((got[0][0], p))
    if len(rows) >= 3 and Decimal(rows[-1][0]) == sum(Decimal(a) for a, _ in rows[:-1]):
        return rows[-1], rows[:-1]  # the column's last amount adds up those above it: its total, whose caption a
        # narrow column wrapped onto a line of its own ('Claim total USD' over '7,215.43')
    return None, rows


DENIED_ROWS = 1.12  # a statement's denied rows over its total row or a 'Total charges:' label
CREDIT = re.compile(r"(?:^|\s)[-\u2212\u2013]\s?\$?\s?\d|\(\$?\s?\d[\d,]*\.\d{2}\)|\d\.\d{2}\s?CR\b")


# an empty named group in a prose rule marks what its sentence says: '(?P<refused>)' the refused part of a
# partial decision ('we do not certify further days from ... through ...'), which says more than the stay's start
# ('ordering' weighs a doctor who only asked for the care as providers.ORDERING_FACTOR does; 'gave_care' marks who
# gave it, 'the claim from X', 'provided by X', which makes that weight hold)
ABBREVIATION_END = re.compile(r"\b(?:[A-Za-z]{1,3}|nos|num|nbr)\.\s*$")  # ('No.', 'Nos.', 'Ref.': no sentence's end)
PROSE_MARKS = {"refused": {"refused_days": 1.05}, "ordering": {"ordering": 0.55}, "gave_care": {"gave_care": 1.0},
               "patient": {"named_patient": 1.25}, "fallback": {"fallback": 1.0}, "until": {"stay_span": 1.05}}
# word classes that say a date is some other day than the letter's own
OTHER_DATE_CLASSES = frozenset({"birth", "service", "received", "deadline", "period", "request", "sought"})
# a notice's title in capitals, a dash, then its date ('NOTICE OF CLAIM DECISION - MARCH 4, 2031'), or a title
# saying it is dated ('Decision dated March 4, 2031'): the date the notice was issued, where no 'Date:' line is
TITLE_THEN_DASH = re.compile(r"^[^a-z\d:|]*[A-Z]{3,}[^a-z\d:|]*\s[-\u2013\u2014]\s*$")
PAPER_TITLE = re.compile(r"\b(?:decision|notice|determination|letter|action|explanation|aviso|notificacion|determinacion|"
                         r"resolucion)\b")
# a paper naming itself and its day ('Decision of', 'Remittance of', 'Notice of', 'Aviso del')
TITLE_OF = re.compile(r"(?:[A-Za-z]+\s+){0,2}(?:decision|notice|letter|remittance|statement|determination|"
                      r"resolution|aviso|carta|decisi[o\u00f3]n)\s+(?:of|del?|dated)(?:\s+the)?", re.I)
TITLE_DATED = re.compile(r"^\s*(?:[A-Z][A-Za-z]+\s+){1,4}(?:dated|issued|fechad[oa]|emitid[oa])\s*:?\s*$")


# the index of the last pages the split planner read (light contexts), kept for the one-page document each becomes:
# its index is built once, not twice (a process's own cache; a page object is never shared between processes)
_PAGE_INDEXES: dict[int, tuple[object, object, KVIndex, dict[int, int]]] = {}
PAGE_INDEXES_KEPT = 4


def _page_index(doc: Document, lex, keep: bool) -> KVIndex:
    """The document's label-value index; a one-page document takes the index its page's light context built,
    and a light context leaves its index for it. The light path adds only reading-order positions of lines it
    laid out itself (`dtext`), keyed by objects since freed: the positions go back to the built ones."""
    page = doc.pages[0] if len(doc.pages) == 1 else None
    if page is not None and not keep:
        hit = _PAGE_INDEXES.pop(id(page), None)
        if hit is not None and hit[0] is page and hit[1] is lex:
            hit[2].pos = dict(hit[3])
            return hit[2]
    ix = build_index(doc, lex)
    if page is not None and keep:
        while len(_PAGE_INDEXES) >= PAGE_INDEXES_KEPT:
            _PAGE_INDEXES.pop(next(iter(_PAGE_INDEXES)))
        _PAGE_INDEXES[id(page)] = (page, lex, ix, dict(ix.pos))
    return ix


# a form's identifying line at a page's foot: 'Form' and its code ('Form CMS-10123-NOMNC', 'Formulario HCA-0120')
FORM_LINE = re.compile(r"^\s*(?:Form|FORM|Formulario|FORMULARIO)\s+[A-Z][A-Z0-9]*[\-\s]?\d")


# a sentence that lists its days below it ('... on these dates:', 'en las siguientes fechas:')
LIST_OF_DATES = re.compile(r"\b(?:these|the\s+following|estas|las\s+siguientes)\s+(?:dates|days|visits|"
                           r"fechas|dias|visitas)(?:\s+of\s+service)?\s*:\s*$")


# a plan year's running totals ('Plan-year deductible (01/01/2031 - 12/31/2031): $400 / met $250', 'Deducible del
# ano del plan'): its dates are the plan's year, its amounts no service line's
PLAN_YEAR_LINE = re.compile(r"\b(?:deductible|deducible|out-of-pocket|plan[\s-]year|ano\s+del\s+plan|accumulated|acumulado)\b")


PAPERWORK_DATE = re.compile(r"\b(?:received|processed|paid|issued|printed|mailed|birth|dob|born|check|recibid[oa]|"
                            r"procesad[oa]|pagad[oa]|nacimiento)\b")


def _bare_date(label) -> bool:
    """A label of the date word alone ('Date', 'Dates', 'Date(s)', 'Fecha'): whose date it is, its place says."""
    return label.classes - {"connector", "days"} == {"date"}


def _without_dates(text: str) -> str:
    """A list item's words besides its dates ('- Feb 11, 2031' is a bullet and a date)."""
    for _, a, b in sorted(dates.find_dates(text), key=lambda f: -f[1]):
        text = text[:a] + " " + text[b:]
    return re.sub(r"[-\u2022*\u00b7\u2013]", " ", text)


# 'the care you received on or about DATE', 'el o alrededor del DATE': the day named, hedged
ON_OR_ABOUT = re.compile(r"\b(on|el)\s+(?:or\s+(?:about|around)|o\s+alrededor\s+del?)\b")

# a letter's place before its date ('Example City, Alabama,', 'Example City, AL,', 'Ciudad de Ejemplo,'): capitalised
# words, a state's name or code after a comma, and the comma before the date
_PLACE_WORD = r"(?:[A-Z][a-z\u00e0-\u00ff'.\-]+|de|del|la)"
DATELINE_PLACE = re.compile(rf"{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,3}}(?:,\s*(?:[A-Z]{{2}}|{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}))?,")


class Context:
    """One document's index and text, computed once; finders ask it for candidates."""

    def __init__(self, doc: Document, rules, light: bool = False):
        """light: labelled values only (the split planner's member ID of one page): no sentences, no claims."""
        self.doc = doc
        self.rules = rules
        self.lex = lexicon_of(rules)
        self.ix: KVIndex = _page_index(doc, self.lex, keep=light)
        if light:
            self.focus, self.others, self.denying_notes, self.sentence_pairs = None, set(), set(), []
            self.claim_heading, self.other_numbers, self.focus_numbers = [], set(), set()
            self.claim_starts, self.claim_starts_are_rows = {}, False
            return
        starts = claims.claim_starts(self.ix)
        self.claim_starts_are_rows = False  # (a claims table's rows, one claim each, rather than claims' headings)
        self.focus, self.others = claims.claim_blocks(self.ix, rules, starts)
        self.denying_notes = remarks.denying_notes(self.ix, rules)
        self.claim_heading = claims.denied_claim_heading(self.ix, starts, self.focus)
        if self.focus is None:  # no claim blocks to choose from: perhaps a table listing one claim per row
            rows = claims.table_claim_rows(self.ix)
            self.focus, self.others = claims.table_row_blocks(self.ix, rules, rows)
            if self.focus is not None:
                starts, self.claim_starts_are_rows = rows, True
        if self.focus is None:  # or under 'PAID CLAIMS' and 'DENIED CLAIMS' headings
            self.focus, self.others = claims.status_sections(self.ix)
        self.claim_starts = starts
        self.others = self.others | claims.pending_section_lines(self.ix)  # (claims not decided yet: others')
        self.other_numbers = claims.other_claim_numbers(starts, self.focus)
        self.focus_numbers = {k for a, k in starts.items() if self.focus and a in self.focus
                              and not k.startswith("#") and len(k) >= 6} - self.other_numbers
        if self.focus is None:
            self._pair_denied_column()
        self.sentence_pairs = prose_pairs(self.ix, self.dtext.lines, self.lex)

    def _pair_denied_column(self) -> None:
        """A sideways table (one column per claim): each row's label takes the denied column's cell, not the
        first one beside it (`transposed`)."""
        from intake.extract import transposed
        from intake.extract.ids import shape_key

        cells, others = transposed.denied_cells(self.ix, self.rules, self.denying_notes)
        self.other_numbers |= {shape_key(t) for t in others}
        for pair in self.ix.pairs:
            pos = self.ix.position(pair.label.cell.line)
            if pair.how == "next cell" and pos in cells and pair.label.cell is self.ix.cells[id(pair.label.cell.line)][0]:
                pair.value = cells[pos]
                pair.how = "denied column"

    @cached_property
    def dtext(self) -> DocText:
        """The document in reading order; a sidebar's or body's part of a line stands where its line stands."""
        dtext = DocText(reading_lines(self.doc))
        by_row = {(ln.page, ln.index): self.ix.position(ln) for ln in self.ix.lines}
        for ln in dtext.lines:
            self.ix.pos.setdefault(id(ln), by_row.get((ln.page, ln.index), -1))
        return dtext

    @cached_property
    def sent_lines(self) -> set[int]:
        """The fax machine's line across the top of each faxed page ('FROM: ... TO: 15551234567 P.1'): the
        machines' numbers, never the member's, the plan's or the case's."""
        from intake.layout import transmission_line

        found = ((p, transmission_line(p)) for p in self.doc.pages)
        return {id(p.lines[k]) for p, k in found if k is not None}

    @cached_property
    def form_lines(self) -> set[int]:
        """A form's own line at the foot of a page ('Form CM-275-M Ref X', 'Form CMS-10123 (Expires ...) OMB No.
        0938-0953'): the form's numbers, never the member's, the plan's or the case's."""
        out: set[int] = set()
        for p in self.doc.pages:
            for ln in p.lines:
                if ln.bbox[1] > 0.85 * p.height and FORM_LINE.match(ln.text):
                    out.add(id(ln))
        return out

    @cached_property
    def boiler_lines(self) -> set[int]:
        return set(self.boiler_parts)

    @cached_property
    def boiler_parts(self) -> dict[int, list[tuple[int, int]]]:
        """Each boilerplate line with the stretch of its text the rights section covers: a sentence before it on
        the same line ('Your member ID is X. You may ask for ...') is the letter's own."""
        from intake.classify import boilerplate_spans

        out: dict[int, list[tuple[int, int]]] = {}
        heights = {p.number: p.height for p in self.doc.pages}
        for a, b in boilerplate_spans(self.dtext, self.rules):
            inside = [(ln, start) for ln, start in zip(self.dtext.lines, self.dtext.starts)
                      if a <= start + len(ln.text) and start < b and not _running_header(ln, heights)]
            top = (inside[0][0].page, inside[0][0].bbox[1] - 5) if inside else None
            for ln, start in inside:  # (a table's right-hand cells, read after the page's left column, stand above it)
                if not (ln.page == top[0] and ln.bbox[1] < top[1]):
                    pos = self.ix.position(ln)
                    off = self.ix.lines[pos].text.find(ln.text) if 0 <= pos < len(self.ix.lines) else -1
                    end = b - start if not ABBREVIATION_END.search(ln.text[:max(b - start, 0)]) else 10 ** 9
                    out.setdefault(pos, []).append((a - start + off, end + off) if off >= 0 else (0, 10 ** 9))
        return out  # (a reading line may be one cell of the page's line: its stretch counted where the cell stands;
        # a stretch that ends on an abbreviation, 'Certification No.', runs on to the line's end)

    def _value_in_boilerplate(self, pos: int, value: Cell) -> bool:
        """Whether a pair's value stands inside its line's boilerplate stretch, not in a sentence before or after it."""
        k = value.start_in_line
        if k is None:
            return True
        at = len(" ".join(w.text for w in value.line.words[:k])) + (1 if k else 0)
        return any(lo <= at < hi for lo, hi in self.boiler_parts.get(pos, ()))

    @cached_property
    def cell_texts(self) -> str:
        """Every table cell and text run on a line of its own: a name's words never run on into the next
        column's ('Example Family Medicine' beside 'Example Imaging Center')."""
        return "\n".join(c.text for ln in self.ix.lines for c in self.ix.cells.get(id(ln), []))

    @cached_property
    def flat(self) -> str:
        return re.sub(r"\s+", "", fold(self.dtext.text)).upper()

    def region(self, pos: int, page: int) -> dict[str, float]:
        feats = {}
        if pos in self.boiler_lines:
            feats["boilerplate"] = BOILERPLATE_FACTOR
        if self.doc.pages and page != self.doc.pages[0].number:
            feats["later_page"] = LATER_PAGE_FACTOR
        if pos in self.others:
            feats["other_claim"] = OTHER_CLAIM_FACTOR  # a sentence about a claim that was paid
        if pos in self.sample_lines:
            feats["sample_form"] = SAMPLE_FACTOR  # a form's example values ('SAMPLE - how to fill in ...')
        return feats

    @cached_property
    def sample_lines(self) -> set[int]:
        from intake.extract.sample_blocks import sample_block_lines

        lines = self.ix.lines
        return sample_block_lines([ln.text for ln in lines], [ln.page for ln in lines])

    def pairs_for(self, name: str, claim_only: bool = False) -> list[Pair]:
        """Pairs whose label names the field; never from another claim of a multi-claim EOB."""
        pool = self.ix.pairs
        if self.lex.file.fields[name].kind not in ("name", "org"):
            pool = pool + self.sentence_pairs  # a value's shape tells it apart in running text; a name's does not
        once = self._printed_once(name) if name in MEMBER_FIELDS and self.others else set()
        out = [p for p in pool if p.label.score_for(name) and (self.ix.position(p.value.line) not in self.others or
                                                                p.how != "column" and self._label_key(p.label) in once)]
        if claim_only and self.focus is not None:
            out = [p for p in out if self.ix.position(p.value.line) in self.focus or
                   p.how != "column" and self._names_denied_claim(p.value.line)]
        return out

    def _names_denied_claim(self, line) -> bool:
        """'Total charged on claim 123 from Example Center: $12.34' under the claims table: a line outside the
        denied claim's block that names its number (and no other claim's) speaks of it."""
        if not self.focus_numbers:
            return False
        memo = self.__dict__.setdefault("_names_denied", {})
        if id(line) not in memo:
            from intake.extract.ids import find_ids, shape_key

            keys = {shape_key(v) for v, _, _ in find_ids(line.text)}
            memo[id(line)] = bool(keys & self.focus_numbers) and not keys & self.other_numbers
        return memo[id(line)]

    def _printed_once(self, name: str) -> set[str]:
        """The member's labels the paper prints once ('MEMBER', 'Member number' in a sidebar): they name the
        paper's member wherever their values fall, even level with another claim's lines; a label printed again
        for each claim ('Patient:') names that claim's patient, and a column's header heads every claim's row."""
        memo = self.__dict__.setdefault("_once", {})  # (asked for every pair and candidate of these fields)
        if name not in memo:
            seen = Counter(self._label_key(lab) for lab in self.ix.labels if lab.score_for(name))
            memo[name] = {k for k, n in seen.items() if n == 1}
        return memo[name]

    def _label_key(self, label) -> str:
        """A label by its own words ('BEATRIZ N MEMBER ID:' is 'member id': a name's initial OCR joined to it
        says nothing)."""
        words = (w.strip(":#.,") for w in fold(label.text).split())
        return " ".join(w for w in words if len(w) > 1 and self.lex.word_classes(w))

    def from_pair(self, pair: Pair, name: str, value, feats: dict, k: int = 0) -> Candidate:
        fs = pair.label.score_for(name)
        pos = self.ix.position(pair.value.line)
        region = self.region(pos, pair.value.line.page)
        if pair.how == "column" or "boilerplate" in region and not self._value_in_boilerplate(pos, pair.value):
            region.pop("boilerplate", None)  # a table's cell under its header: data, though a rights section runs
            # on above it (a claims detail enclosed after the appeal rights); so is a sentence before the section's
            # own on its line
        if "other_claim" in region and name in MEMBER_FIELDS and pair.how != "column" and \
                self._label_key(pair.label) in self._printed_once(name):
            region.pop("other_claim")  # the paper's member, level with another claim's lines
        features = {"label": fs.score, "how": HOW[pair.how], **region, **feats}
        return Candidate(name, value, pair.value.line.page, pair.value.line.text, pair.value.conf,
                         pair.value.bbox, pos * 100 + k, f"{fs.rule} ({pair.how})", features)

    def from_line(self, line: Line, name: str, value, rule: str, how: str, feats: dict | None = None) -> Candidate:
        pos = self.ix.position(line)
        features = {"how": HOW[how], **self.region(pos, line.page), **(feats or {})}
        return Candidate(name, value, line.page, line.text, line.conf, line.bbox, pos * 100, rule, features)

    def repeats(self, value: str) -> float:
        """An ID printed on every page (a header) is more likely the member's."""
        n = self.flat.count(re.sub(r"\s+", "", value).upper())
        return 1.0 + 0.04 * min(max(n - 1, 0), 3)

    def foreign_prefix(self, value: str, field: str = "") -> bool:
        """'ACCT-6633820', 'RX 4471', 'CPT 99213': the ID's own prefix says it is an account, prescription or code.
        A drug plan's group is printed 'RX12345': for a group number, an 'RX' prefix is the group's own."""
        m = re.match(r"^([A-Za-z]{2,5})[-\s]?\d", value)
        foreign = {"account", "form", "npi", "codes"} | ({"rx"} if field != "group_number" else set())
        return bool(m) and bool(self.lex.classes_of(m.group(1).lower()) & foreign)

    def in_other_claim(self, cand: Candidate) -> bool:
        from intake.extract.ids import shape_key

        if cand.order // 100 in self.others:
            return True
        return cand.field == "case_numbers" and isinstance(cand.value, str) and shape_key(cand.value) in self.other_numbers

    def cut_at_label_words(self, text: str, person: bool = True) -> str:
        """'Jane Doe Received 03/02' -> 'Jane Doe': words of the next column glued on are label words."""
        cut = CUT_PERSON if person else CUT_ORG
        words = text.split()
        for i, w in enumerate(words[1:], 1):
            toks = subtokens(w)
            if toks and len(toks[0]) > 1 and all(self.lex.classes_of(t) & cut for t in toks):
                if not person and (self._name_goes_on(words, i, cut) or self._name_ends_with(words, i)
                                   or words[i - 1] in ("&", "and", "y")):
                    continue  # 'Example Birth Doula Collective', 'Example Hearing & Balance': the name's own word
                return " ".join(words[:i])
            if person and i >= 2 and w[:1].isupper() and toks and \
                    all(self.lex.classes_of(t) & {"patient"} for t in toks):
                return " ".join(words[:i])  # 'Ana B. Reyes Client ...': the next caption, a person's, after a name
        return text

    def _name_ends_with(self, words: list[str], i: int) -> bool:
        """The last word is a word organisations end their names with ('Example Milk Bank'): a label glued on
        from the next column has its value after it."""
        return i == len(words) - 1 and words[i].strip(".,").casefold() in self.rules.insurers.provider_name_endings

    def _name_goes_on(self, words: list[str], i: int, cut: set[str]) -> bool:
        """The word after a label word is a capitalised word of no label ('Birth Doula', 'Age Well'): the
        organisation's name goes on; a label's value follows a label ('DOB 01/02/1980', 'Received 03/02')."""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        return bool(re.fullmatch(r"[A-Z][a-z]{2,}[,.]?", nxt)) and not self.lex.classes_of(nxt.strip(",.")) & cut

    def named_by_surname(self, text: str) -> str | None:
        """'Dear Mr. Reyes' / 'Estimado señor Reyes': the full name the letter prints elsewhere with that surname
        (the address block's 'Ana M. Reyes'); None when it prints none."""
        from intake.extract.names import clean_person, name_words

        toks = [t for t in re.split(r"[\s:,]+", text.strip()) if t]
        toks = [t for t in toks if t.strip(".").casefold() not in name_words().titles]
        if not toks or not re.fullmatch(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\-]+", toks[0]):
            return None
        pat = rf"\b([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+\s+(?:[A-Z]\.?\s+)?{re.escape(toks[0])})\b"
        for m in re.finditer(pat, self.dtext.text):
            full = clean_person(m.group(1))
            if full and len(full.split()) >= 2 and not SALUTE.match(full):
                return full
        # 'Estimada Yadira:' greets by the given name: the full name that starts with it ('Yadira C. Ejemplo')
        given = rf"\b({re.escape(toks[0])}\s+(?:[A-Z]\.?\s+)?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff']+" \
                rf"(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff']+)?)\b"
        for m in re.finditer(given, self.dtext.text):
            if CREDENTIAL_AFTER.match(self.dtext.text, m.end()):
                continue  # ('Ana B. Reyes, MD' signing: a doctor of the same given name, not the reader)
            full = clean_person(m.group(1))
            if full and len(full.split()) >= 2:
                return full
        return None

    def fuller_name(self, name: str) -> str:
        """'Dear Ana Reyes' names the person the address block calls 'Ana M. Reyes'."""
        parts = name.split()
        if len(parts) != 2:
            return name
        pat = re.compile(rf"\b{re.escape(parts[0])}\s+([A-Z])\.?\s+{re.escape(parts[1])}\b", re.I)
        m = pat.search(self.dtext.text)
        return f"{parts[0]} {m.group(1).upper()}. {parts[1]}" if m else name

    def top_factor(self, cell: Cell) -> float:
        first = self.doc.pages[0] if self.doc.pages else None
        if first and cell.line.page == first.number and cell.bbox[1] < 0.5 * first.height:
            return 1.0
        return 0.8

    @cached_property
    def _prose_text(self) -> str:
        """The folded text on one line, a month OCR split after its capital mended ('A pril 6'), a weekday before a
        date blanked and 'on or about' read as 'on' (a notice hedging the day it names), as the prose patterns read
        it: worked out once per document, not once per field."""
        text = dates.blank_weekdays(dates.mend_split_months(self.dtext.folded)).replace("\n", " ")
        return ON_OR_ABOUT.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)  # (offsets hold)

    def prose_candidates(self, name: str, parse) -> list[Candidate]:
        out = []
        flat_fold = self._prose_text
        paragraphs = self.dtext.paragraphs()
        for i, pat in enumerate(self.rules.fields.prose.get(name, [])):
            pattern = rx(pat)
            for m in (m for a, b in paragraphs for m in pattern.finditer(flat_fold, a, b)):
                start, end = m.start("value"), m.end("value")
                if name in ("provider", "member_name"):
                    end = _past_wrapped_initial(self.dtext.text, start, end)
                if "subject" in pattern.groupindex:
                    start = _subject_line_start(self.dtext.text, start, end)
                value = parse(_first_line_of(self.dtext.text, start, end, name))
                if value and "until" in pattern.groupindex:
                    value = _stay_to(value, parse(self.dtext.text[m.start("until"):m.end("until")]))
                line = self.dtext.line_at(start)
                if value and line is not None:
                    feats = dict(PROSE_MARKS.get(next((g for g in pattern.groupindex if g in PROSE_MARKS), ""), {}))
                    out.append(self.from_line(line, name, value, f"fields.prose.{name}[{i}]", "prose", feats))
        return out

    def standalone_dates(self) -> list[Candidate]:
        """A letter's date usually stands alone on a line near the top of the first page."""
        if not self.doc.pages:
            return []
        page, out = self.doc.pages[0], []
        for line in page.lines:
            if line.bbox[1] > 0.55 * page.height:
                break
            found = _one_date_twice(dates.find_dates(line.text), line.text)
            if found and self._dated_beside_labels(line):
                out.append(self.from_line(line, "denial_date", found[0][0].isoformat(),
                                          "layout: date alone near the top, a label block beside it", "heuristic"))
            elif len(found) == 1:
                d, s, e = found[0]
                rest = WEEKDAY.sub("", line.text[:s] + line.text[e:]).strip(" ,.:")  # ('Saturday, May 23')
                if len(rest) <= 12 and not re.search(r"\d", rest) and not self.names_other_date(rest) and \
                        not SENTENCE_TAIL.match(line.text[:s]) and not _stamped(page, line):
                    # 'Date: ...', not a grid row's date beside an ID, nor 'Birth date 01/02/1980', 'DOB ...'
                    out.append(self.from_line(line, "denial_date", d.isoformat(), "layout: date alone near the top",
                                              "heuristic"))
                elif not line.text[:s].strip() and LONE_ID.fullmatch(line.text[e:].strip()) and \
                        line.bbox[1] < 0.3 * page.height:
                    # ('2 June 2031  QX53077422': a header band's date and number, their captions lost in its shade)
                    out.append(self.from_line(line, "denial_date", d.isoformat(), "layout: a date opening the "
                                              "header band, a number beside it", "heuristic", {"beside_id": 0.9}))
                elif DATELINE_PLACE.fullmatch(line.text[:s].strip()) and not line.text[e:].strip(" .") and \
                        not self.names_other_date(rest):  # ('Example City, Alabama, 14 de mayo de 2031': a dateline)
                    out.append(self.from_line(line, "denial_date", d.isoformat(), "layout: a dateline near the top",
                                              "heuristic"))
                elif self._cell_dated_of(line):
                    out.append(self.from_line(line, "denial_date", d.isoformat(), "layout: a notice's own words "
                                              "dating it ('Decision of <date>')", "heuristic"))
                elif self._title_dated(line.text, s, e):
                    out.append(self.from_line(line, "denial_date", d.isoformat(), "layout: the date in the notice's title",
                                              "heuristic"))
                elif re.search(r"[^:]\s*\|\s*$", line.text[:s]) and not line.text[e:].strip(" .") and \
                        not re.search(r"\d", line.text[:s]):
                    # ('Provider Claims Services | 12-FEB-2031': an office's line, the letter's date after its bar,
                    # the words before the bar no label of it)
                    out.append(self.from_line(line, "denial_date", d.isoformat(), "layout: date alone near the top",
                                              "heuristic"))
        return out[:1]

    def fax_sent_date(self) -> list[Candidate]:
        """The date a fax machine printed across the top of the first page ('04/21/2026 14:52 FROM ... P.1'): the
        day the notice went out. Only a fallback: a notice whose own dated box a coarse fax blurred beyond reading
        was still sent that day, and a reader counting its deadline starts there."""
        if not self.doc.pages:
            return []
        page = self.doc.pages[0]
        for line in page.lines[:4]:
            m = FAX_HEADER.match(line.text.strip())
            if m and line.bbox[1] < 0.1 * page.height:
                d = dates.parse_date(m.group("date"))
                if d:
                    return [self.from_line(line, "denial_date", d.isoformat(), "layout: a fax header's sending date",
                                           "heuristic", {"fax_header": 0.8})]
        return []

    def _title_dated(self, text: str, start: int, end: int) -> bool:
        """'APPEAL DECISION - MAY 4, 2031', 'Decision dated May 4, 2031': the date closes the title line; never a
        title naming another date ('SERVICE DATES - ...') nor a date with words after it."""
        before = text[:start]
        if text[end:].strip(" .") or (self.names_other_date(before) and not PAPER_TITLE.search(fold(before))):
            return False  # ('TREATMENT AUTHORIZATION DECISION - ...': a paper's title, whatever care it names)
        return bool(TITLE_THEN_DASH.match(before) or TITLE_DATED.match(before))

    def _cell_dated_of(self, line) -> bool:
        """'Review decision of Wednesday, <date>' in a cell of its own beside the addressee: the paper names itself
        and its day, nothing after the date."""
        for cell in self.ix.cells.get(id(line), []):
            found = dates.find_dates(cell.text)
            if len(found) == 1 and not cell.text[found[0][2]:].strip(" ."):
                before = WEEKDAY.sub("", cell.text[:found[0][1]]).strip(" ,")
                if TITLE_OF.fullmatch(before):
                    return True
        return False

    def _dated_beside_labels(self, line) -> bool:
        """'December 23, 2025      Member ID  X123': the letter's date in a cell of its own at the line's start,
        a box of labelled facts beside it on the right (a table's row has values beside its date, no label)."""
        row = self.ix.cells.get(id(line), [])
        if not 3 <= len(row) <= 4 or id(row[1]) not in self.ix.labelled:  # (a table's row runs on in more cells)
            return False
        found = dates.find_dates(row[0].text)
        return len(found) == 1 and len(row[0].text) - (found[0][2] - found[0][1]) <= 2

    def names_other_date(self, words: str) -> bool:
        """Label words beside a lone date that make it a birth, service, arrival or deadline date."""
        for w in words.split():
            if (self.lex.word_classes(w.strip(",:;.")) or frozenset()) & OTHER_DATE_CLASSES:
                return True
        return False

    @cached_property
    def medicare_form_title(self) -> Line | None:
        """The title line of a notice on Original Medicare's own form (letters.medicare_notice_title), found once:
        the insurer and the claim amount both ask."""
        from intake.extract.letters import medicare_notice_title

        return medicare_notice_title(self)

    @cached_property
    def provider_paper(self) -> bool:
        """The page's top half says this is a provider's own paper (a patient statement, an ABN, a NOMNC): its
        bare 'Identification number' is the provider's number for the patient, not the plan's member ID."""
        if not self.doc.pages:
            return False
        page = self.doc.pages[0]
        top = fold(" ".join(ln.text for ln in page.lines if ln.bbox[1] < 0.5 * page.height))
        return any(rx(p).search(top) for p in self.rules.insurers.provider_letterhead) or self.provider_bill

    @cached_property
    def provider_bill(self) -> bool:
        """The paper's title says it is a provider's own bill ('INVOICE', 'ITEMIZED PATIENT STATEMENT'): its
        letterhead billed for the care, whichever doctor it names as ordering or attending."""
        from intake.extract.insurer import provider_paper_title

        return bool(self.doc.pages) and provider_paper_title(self.doc.pages[0], self.rules) is not None

    @cached_property
    def employer_policy(self) -> bool:
        """A workers' compensation paper: its 'Policy number' is the employer's policy, the worker has no member ID."""
        return any(rx(p).search(self.dtext.folded) for p in self.rules.insurers.employer_policy)

    def _table_columns(self, name: str) -> dict[int, list[Pair]]:
        """Column pairs of a field, grouped by their header cell."""
        cols: dict[int, list[Pair]] = {}
        for p in self.pairs_for(name, claim_only=True):
            if p.how == "column":
                cols.setdefault(id(p.label), []).append(p)
        return cols

    def column_totals(self) -> list[Candidate]:
        """EOB tables: a billed column's total row, else the sum of its service rows."""
        out = []
        for pairs in self._table_columns("claim_amount").values():
            total, rows = _charge_rows(pairs)
            denied = self._statement_denied_rows(rows)
            if denied:
                amount = sum(Decimal(a) for a, _ in denied)
                out.append(self.from_pair(denied[0][1], "claim_amount", f"{amount:.2f}", {"denied_rows": DENIED_ROWS}))
            elif total:
                out.append(self.from_pair(total[1], "claim_amount", total[0], {"total_row": 1.0}))
            elif rows and (after := self._refused_total_after(rows[-1][1])) is not None:
                out.append(self.from_line(after[1], "claim_amount", after[0], "layout: the refused claim's total "
                                          "row after a page break", "column", {"total_row": 1.0}))
            elif rows:
                amount = sum(Decimal(a) for a, _ in rows)
                out.append(self.from_pair(rows[0][1], "claim_amount", f"{amount:.2f}",
                                          {"row_sum": 0.97 if len(rows) > 1 else 1.0}))
        return out

    def _refused_total_after(self, last: Pair) -> tuple[str, Line] | None:
        """The refused claim's own total row on a later page than its billed column's last row ('Claim total
        627.50' over the page break, the column not captioned again there): (its first amount, its line)."""
        if not self.focus:
            return None
        from intake.extract.kv_columns import CLAIM_TOTAL

        start = self.ix.position(last.value.line)
        for i in sorted(self.focus):
            ln = self.ix.lines[i]
            if i > start and ln.page > last.value.line.page and CLAIM_TOTAL.match(ln.text):
                got = money.find_money(ln.text)
                return (got[0][0], ln) if got else None
        return None

    def refused_row_charge(self) -> list[Candidate]:
        """The refused claim's rows billed and then allowed and paid nothing ('3,120.50  0.00  0.00  0.00  Q36'):
        their charge, where no column, total or sentence gave the claim's amount (a fax garbled the 'Billed' head)."""
        if not self.focus:
            return []
        rows = [i for i in sorted(self.focus) if claims.nothing_allowed(self.ix.lines[i].text) or
                claims.all_left_to_pay(claims.row_amounts(self.ix.lines[i].text))]
        if not rows:
            return []
        sums = [i for i in rows if _total_row(self.ix.lines[i].text) or SUM_ROW.match(self.ix.lines[i].text)]
        rows = sums[:1] or rows  # ('Claim 417.00 0.00 0.00' under its rows: their sum, never counted with them)
        amount = sum(Decimal(f"{claims.row_amounts(self.ix.lines[i].text)[0]:.2f}") for i in rows)
        return [self.from_line(self.ix.lines[rows[0]], "claim_amount", f"{amount:.2f}",
                               "layout: the refused row's charge", "column", {"refused_row": 0.8})]

    def _statement_denied_rows(self, rows: list[tuple[str, Pair]]) -> list[tuple[str, Pair]]:
        """On a provider's own statement, the charges of the rows the plan denied ('Ins denied: not eligible')
        when other rows were paid: what the member is asked to pay for the denial, not the statement's total."""
        if not self.provider_paper or len(rows) < 2 or self.focus is not None:
            return []
        services = [(a, p) for a, p in rows if Decimal(a) > 0]  # (a posting row, 'Insurance denied 0.00', bills nothing)
        denied = [(a, p) for a, p in services if remarks.line_denies(p.value.line.text, self.rules, self.denying_notes)]
        return denied if len(denied) < len(services) else []

    def service_date_groups(self) -> list[list[Candidate]]:
        """Each way the document states its service dates: one table (all rows), one label, one sentence."""
        groups: list[list[Candidate]] = []
        by_header_line: dict[int, dict[int, list[str]]] = {}
        row_pair: dict[int, Pair] = {}
        columns = list(self._table_columns("service_dates").values())
        if self._refused_table():  # (a paper with a table of what it refused: another table lists what was paid)
            columns = [c for c in columns if self._under_refused_heading(c[0].label.cell.line)]
        for pairs in columns:
            rows = by_header_line.setdefault(id(pairs[0].label.cell.line), {})
            for p in pairs:
                if _total_row(p.value.line.text):
                    break
                found = dates.find_spans(p.value.text)
                rows.setdefault(id(p.value.line), []).extend(found)
                if found:  # the column that dates the row speaks for it ('Requested start date' beside 'Service')
                    row_pair.setdefault(id(p.value.line), p)
        for rows in by_header_line.values():
            # (of the dated rows: a row with no date, 'Therapist ... DENIED' under another header, dates nothing)
            rows = self._denied_rows({k: v for k, v in rows.items() if v})
            spans = [s for r in rows.values() for s in _row_spans(r)]
            if spans:  # a 'From' and a 'To' column side by side: each row a span of care (a rental month)
                feats = {"span_columns": 1.6} if any("/" in s for s in spans) else {}
                groups.append([self.from_pair(row_pair[next(iter(rows))], "service_dates", spans, feats)])
        groups += self._bare_date_columns() + self._bare_dates_spans() + self._listed_dates() + self._block_dates()
        groups += self._heading_line_dates()
        labelled = [p for p in self.pairs_for("service_dates", claim_only=True) if p.how != "column"]
        for p in labelled:
            spans = dates.find_spans(NEXT_LABEL.split(p.value.text, 1)[0])
            if spans:  # 'Dates not approved' says which days were denied; 'Admission date' only when it began
                feats = {"decided_days": 1.15} if "decided" in p.label.classes else {}
                if "refused" in p.label.classes:
                    feats["refused_days"] = 1.05  # 'Days denied' over 'Days approved' on a concurrent review
                groups.append([self.from_pair(p, "service_dates", spans, feats)])
        groups += self._stay_spans(self.pairs_for("service_dates", claim_only=True))
        for c in self.prose_candidates("service_dates", lambda t: dates.find_spans(t)[:6] or None):
            if not _earlier_event(c):
                groups.append([c])
        groups += self.claim_line_dates()
        return [g for g in groups if g[0].score >= 0.28]

    STAY_LABELS = 0.9  # two labels that open and close a stay name service dates as surely as 'Date of service'

    def _refused_table(self) -> bool:
        """A table dating its rows ('Date', 'Date filled') under a heading that says they were refused."""
        heads = {id(p.label.cell.line): p.label.cell.line for p in self.ix.pairs if p.how == "column" and
                 (_bare_date(p.label) or p.label.score_for("service_dates"))}
        return any(self._under_refused_heading(h) for h in heads.values())

    def _under_refused_heading(self, header) -> bool:
        """A table headed by a line saying its rows were refused ('Drugs we did not pay for', 'Services not
        covered', 'Denied claims'), a few lines over its caption row: of a paper's tables, the one its refusal
        is about (the others list what was paid)."""
        at = self.ix.position(header)
        for ln in self.ix.lines[max(0, at - 3):max(at, 0)]:
            if ln.page == header.page and len(ln.words) <= 10 and len(self.ix.cells.get(id(ln), [])) <= 2 and \
                    REFUSED_HEADING.search(fold(ln.text)):
                return True  # (a heading on its line: a caption row's 'Not covered' column, one of many, heads no table)
        return False

    def _stay_spans(self, labelled: list[Pair]) -> list[list[Candidate]]:
        """'Admission date: X' and 'Discharge date: Y' a few lines apart or one after the other on a line, or
        'Admitted' and 'Discharged' heading boxes of a facts grid: the stay is the span X/Y, which says more than
        either day alone."""
        out = []
        for a in (p for p in labelled if _opens_span(p.label)):
            for b in (p for p in labelled if _closes_span(p.label) and _span_pair(a.label, p.label)):
                apart = self.ix.position(b.value.line) - self.ix.position(a.value.line)
                near = a.value.line.page == b.value.line.page and \
                    (0 < apart <= 4 or (apart == 0 and b.value.x0 > a.value.x0 and b.value is not a.value))
                first, last = dates.find_spans(a.value.text), dates.find_spans(b.value.text)
                if near and len(first) == 1 == len(last) and "/" not in first[0] + last[0] and first[0] < last[0]:
                    c = self.from_pair(a, "service_dates", [f"{first[0]}/{last[0]}"], {"stay_span": 1.05})
                    closing = self.from_pair(b, "service_dates", last, {}).features["label"]  # ('Fecha de alta:' as
                    c.features["label"] = max(c.features["label"], closing, self.STAY_LABELS)  # sure as its span)
                    out.append([c])
        return out

    def _denied_rows(self, rows: dict[int, list[str]]) -> dict[int, list[str]]:
        """Of a claim's service lines, the denied ones when some lines carry a denial code and others not; a
        statement's posting row ('05/14/2031 Insurance denied claim', 'Payment received') dates no service."""
        text = {id(ln): ln.text for ln in self.ix.lines}
        services = {k: v for k, v in rows.items() if not POSTING_ROW.search(fold(text.get(k, "")))}
        rows = services or rows
        denied = {k: v for k, v in rows.items() if remarks.line_denies(text.get(k, ""), self.rules, self.denying_notes)}
        if not denied and self.focus is not None and any(claims.row_paid(text.get(k, "")) for k in rows):
            denied = {k: v for k, v in rows.items() if _drew_nothing(text.get(k, ""))}  # (the refused claim's lines
            # that drew nothing, beside paid ones)
        return denied if denied and len(denied) < len(rows) else rows

    def _bare_date_columns(self) -> list[list[Candidate]]:
        """A column headed just 'Date' or 'Dates' in a table of services holds the service dates."""
        out = []
        heads: dict[int, list[Pair]] = {}
        for p in self.ix.pairs:
            if p.how == "column" and _bare_date(p.label):  # ('Dates', 'Fecha')
                if self.focus is None or self.ix.position(p.value.line) in self.focus:
                    if self.ix.position(p.value.line) not in self.others:
                        heads.setdefault(id(p.label), []).append(p)
        for pairs in heads.values():
            if not self._services_table(pairs[0].label.cell.line):
                continue  # ('DATE  CASE  MEMBER ID  GROUP  RECEIVED': a notice's facts box, its date the notice's)
            rows: dict[int, list[str]] = {}
            for p in pairs:
                if _total_row(p.value.line.text):
                    break
                rows[id(p.value.line)] = dates.find_spans(p.value.text)
            spans = [s for r in self._denied_rows(rows).values() for s in r]
            if spans:
                c = self.from_line(pairs[0].value.line, "service_dates", sorted(set(spans)),
                                   "layout: the 'Date' column of a claims table", "column", {"label": BARE_DATE_COLUMN})
                out.append([c])
        return out

    def _services_table(self, header) -> bool:
        """A header row that heads services: a service, code, amount or decision column beside its 'Date'."""
        want = {"service", "codes", "amount", "billed", "decided", "paid", "rx", "refused"}
        return any(x.cell.line is header and x.classes & want for x in self.ix.labels)

    def _block_dates(self) -> list[list[Candidate]]:
        """A bare 'Date(s)' label inside the denied claim's block ('Claim 2 of 3' / 'Claim number' / 'Provider'
        / 'Date(s) 02/17/2031'): among a claim's own lines a date is the claim's, the day of its services."""
        if self.focus is None:
            return []
        out = []
        for p in self.ix.pairs:
            if p.how == "column" or not _bare_date(p.label) or \
                    self.ix.position(p.label.cell.line) not in self.focus:
                continue
            spans = dates.find_spans(NEXT_LABEL.split(p.value.text, 1)[0])
            if spans:
                out.append([self.from_line(p.value.line, "service_dates", spans,
                                           "layout: a bare date label in the denied claim's block", p.how,
                                           {"label": 0.8})])
        return out

    def _heading_line_dates(self) -> list[list[Candidate]]:
        """'2 of 3  Claim QX31-0042  Example Clinic  Service 01/31/2031': the dates on the denied claim's own
        first line are the days of its care, unless a word before them makes them the paperwork's (received,
        processed, paid) or the member's birth."""
        if not self.focus or min(self.focus) not in self.claim_starts:
            return []
        line = self.ix.lines[min(self.focus)]
        found = dates.find_dates(line.text)
        if not found or PAPERWORK_DATE.search(fold(line.text[:found[0][1]])):
            return []
        spans = dates.find_spans(line.text)
        if not spans:
            return []
        return [[self.from_line(line, "service_dates", spans, "layout: a date on the denied claim's first line",
                                "heuristic", {"label": 0.6})]]

    def _bare_dates_spans(self) -> list[list[Candidate]]:
        """A bare plural 'Dates' (or 'Fechas') before a span of days ('DATES 01-APR-2026 - 30-JUN-2026' among a
        notice's facts): the days the request or the care covers; one date alone after it says nothing."""
        out = []
        for p in self.ix.pairs:
            if p.how == "column" or not _bare_date(p.label) or \
                    fold(p.label.cell.words[p.label.start].text).strip(":") not in ("dates", "fechas"):
                continue
            spans = [x for x in dates.find_spans(NEXT_LABEL.split(p.value.text, 1)[0]) if "/" in x]
            if spans:
                out.append([self.from_line(p.value.line, "service_dates", spans[:1],
                                           "layout: a span after a bare 'Dates' label", p.how, {"label": 0.6})])
        return out

    def _listed_dates(self) -> list[list[Candidate]]:
        """'... on these dates:' over a list of dates, one to a line (bulleted or not, a sentence between
        allowed): the days the care was given, as a sentence states them."""
        out, lines = [], self.ix.lines
        for n, line in enumerate(lines):
            if not LIST_OF_DATES.search(fold(line.text)):
                continue
            spans, skipped = [], 0
            for item in lines[n + 1:n + 12]:
                found = dates.find_spans(item.text) if item.page == line.page else []
                if found and len(_without_dates(item.text).split()) <= 3:
                    spans += found
                elif spans or skipped or item.page != line.page:
                    break
                else:
                    skipped += 1  # ('The charges came to ...' printed between the sentence and its list)
            if spans:
                out.append([self.from_line(line, "service_dates", sorted(set(spans)),
                                           "layout: dates listed after '... on these dates:'", "heuristic",
                                           {"listed_dates": 1.1})])
        return out

    def claim_line_dates(self) -> list[list[Candidate]]:
        """Dates printed on the denied claim's heading, or on its service lines that are denied while others
        are not ('Skilled nursing stay 01/01/26 - 01/05/26  NO  $3,960.72  A'): one group each."""
        groups = []
        denied = [i for i in sorted(self.focus or range(len(self.ix.lines)))
                  if money.find_money(self.ix.lines[i].text, need_sign=True)
                  and remarks.line_denies(self.ix.lines[i].text, self.rules, self.denying_notes)
                  and not POSTING_ROW.search(fold(self.ix.lines[i].text))  # (a statement's 'Insurance denied' row)
                  and not running_prose(self.ix.lines[i].text)]
        # some service lines are not denied (or the denied claim is known): the denied lines' dates stand out
        some_paid = self.focus is not None or len(denied) < sum(
            1 for ln in self.ix.lines if money.find_money(ln.text, need_sign=True) and dates.find_dates(ln.text))
        spans = sorted({s for i in denied for s in _line_dates(self.ix.lines[i].text)})
        if spans and some_paid:
            line = self.ix.lines[denied[0]]
            groups.append([self.from_line(line, "service_dates", spans, "layout: dates on the denied service lines",
                                          "column", {"denied_line": 0.9})])
        if not (spans and some_paid):
            groups += self._service_line_dates()
        for pos in self.claim_heading:
            found = dates.find_spans(self.ix.lines[pos].text)
            if found:
                cand = self.from_line(self.ix.lines[pos], "service_dates", found[:1],
                                      "layout: the date over the denied claim", "heuristic", {"claim_heading": 0.9})
                if claims.heading_name(self.ix.lines[pos].text):
                    cand.features.pop("boilerplate", None)  # a date and who billed: a claim's heading, though
                groups.append([cand])  # run on from a rights paragraph above
        return groups

    def _service_line_dates(self) -> list[list[Candidate]]:
        """A fallback when no column names them: the dates on the claim's service lines (a date and two or
        more amounts on one line), the denied ones where only some are; every line when all are denied."""
        lines = self.ix.lines
        dated = {i: lines[i].text for i in sorted(self.focus or range(len(lines))) if i not in self.others
                 and len(money.find_money(lines[i].text)) >= 2 and not PLAN_YEAR_LINE.search(fold(lines[i].text))}
        dated = {i: t if dates.find_dates(t) else _date_line_above(lines, i) + " " + t for i, t in dated.items()}
        rows = [i for i, t in dated.items() if dates.find_dates(t)]
        if not rows:
            return []
        denied = [i for i in rows if remarks.line_denies(lines[i].text, self.rules, self.denying_notes)
                  and not POSTING_ROW.search(fold(lines[i].text))]
        if not denied and self.focus is not None:  # (the refused claim's lines that drew nothing, beside paid ones)
            denied = [i for i in rows if _drew_nothing(lines[i].text)]
            denied = denied if len(denied) < len(rows) and any(claims.row_paid(lines[i].text) for i in rows) else []
        spans = sorted({s for i in (denied or rows) for s in _line_dates(dated[i])})
        line = lines[(denied or rows)[0]]
        return [[self.from_line(line, "service_dates", spans, "layout: dates on the claim's service lines",
                                "column", {"service_lines": 0.6})]] if spans else []


def _drew_nothing(text: str) -> bool:
    """A service line billed that drew nothing: allowed and paid zeros ('204.60  0.00  0.00  204.60'), or its one
    amount after the charge a zero ('152.40  0.00  V9')."""
    text = claims.DECIMAL_COMMA.sub(".", text)
    amounts = claims.row_amounts(text)
    return claims.nothing_allowed(text) or (len(amounts) == 2 and amounts[0] > 0 and amounts[1] == 0)


# the care's occasion, dated in the same sentence ('your first eyeglasses after your cataract surgery on DATE',
# 'despues de su cirugia del DATE'): an earlier event's day, not the day of the care the paper is about
EARLIER_EVENT = re.compile(r"\b(?:after|since|following|despues\s+de|tras)\s+(?:your|the|his|her|their|su|sus|la|el)\s+"
                           r"(?:[\w\-]+\s+){0,3}?(?:on|of|dated|el|del|de)\s*$", re.I)


# care told as history ('the prior injection (...) on DATE', 'completed root canal therapy on this tooth on DATE',
# 'Records show physical therapy ... on DATE', 'an injection on DATE without lasting relief'): what came before
HISTORY_BEFORE = re.compile(r"\b(?:prior|previous|previously|earlier|completed(?!\s+(?:our|the|its|your|a|an)\s+review)|history|"
                            r"records\s+show|already|tried|"
                            r"anterior|previa|previo)\b", re.I)
PROCESSED = re.compile(r"\b(?:processed|procesad[oa])\b", re.I)  # ('Medicare processed our claim on DATE')
HISTORY_AFTER = re.compile(r"^\W*(?:without|with\s+no|did\s+not\s+help|was\s+a\b|sin\s+)", re.I)


def _earlier_event(c: Candidate) -> bool:
    """The sentence dates the care by an earlier event, or tells of care before, and the date found is that
    event's."""
    for d, start, end in dates.find_dates(c.text or ""):
        if c.value and d.isoformat() == str(c.value[0]).split("/")[0]:
            before = c.text[max(0, start - 80):start]
            return bool(EARLIER_EVENT.search(before) or HISTORY_BEFORE.search(before) or PROCESSED.search(before[-40:]) or
                        HISTORY_AFTER.search(c.text[end:end + 30]))
    return False


def _subject_line_start(text: str, start: int, end: int) -> int:
    """A sentence's subject read back from its verb ('... ; Ana B. Reyes' + next line 'Mesa Supply asked us to
    ...') starts on the verb's line when two words or more stand there before it, unless the line above ends in a
    name's linking word ('Dr. Ana Reyes of Mesa' + 'Pediatric Neurology asked ...')."""
    cut = text.rfind("\n", start, end)
    if cut < 0 or len(text[cut + 1:end].split()) < 2:
        return start
    linked = re.search(r"(?:^|\s)(?:of|at|and|&|de|del|y|for)(?:\s+\S+)?\s*$", text[start:cut], re.I) or \
        re.search(r"(?:^|\s)(?:[A-Z]|Dr|Dra)\.\s*$", text[start:cut])  # ('Dr. Ana B.' + 'Reyes at Mesa ENT sent')
    return start if linked else cut + 1  # ('Dr. Ana Reyes of Mesa' + 'Pediatric Neurology asked': one name)


WRAPPED_SURNAME = re.compile(r"\.?[ \t]*\n[ \t]*[A-Z][A-Za-z\u00c0-\u017f'\-]+"
                             r"(?:,[ \t]*[A-Z][A-Za-z]{1,4}(?:-[A-Z])?\b)?")


# a fax's comma for the initial's stop ('with Ana B, Reyes, DPT, on ...'): the surname after it
COMMA_SURNAME = re.compile(r",[ \t]+[A-Z][a-z\u00df-\u00ff'\-]+(?=[ \t]*[,.;]|[ \t]+[a-z])")


def _past_wrapped_initial(text: str, start: int, end: int) -> int:
    """'... con Ana B.' + next line 'Reyes, MD el día ...': a name cut by its line after the middle initial goes
    on with the next line's first word (and a credential after its comma); so does one cut at a fax's comma."""
    if not re.search(r"\s[A-Z]\.?[ \t]*$", text[start:end]):
        return end
    m = WRAPPED_SURNAME.match(text, end) or COMMA_SURNAME.match(text, end)
    return m.end() if m else end


def _stay_to(first: list[str], last: list[str] | None) -> list[str] | None:
    """The day a stay began and the day it ended, each said in its own clause: one span, when the end comes after
    the start within a year; otherwise no stay was told."""
    if not last or len(first) != 1 or len(last) != 1 or "/" in first[0] + last[0]:
        return None
    a, b = date.fromisoformat(first[0]), date.fromisoformat(last[0])
    return [f"{first[0]}/{last[0]}"] if 0 < (b - a).days <= 366 else None


def _first_line_of(text: str, start: int, end: int, name: str) -> str:
    """A name read out of running text stops at the end of its line when two words or more stand there:
    'saw Dr. Ana Reyes' + next line 'Processed ...' is Dr. Ana Reyes (a name may wrap, seldom after two words)."""
    value = text[start:end]
    if name in ("provider", "member_name") and "\n" in value:
        head, tail = value.split("\n", 1)
        titled_one = name == "provider" and re.fullmatch(r"\s*(?:dr|dra|doctor|doctora)\.?\s+\S+\s*", head, re.I)
        initialled = re.search(r"\s[A-Z]\.?\s*$", head)  # 'from Ana B.' + 'Reyes-Ortiz, MD': a middle initial goes on
        titled = re.match(r"\s*(?:dr|dra|doctor|doctora)\.?\s", head, re.I)  # (a doctor's name takes no firm's end)
        if len(head.split()) >= 2 and not titled_one and not initialled and \
                not (name == "provider" and not titled and NAME_TAIL.search(tail.split("\n", 1)[0].strip())):
            return head
    return value.replace("\n", " ")


# what a wrapped practice's name ends in on its next line ('Mesa Spine | & Imaging Center', 'Mesa Physical | Therapy',
# 'Mesa County Ambulance | District')
NAME_TAIL = re.compile(r"^(?:&|and|y|of|de|del)\b|(?:^|\s)(?:center|centre|clinic|associates|therapy|hospital|group|"
                       r"partners|laboratory|lab|services|imaging|practice|pharmacy|supply|institute|care|medicine|centro|clinica|"
                       r"laboratorio|management|agency|supplies|medical|rehabilitation|dentistry|radiology|diagnostics|"
                       r"orthopedics|pediatrics|cardiology|dermatology|district|service|studio|physicians|rehab|"
                       r"llc|inc|p\.?c)\.?,?$", re.I)


def _running_header(line: Line, heights: dict[int, float]) -> bool:
    """A line at the very top of a later page ('Member number 123 | Page 2 of 3') is the letter's running
    header, not part of the appeal-rights section the page is in."""
    return line.page > 1 and line.bbox[1] < 0.08 * heights.get(line.page, 1e9)


def is_mark(text: str) -> bool:
    """A cell of bullets, icons or rules OCR read as '+', '•', '|', '»'."""
    return not re.search(r"[A-Za-z0-9]", text)


LONE_ID = re.compile(r"[A-Z]{1,4}-?\d{6,}(?:-\d{1,3})?")  # one member or case number, its letters first
# a sentence's last words wrapped onto a line of their own ('on April 30, 2031.', 'by 05/01/2031'): no date line
SENTENCE_TAIL = re.compile(r"^\W*(?:on|by|until|since|through|thru|before|after|from|to|of|el|del|de|hasta|desde|"
                           r"antes\s+del?)\s*$", re.I)
CREDENTIAL_AFTER = re.compile(r"\s*,?\s*(?:MD|DO|NP|PA|DDS|DMD|PhD|RN|OD|DPM|LCSW|PT|DPT)\b")
SALUTE = re.compile(r"(?:dear|estimad[oa]|querid[oa]|hola|hello|hi)\b", re.I)  # a greeting, never a given name


def _date_line_above(lines: list[Line], i: int) -> str:
    """A summary notice prints each service's day on a line of its own above the service and its amounts
    ('January 3, 2031' over 'Compression stocking A6531 Yes $437.19 ...'): that line, when it is a date alone."""
    if i == 0 or lines[i - 1].page != lines[i].page:
        return ""
    above = lines[i - 1].text.strip()
    found = dates.find_dates(above)
    return above if len(found) == 1 and not (above[:found[0][1]] + above[found[0][2]:]).strip(" ,.") else ""


GRAMMAR_WORDS = frozenset({"the", "a", "an", "for", "by", "was", "were", "of", "to", "and", "we", "you", "your", "our",
                           "that", "this", "is", "it", "had", "has", "which", "when"})


def running_prose(text: str) -> bool:
    """A line of a paragraph ('... offered the quarter for $1,150.00, due by June 2, 2031; no payment was
    received'), no service line: ten words or more, three or more of them the small words of a sentence that a
    table's row never holds. Its dates are what the sentence is about, which prose rules read in context."""
    words = [w.strip(".,;:()").casefold() for w in text.split()]
    return len(words) >= 10 and len(GRAMMAR_WORDS.intersection(words)) >= 3


def _line_dates(text: str) -> list[str]:
    """A service line's date is its first date or range; a date further on the line is another column's
    (processed, paid, received), not a second service day; two dates side by side with nothing between
    are a 'From' and a 'Through' column."""
    found = dates.find_dates(text)
    if len(found) >= 2 and not text[found[0][2]:found[1][1]].strip(" |") and \
            0 < (found[1][0] - found[0][0]).days <= 366 and \
            _date_shape(text[found[0][1]:found[0][2]]) == _date_shape(text[found[1][1]:found[1][2]]):
        return [f"{found[0][0].isoformat()}/{found[1][0].isoformat()}"]
    return dates.find_spans(text)[:1]


def _date_shape(printed: str) -> str:
    """How a date is written ('99/99/9999', '99.99.9999'): a 'From' and a 'Through' column print theirs alike;
    two dates side by side written differently are two columns' (the service's, the day it was processed)."""
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "9", printed.strip()))


SPAN_FROM = frozenset({"from", "desde"})
SPAN_TO = frozenset({"through", "thru", "to", "until", "hasta"})


def _last_label_word(label) -> str:
    return fold(label.cell.words[label.end - 1].text).strip(":.,").lower()


def _opens_span(label) -> bool:
    """'Admission date:', 'Start:', 'Approved from:': the first day of a span whose last day another label gives."""
    return ("begins" in label.classes and "ends" not in label.classes) or _last_label_word(label) in SPAN_FROM


def _closes_span(label) -> bool:
    """'Discharge date:', 'End:', 'Approved through:': the span's last day."""
    return ("ends" in label.classes and "begins" not in label.classes) or _last_label_word(label) in SPAN_TO


def _span_pair(a, b) -> bool:
    """An admission and a discharge label close a span whatever their words; 'X from:' and 'X through:' only with the
    same words before them ('Approved from:' and 'Approved through:', never 'Admitted from:' and 'Denied through:')."""
    if not (_last_label_word(a) in SPAN_FROM or _last_label_word(b) in SPAN_TO):
        return True
    head = [fold(w.text).strip(":.,").lower() for w in a.cell.words[a.start:a.end - 1]]
    return bool(head) and head == [fold(w.text).strip(":.,").lower() for w in b.cell.words[b.start:b.end - 1]]


def _row_spans(found: list[str]) -> list[str]:
    """One table row's dates: a 'from' and a 'to' column make one span."""
    days = sorted(set(found))
    if len(days) == 2 and "/" not in days[0] + days[1]:
        return [f"{days[0]}/{days[1]}"]
    return days
