"""Split plans are pure: page features in, page groups out."""

from __future__ import annotations

import pytest

from intake.split import PageFeatures as P
from intake.split import plan_split


@pytest.mark.parametrize("pages,expected", [
    pytest.param([P(1, opener=True), P(2), P(3, opener=True)], [[1, 2], [3]], id="openers"),
    pytest.param([P(1, cover=True), P(2, opener=True), P(3)], [[2, 3]], id="fax-cover-dropped"),
    pytest.param([P(1, opener=True), P(2, blank=True), P(3, opener=True)], [[1], [3]], id="blank-separator"),
    pytest.param([P(1, page_of=(1, 2)), P(2, page_of=(2, 2), opener=True), P(3, page_of=(1, 1))],
                 [[1, 2], [3]], id="page-x-of-y-wins"),
    pytest.param([P(1, opener=True, member_id="A1"), P(2, member_id="B2")], [[1], [2]], id="member-changes"),
    pytest.param([P(1, blank=True)], [], id="only-blank"),
    # a one-page letter headed 'To: ... Re: ... Fax' reads like a cover sheet, but there is nothing else: it is the paper
    pytest.param([P(1, cover=True)], [[1]], id="a-lone-cover-like-letter-is-the-document"),
    pytest.param([P(1, cover=True), P(2, blank=True)], [[1]], id="a-cover-like-letter-and-its-blank-back"),
    pytest.param([P(1), P(2), P(3)], [[1, 2, 3]], id="no-cues-one-document"),
    pytest.param([P(1, opener=True, header="1/2/26,9:15amclaimdetails|acmeportal"),
                  P(2, opener=True, header="1/2/26,9:15amclaimdetails|acmep0rtal")], [[1, 2]],
                 id="browser-print-header-repeats"),
    pytest.param([P(1, opener=True, header="acmehealthplanjanuary5,2026"),
                  P(2, opener=True, header="acmehealthplanmarch5,2026")], [[1], [2]],
                 id="same-insurer-new-date-is-a-new-letter"),
    pytest.param([P(1, opener=True, member_id="ACM550012345"), P(2, opener=False, member_id="******2345")],
                 [[1, 2]], id="masked-member-id-is-the-same-member"),
    pytest.param([P(1, opener=True), P(2), P(3, opener=True, page_of=(1, 1), addressed=False), P(4, addressed=False)],
                 [[1, 2, 3, 4]], id="an-enclosure-addressed-to-no-one-stays-with-its-letter"),
    pytest.param([P(k, opener=True, addressed=False) for k in range(1, 9)], [[1, 2, 3, 4, 5, 6], [7, 8]],
                 id="a-long-run-of-letterheads-is-many-letters"),
    pytest.param([P(1, opener=True), P(2, opener=True, page_of=(1, 2), addressed=False), P(3, page_of=(2, 2))],
                 [[1], [2, 3]], id="page-1-of-2-starts-even-unaddressed"),
])
def test_plan_split(pages, expected):
    assert plan_split(pages) == expected


def test_browser_page_fraction_in_the_footer():
    from intake.model import Line, PageText, Word
    from intake.split import _footer_fraction

    def page(last: str, y: float = 3200) -> PageText:
        body = Line(words=[Word("Claim", 0.9, (100, 300, 200, 330))], page=1)
        foot = Line(words=[Word(t, 0.9, (100 + 90 * i, y, 180 + 90 * i, y + 30)) for i, t in enumerate(last.split())],
                    page=1)
        return PageText(1, 2550, 3300, [body, foot], "ocr")

    assert _footer_fraction(page("https://example.test/claims?ref=1&view=print 1/2")) == (1, 2)
    assert _footer_fraction(page("printed 1/2/26")) is None
    assert _footer_fraction(page("take 1/2 tablet", y=900)) is None


def test_enclosures_cover_notes_and_addressed_pages():
    """Page features from words: a letter's first page is addressed, a policy excerpt or a blank appeal form
    is not, and a note with To:/From: and a page count is a fax cover however it was scrawled."""
    from intake.model import Line, PageText, Word
    from intake.rules import cached_rules
    from intake.split import page_features

    def page(*texts: str) -> PageText:
        lines = [Line(words=[Word(t, 0.9, (100 + 120 * k, 200 + 60 * i, 200 + 120 * k, 230 + 60 * i))
                             for k, t in enumerate(text.split())], page=1) for i, text in enumerate(texts)]
        return PageText(1, 2550, 3300, lines, "ocr")

    rules = cached_rules()
    letter = page("Example Health Plan", "Ana M. Reyes", "12 Ferry Lane", "Dunmore, PA 18512", "Dear Ana Reyes:")
    form = page("APPEAL REQUEST FORM", "Member name: ________", "Member ID: ________", "Claim number: ________")
    note = page("_ To: Patient Advocacy Line fax 555-0100", "- From: Ana (daughter) phone 555-0101",
                "06/11/2026 4 pages with this", "Hi - attached is the denial for my mom")
    assert page_features(letter, rules).addressed
    assert not page_features(form, rules).addressed
    assert page_features(note, rules).cover


