"""Where each document in a stack of mail starts: page features in, page groups out (a pure plan)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from intake.extract.text import fold, rx
from intake.layout import transmission_line
from intake.model import PageText

if TYPE_CHECKING:
    from intake.rule_models import RuleSet

TOP = 0.4
MAX_WITH_ENCLOSURES = 6  # a letter carries a few enclosures; a long run of letterhead pages is many letters
GREETING = re.compile(r"(?:dear|estimad[oa])\s+\w")
HELLO = re.compile(r"(?:hello|hi|hola)\b\W{0,3}\w")
COVER_WORDS, COVER_FULL_LINES = 140, 6  # the most a fax cover sheet says
FOOT = 0.9  # below this share of the page: a cover's small print (a notice OCR may smudge past knowing), no note
FORM_TITLE_WORDS = 10  # the most words a claim form's title line or box row holds


@dataclass(frozen=True)
class PageFeatures:
    number: int
    blank: bool = False
    cover: bool = False
    page_of: tuple[int, int] | None = None
    opener: bool = False
    member_id: str | None = None
    header: str = ""  # the page's first line, spaces dropped: a running header repeats it on every page
    addressed: bool = True  # it names whom it is for (an address block, a salutation, a member ID)
    mail_panel: bool = False  # a mailer's address side: the notice goes on over the page
    form_copy: bool = False  # a filled claim or certification form: it goes with the letter beside it
    continued: bool = False  # its head says it goes on from the page before ('Re: Ana Reyes - continued')
    sent: tuple[str, int] | None = None  # the fax machine's stamp over the page (its time and sender) and page count


def plan_split(pages: list[PageFeatures]) -> list[list[int]]:
    """Group pages into documents; blank pages and fax covers belong to none and end a document."""
    docs: list[list[int]] = []
    current: list[int] = []
    current_member: str | None = None
    expect_more = 0
    prev: PageFeatures | None = None
    first: PageFeatures | None = None
    by_number = {p.number: p for p in pages}
    for p in pages:
        if p.blank or p.cover:
            if current:
                docs.append(current)
            current, current_member, expect_more, prev = [], None, 0, None
            continue
        starts = not current
        if prev is not None and prev.mail_panel and current == [prev.number]:
            starts = False  # the message side of the mailer whose address side came first
        elif p.page_of:
            starts = starts or p.page_of[0] == 1
        elif expect_more <= 0:
            starts = starts or (p.opener and not running_header(prev, p))
        elif p.opener and p.addressed and _another_sender(first, p):
            starts = True  # another sender's letter, addressed, where the page count promised more of the first
        if starts and current and not p.addressed and not (p.page_of and p.page_of[1] > 1) \
                and len(current) < MAX_WITH_ENCLOSURES and not (_ended(prev) and _new_paper(first, p)):
            starts = False  # an enclosure (the policy used, a blank appeal form) is addressed to no one
        if current and _new_transmission(prev, p):
            starts = True  # another fax, sent at another time, begins at its page 1: another document
        continues = bool(p.page_of and p.page_of[0] > 1) or p.continued
        if current and p.continued and not p.page_of:
            starts = False  # a letter's second page, however much its 'Re:' line looks like an opening
        if current and p.member_id and current_member and not same_member(p.member_id, current_member) \
                and not continues:
            starts = True
        if current and _with_form(p, [by_number[n] for n in current]) and not (_ended(prev) and _another_sender(first, p)):
            starts = False  # a claim form and the letter about it, in either order (not after a letter that said it
            # ended, under another letterhead: another sender's paper)
        if starts and current:
            docs.append(current)
            current, current_member = [], None
        first = p if not current else first
        current.append(p.number)
        current_member = current_member or p.member_id
        expect_more = (p.page_of[1] - p.page_of[0]) if p.page_of else expect_more - 1
        prev = p
    if current:
        docs.append(current)
    if not docs and any(p.cover for p in pages):  # a letter that reads like a cover sheet ('To:', 'Re:', 'Fax')
        docs = [[p.number for p in pages if p.cover]]  # and is all the file holds: the letter itself
    return docs


def _new_transmission(prev: PageFeatures | None, page: PageFeatures) -> bool:
    """The page opens a fax of its own: its machine stamp counts page 1 and differs from the page before's
    (another time or sender), where both pages carry one."""
    return bool(prev and prev.sent and page.sent and page.sent[1] == 1 and page.sent[0] != prev.sent[0])


def _ended(prev: PageFeatures | None) -> bool:
    """The page before said it was its document's last ('Page 2 of 2', 'Page 1 of 1')."""
    return bool(prev and prev.page_of and prev.page_of[0] == prev.page_of[1])