def test_a_fax_machines_header_line_does_not_join_two_replies():
    """Two one-page replies sent in one fax carry the same machine line (time, numbers, 'P. 2/3', 'P. 3/3'):
    that line runs over the transmission, so each reply with its own letterhead starts a document; a browser's
    print header repeated on every page still marks one printout going on."""
    from intake.split import running_header

    fax = "05/02/202609:15from:(555)010-2000to:(555)010-3000p.{}/3"
    reply = [P(2, opener=True, header=fax.format(2)), P(3, opener=True, header=fax.format(3))]
    assert not running_header(reply[0], reply[1])
    assert plan_split([P(1, cover=True)] + reply) == [[2], [3]]
    printout = "1/2/26,9:15amclaimdetails"
    assert running_header(P(1, header=printout), P(2, opener=True, header=printout))


def test_a_second_fax_sent_at_another_time_opens_a_document_though_it_greets_no_one():
    """A clinic faxes on two letters of one plan, each as the plan faxed it: the second page's machine stamp has
    another time and counts 'P.1' again, so it is another fax and another document, even where its page names
    the member only by name and card number (no salutation, no 'Member:' label); pages of one fax count on."""
    from intake.split import _fax_stamp

    head, march, april = "examplehealthplan", "3/2/3110:54exampleum555-555-0100", "4/7/3116:50exampleum555-555-0100"
    first = P(2, opener=True, addressed=True, header=head, sent=(march, 1))
    second = P(3, opener=True, addressed=False, header=head, sent=(april, 1))
    assert plan_split([P(1, cover=True), first, second]) == [[2], [3]]
    same_fax = P(3, opener=True, addressed=False, header=head, sent=(march, 2))
    assert plan_split([P(1, cover=True), first, same_fax]) == [[2, 3]]
    stamp = _fax_stamp("4/7/31 16:50 EXAMPLE HEALTH UM 555-555-0100 P.1")
    assert stamp == ("4/7/3116:50examplehealthum555-555-0100", 1)
    assert _fax_stamp("4/7/31 16:50 EXAMPLE HEALTH UM 555-555-0100 PAGE 2/3")[1] == 2


def test_a_claim_form_copy_goes_with_its_letter_in_either_order():
    letter = dict(opener=True, addressed=True)
    # the payer's letter, then the filled form it is about (another ID printed on the form)
    assert plan_split([P(1, member_id="XK4471902", **letter),
                       P(2, member_id="1EG4TE5MK72", form_copy=True, **letter)]) == [[1, 2]]
    # the form first, then the letter
    assert plan_split([P(1, form_copy=True, **letter), P(2, member_id="XK4471902", **letter)]) == [[1, 2]]
    # two letters, each with its form, are two documents
    assert plan_split([P(1, **letter), P(2, form_copy=True, **letter),
                       P(3, **letter), P(4, form_copy=True, **letter)]) == [[1, 2], [3, 4]]



@pytest.mark.parametrize("title", ["STATEMENT", "Statement date: 2031-03-26", "PRESCRIPTION RECEIPT"])
def test_a_providers_statement_faxed_behind_the_plans_letter_opens_a_paper_of_its_own(title):
    """A provider's ledger is addressed to the patient in no address block: its heading says whose paper it is,
    so it is no enclosure of the plan's letter before it."""
    from intake.model import PageText
    from intake.rules import cached_rules
    from intake.split import page_features
    from tests.test_kv import line

    lines = [line(100, (100, "Example Health Coaching, LLC")), line(160, (100, "210 Cannery Row, Astoria, OR 97103")),
             line(220, (100, title)), line(280, (100, "Patient: Ana Q. Sample")),
             line(340, (100, "Date Service Charge")), line(400, (100, "02/05/2031 Coaching session 110.50"))]
    for i, ln in enumerate(lines):
        ln.index = i
    feats = page_features(PageText(3, 2550, 3300, lines, "ocr"), cached_rules())
    assert feats.opener and feats.addressed
    letter = P(2, opener=True, member_id="QX5512078", header="examplehealthplan", addressed=True)
    assert plan_split([P(1, cover=True), letter, feats]) == [[2], [3]]