def _new_paper(first: PageFeatures | None, page: PageFeatures) -> bool:
    """After a letter that said it ended, a page opening under another letterhead, or under the same one again
    (the sender's statement after its letter): a paper of its own, no enclosure."""
    return _another_sender(first, page) or bool(first and page.opener and page.header and page.header == first.header
                                                and not page.form_copy)


def _another_sender(first: PageFeatures | None, page: PageFeatures) -> bool:
    """A page opening under another letterhead than the document's first page (a clinic's letter after the
    plan's notice): a page of the same letter repeats its heading or has none."""
    return bool(first and page.opener and page.header and first.header and page.header != first.header
                and not page.form_copy)


def _with_form(page: PageFeatures, current: list[PageFeatures]) -> bool:
    """The page joins the document being read: it is a claim form's copy after one page of letter, or the one
    letter page after the form's copy (a second form or a second letter is a document of its own)."""
    forms = sum(q.form_copy for q in current)
    if page.form_copy:
        return forms == 0 and len(current) <= 2
    return forms == len(current)


# the line a fax machine prints over each page it sends: its sender and receiver numbers and a page count
FAX_HEADER = re.compile(r"(?:from|de)\W*\(?\d{3}.*(?:to|para)\W*\(?\d{3}|\bfax\b.*\bp(?:age|\.)?\s*\d+\s*/\s*\d+")


def running_header(prev: PageFeatures | None, page: PageFeatures) -> bool:
    """The page repeats the page before's first line, date or time included (a browser's or a system's
    print header: '1/2/26, 9:15 AM  Claim details'): the same printout going on, not a new letter. Two
    letters of one insurer differ there (their dates), or say 'Page 1 of N'."""
    if prev is None or not prev.header or not re.search(r"\d", page.header) or FAX_HEADER.search(page.header):
        return False  # a fax machine's line (time, from, to, page count) runs over the whole transmission
    from difflib import SequenceMatcher

    return SequenceMatcher(None, prev.header, page.header).ratio() >= 0.92


def same_member(a: str, b: str) -> bool:
    """One member ID printed whole on one page and masked or cut on another ('******2362', '#2362')."""
    a, b = re.sub(r"[^A-Za-z0-9]", "", a).upper(), re.sub(r"[^A-Za-z0-9]", "", b).upper()
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long_.endswith(short))


def _prose_line(line) -> bool:
    """A full line of running text (ten words or more, six of them in lower case): a letter's, where a cover
    sheet's long lines are its letterhead, its contact numbers and its row of boxes to tick."""
    words = line.text.split()
    return len(words) >= 10 and sum(1 for w in words if w[:1].islower() and w.strip(".,;:()").isalpha()) >= 6


def _cover_notice_start(heads: list[str], notice: list[str]) -> int:
    """Where a cover sheet's printed confidentiality notice begins (layout.yaml `cover_sheet_notice`), in the
    lower half of its lines; else the page's end. The notice is the fax form's, however long."""
    for k in range(len(heads) // 2, len(heads)):
        if any(rx(p).search(heads[k]) for p in notice):
            return k
    return len(heads)


COVER_LETTER_WORDS, COVER_LETTER_LINES = 320, 14  # the most a cover letter on the fax form says


def _cover_letter(heads: list[str], said: list, fields: int, lay) -> bool:
    """A letter on the fax form that sends the papers behind it ('Dear Ana, as we discussed, here are the two
    letters ...', 'Here are the letters you asked for'): the form's captions (To, From, Pages, Fax: two at least,
    with or without colons) and words that send papers (layout.yaml `cover_letter_transmittal`), all in a page of
    a few paragraphs, greeting its reader or marked a cover (the caller asks). It decides nothing; the papers it
    sends are the stack's documents."""
    loose = sum(1 for t in heads for p in lay.cover_sheet_loose_fields if rx(p).search(t))
    if fields + loose < 2 or not any("fax" in t or "routing" in t or _note_head(t, lay) for t in heads):
        return False
    words = sum(len(ln.words) for ln in said)
    if words > COVER_LETTER_WORDS or sum(1 for ln in said if _prose_line(ln)) > COVER_LETTER_LINES:
        return False
    text = " ".join(heads)
    return any(rx(p).search(text) for p in lay.cover_letter_transmittal)


def _counted_cover(heads: list[str], said: list, words: int, lay, cue: bool = False) -> bool:
    """A short note on top that counts itself among the pages ('pages incl. this sheet 5') and sends the papers
    behind it ('we are forwarding you the notices'): the stack's cover, with or without a form's captions. Under
    a cover's own cue ('FAX' alone on its line) the note may run longer: a form's garbled boxes add words."""
    text = " ".join(heads)
    most = COVER_WORDS * (1.5 if cue else 1)
    if words > most or sum(1 for ln in said if _prose_line(ln)) > COVER_FULL_LINES:
        return False
    if any(GREETING.match(t) for t in heads) or not any(rx(p).search(text) for p in lay.cover_self_count):
        return False
    return any(rx(p).search(text) for p in lay.cover_letter_transmittal)


def _note_head(text: str, lay) -> bool:
    return any(rx(p).search(text) for p in lay.cover_note_heads)


def page_features(page: PageText, rules: RuleSet, member_id: str | None = None) -> PageFeatures:
    if page.method == "blank" or sum(len(ln.words) for ln in page.lines) < 4:
        return PageFeatures(page.number, blank=True)
    top_lines = [fold(ln.text) for ln in page.lines if ln.bbox[1] < TOP * page.height]
    all_text = fold(page.text)
    lay = rules.layout
    heads = [re.sub(r"^[^a-z0-9]+", "", fold(ln.text)) for ln in page.lines]  # '_ To:': a speck before it
    fields = sum(1 for t in heads for p in lay.cover_sheet_fields if rx(p).search(t))
    sent = transmission_line(page)  # (the fax machine's line over the page says none of the cover's words)
    said = [ln for k, ln in enumerate(page.lines[:_cover_notice_start(heads, lay.cover_sheet_notice)]) if k != sent]
    words = sum(len(ln.words) for ln in said if ln.bbox[1] < FOOT * page.height)
    cue = any(rx(p).search(all_text) or any(rx(p).search(t) for t in heads) for p in lay.cover_sheet)  # (a cue
    # anchored to its line, 'FAX' alone on one, holds on that line, not only where the page's text begins)
    loose = sum(1 for t in heads for p in lay.cover_sheet_loose_fields if rx(p).search(t)) if cue else 0
    cover = (cue and fields + loose >= 2) or (fields >= 4 and words < 120)  # To:, From:, Fax:, Pages: on a short page
    # (a letter written to a fax number, 'To: Example Health, fax ...', 'Re: case 123', runs on in paragraphs; a
    # cover sheet says a few lines: none of the corpus's hundreds of covers passes 140 words, its legal notice apart, or 6
    # lines of running text)
    cover = cover and words <= COVER_WORDS and sum(1 for ln in said if _prose_line(ln)) <= COVER_FULL_LINES
    cover = cover and not any(GREETING.match(t) for t in heads)  # ('Dear Ana, as we discussed, ...': a letter
    # written on the fax form is a paper of its own, unless it only sends the papers behind it)
    greets = any(GREETING.match(t) or HELLO.match(t) for t in heads)  # ('Hi Ana - here are ...' greets too)
    note = any(_note_head(t, lay) for t in heads[:12])  # ('MEMO' over its To, From, Date and Re: a note, no fax form)
    cover = cover or ((greets or cue or note) and _cover_letter(heads, said, fields, lay)) or \
        _counted_cover(heads, said, words, lay, cue)
    page_of = None
    if sent is not None:  # the fax machine's page count is the transmission's, not the document's
        all_text = fold("\n".join(ln.text for k, ln in enumerate(page.lines) if k != sent))
    for m in rx(lay.page_of).finditer(all_text):
        x, y = int(m.group(1)), int(m.group(2))
        if 1 <= x <= y <= 200:
            page_of = (x, y)
    page_of = page_of or _footer_fraction(page)
    opener = any(rx(p).search(t) for t in top_lines for p in lay.document_openers) or _letterhead(page, rules)
    heading = [ln for k, ln in enumerate(page.lines) if k != sent]  # (the letterhead under a fax's line)
    header = re.sub(r"\s+", "", fold(heading[0].text)) if heading else ""
    addressed = bool(member_id) or _addressed(page)
    panel = words < 60 and sum(1 for p in lay.mail_panel if rx(p).search(all_text)) >= 2
    form = any(rx(p).search(" ".join(t for t in top_lines if len(t.split()) <= FORM_TITLE_WORDS)) for p in lay.form_copies)
    # (a form's title or its boxes' words, never a sentence that names the form: 'we need the hospital's UB-04 first')
    bill = not form and any(rx(p).search(t) for t in top_lines[:8] for p in lay.bill_heads)
    continued = any(CONTINUED.search(ln.text) for ln in heading[:2])
    return PageFeatures(page.number, cover=cover, page_of=page_of, opener=opener or bill, member_id=member_id,
                        header=header, addressed=addressed or bill, mail_panel=panel, form_copy=form,
                        continued=continued, sent=_fax_stamp(page.lines[sent].text) if sent is not None else None)


def _fax_stamp(text: str) -> tuple[str, int] | None:
    """'4/7/31 16:50 EXAMPLE HEALTH UM 555-555-0100 P.1' -> (its stamp without the count, 1): the pages of one
    transmission share the stamp and count on."""
    from intake.layout import SENT_COUNT

    m = SENT_COUNT.search(text)
    number = re.search(r"\d{1,3}", m.group(0)) if m else None
    if number is None:
        return None
    return re.sub(r"\s+", "", fold(text[:m.start()])), int(number.group(0))


# a running head that says the page goes on from the one before ('Re: Ana B. Reyes - continued', '(cont.)')
CONTINUED = re.compile(r"[-\u2013(,]\s*(?:continued|cont\.|continuaci[o\u00f3]n)\s*\)?\s*$", re.I)
SALUTATION = re.compile(r"^\s*(?:dear|estimad[oa]s?|to\s+the\s+parent|hello|hi)\b|"
                        r"^\s*(?:to|para|attn|attention)\s*:\s*(?-i:[A-Z][a-z]+\s+(?:[A-Z][.,]?\s+)?[A-Z][a-z'\-]+)\s*$", re.I)
# 'Re: Ana B. Reyes, Member ID 123': a letter about a patient names whom it is for, as a salutation does
RE_PERSON = re.compile(r"^\s*re\s*:\s*(?:[^:]{0,40}?\b(?:for|of|about|para|de)\s+)?"
                       r"(?-i:[A-Z][a-z]+\s+(?:[A-Z][.,]?\s+)?[A-Z][a-z'\-]+)\b", re.I)
# ('Re: appeal APL-1 for Ana B. Reyes, member ID ...': the person the letter is about, after what it is about)
STREET = re.compile(r"^\s*(?:\d+[A-Za-z]?\s+\w|p\.?\s?o\.?\s+box\b)", re.I)
# 'Member Name: Ana Reyes', 'Patient: ...' filled in (a blank form's 'Member ID: ____' is no one's)
# ('Patient  Ana B. Reyes' as a statement prints it, without a colon: a name with its middle initial)
MEMBER_LABEL = re.compile(r"^\s*(?:member|patient|subscriber|enrollee|beneficiary|insured|policyholder|claimant|"
                          r"afiliad[oa]|paciente|asegurad[oa])\b(?:[^:]{0,20}:\s*[A-Za-z0-9]|(?:\s+name)?\s+"
                          r"(?-i:[A-Z][a-z]+\s+[A-Z][.,]?\s+[A-Z][a-z'\-]+))", re.I)
CITY_ZIP = re.compile(r"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b")
# a row of column heads naming whose paper it is, without a colon, and under it a name with its middle initial
BOXED_PERSON_HEAD = re.compile(r"\b(?:PATIENT|GUARANTOR|MEMBER|INSURED|SUBSCRIBER|PACIENTE|Guarantor|Patient)\b(?![^:]{0,20}:)")
BOXED_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][.,]\s+[A-Z][a-z'\-]+")


def _addressed(page: PageText) -> bool:
    """A page written to someone: a salutation, a member named under a label, or an address block (a name
    over a street over a city and ZIP) in its top half."""
    lines = page.lines
    if any(SALUTATION.match(ln.text) or MEMBER_LABEL.match(ln.text) or RE_PERSON.match(ln.text) for ln in lines):
        return True
    top = [ln for ln in lines if ln.bbox[1] < 0.5 * page.height]
    if any(BOXED_PERSON_HEAD.search(a.text) and BOXED_NAME.search(b.text) for a, b in zip(top, top[1:])):
        return True  # a boxed head: 'STATEMENT DATE  ACCOUNT NO.  PATIENT' over '03/18/2026  5007  Ana B. Reyes'
    return any(STREET.match(b.text) and CITY_ZIP.search(c.text) and not STREET.match(a.text)
               for a, b, c in zip(top, top[1:], top[2:]))


FOOTER_FRACTION = re.compile(r"(?<![\d/.,])(\d{1,2})\s?/\s?(\d{1,2})\s*$")


def _footer_fraction(page: PageText) -> tuple[int, int] | None:
    """'1/2' ending the page's last line, as browsers number printed pages."""
    if not page.lines:
        return None
    m = FOOTER_FRACTION.search(page.lines[-1].text)
    if m and 1 <= int(m.group(1)) <= int(m.group(2)) <= 50 and page.lines[-1].bbox[1] > 0.8 * page.height:
        return int(m.group(1)), int(m.group(2))
    return None


def _letterhead(page: PageText, rules: RuleSet) -> bool:
    """An organisation's name at the very top and a date near it: the first page of a letter."""
    from intake.extract.dates import find_dates
    from intake.extract.insurer import has_letterhead

    if not has_letterhead(page, rules):
        return False
    top = [ln for ln in page.lines if ln.bbox[1] < TOP * page.height]
    return any(find_dates(ln.text) for ln in top)
