"""Reading rules from session 46 (round EA), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from intake.layout import reading_order
from tests.test_kv import fields_of, line
from tests.test_reading_rules_cf import _classify


def _letter(*texts: str):
    """One line per text, set from the left margin as a letter's body is."""
    return _classify(*(line(100 + 70 * i, (100, t)) for i, t in enumerate(texts)))


REFUSED = "We looked at the papers the supplier sent for the brace and closed your claim without payment."


def test_a_refusal_in_plain_words_with_a_way_to_contest_it_is_a_denial_letter():
    """No stock denial phrase and no heading: the claim was closed without payment and the letter offers a way
    to contest it; nothing in it approves or bills."""
    got = _letter("Example Ridge Health Plan", "May 2, 2031", "Dear Ana B. Example:", REFUSED,
                  "If you disagree, you may appeal within 60 days of the date on this letter.")
    assert got.document_type == "denial_letter"


def test_a_refusal_told_without_a_way_to_contest_it_decides_nothing():
    """A guard: the same words with no appeal, review or 'if you disagree' stay a paper of no decision."""
    got = _letter("Example Ridge Health Plan", "May 2, 2031", "Dear Ana B. Example:", REFUSED)
    assert got.document_type == "other"


def test_a_claim_turned_down_is_refused():
    """'That is why this claim was turned down': a refusal in everyday words."""
    got = _letter("Example Ridge Health Plan", "May 2, 2031", "Dear Ana B. Example:",
                  "No one asked us about the brace before it was delivered. That is why this claim was turned down.")
    assert got.document_type == "denial_letter"


def test_a_review_asked_of_the_decider_is_a_way_to_contest_it():
    """'ask for a review no later than 90 days after you receive this letter' offers what an appeal offers."""
    got = _letter("Example Ridge Health Plan", "May 2, 2031", "Dear Ana B. Example:",
                  "The request reached us after the 180 days allowed, so we closed your claim without payment.",
                  "You may ask for a review no later than 90 calendar days after you receive this letter.")
    assert got.document_type == "denial_letter"


def test_a_stay_paid_at_a_lesser_places_rate_is_a_level_of_care_refusal():
    """'we paid the stay at the rate we pay a skilled nursing facility': the place, not the care, was refused."""
    got = _letter("Example Ridge Health Plan", "May 2, 2031", "Dear Ana B. Example:",
                  "The notes show therapy of under an hour a day. So we paid the stay at the rate we pay a skilled "
                  "nursing facility for the same days. The difference is not paid.",
                  "If you disagree, you may appeal within 180 days.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "level_of_care")


BODY = ["The clinic asked us to pay for eight days of its program,", "five hours a day. The notes show you slept at",
        "home each night and had no thoughts of harm, so we will not", "pay these days as a day program. We will pay",
        "them as an evening program if the clinic sends", "the claim again. You may appeal within 60 days."]
SIDE = ["Member ID", "QX4471902", "Claim number", "Total billed", "$3,180.00", "Account"]


def _page_with_sidebar(side_x: float):
    """The body from the left margin, a box of captions and values to its right, each box line beside a body
    line or between two (as OCR sets a box's lines level with the letter's)."""
    lines = [line(100, (100, "Example Ridge Health Plan"))]
    for i, (body, side) in enumerate(zip(BODY, SIDE)):
        y = 300 + 100 * i
        lines.append(line(y, (100, body), (side_x, side)) if i != 3 else line(y, (100, body)))
        if i == 3:
            lines.append(line(y + 50, (side_x, side)))
    lines.append(line(1000, (100, "Sincerely,")))
    return lines


def test_a_box_of_facts_right_of_the_body_reads_after_it():
    """The box's captions and values no longer cut the body's sentences ('so we will not' | 'Total billed' |
    'pay these days'): the body's lines first, then the box's, then what follows both."""
    got = [ln.text for ln in reading_order(_page_with_sidebar(1800), 2550)]
    body = [t for t in got if t not in SIDE]
    assert body[1:len(BODY) + 1] == BODY
    assert got.index(BODY[-1]) < got.index("Member ID") < got.index("Account") < got.index("Sincerely,")


def test_a_table_of_amounts_right_of_its_descriptions_keeps_its_rows():
    """A guard: a column of figures beside descriptions is a table, no box of captions; rows stay whole."""
    lines = [line(300 + 60 * i, (100, f"Office visit with the example clinic team number {i}"), (1800, f"{i}1.50"))
             for i in range(6)]
    got = [ln.text for ln in reading_order(lines, 2550)]
    assert got == [ln.text for ln in lines]


def test_a_refused_row_whose_cent_point_ocr_read_as_a_comma():
    """'212,40 0.00 0.00 0.00 QX4' with the legend 'QX4: this visit ...': billed, then allowed and paid nothing."""
    from intake.classify import _zero_row_explained

    rows = ["31080001 Ana B. Example 03/25/2031 99214 212,40 0.00 0.00 0.00 QX4",
            "Codes. P1: paid under the plan. QX4: this visit was billed as an office visit with no telehealth mark."]
    assert _zero_row_explained(rows)
    assert not _zero_row_explained([rows[0].replace("212,40", "0,00")])  # (nothing billed: nothing refused)


def _provider_value(text: str):
    from intake.extract.context import Context
    from intake.extract.providers import _org_value
    from intake.model import Document, PageText
    from intake.rules import cached_rules
    from tests.test_kv import SRC

    ctx = Context(Document(SRC, [PageText(1, 2550, 3300, [line(300, (100, "Example Ridge Health Plan"))],
                                          "text_layer")]), cached_rules())
    return _org_value(text, ctx)


def test_a_span_of_days_after_from_is_no_providers_name():
    """'the care he gave you from May 4 through June 9': read up from 'from', it names days."""
    assert _provider_value("May 4 through June 9") is None
    assert _provider_value("Example Ridge Hospital") == "Example Ridge Hospital"


def test_a_one_word_caption_is_no_providers_name():
    """'Practice', 'Proc', 'Pay-to' over a table's column: a caption, where a name has two words or more."""
    assert _provider_value("Practice") is None and _provider_value("Pay-to") is None
    assert _provider_value("Dr. Ana B. Example") == "Dr. Ana B. Example"


def test_the_sum_billed_said_in_sentences_of_other_shapes():
    """The bill's subject set apart from 'came to', a claim that 'asks us to pay', a claim sent with its sum after
    a comma, a request to be paid back, and the sum a provider charged."""
    said = {"The clinic's bill for the two visits and the tests came to $3,101.00.": "3101.00",
            "Dr. Ana B. Example ordered it. The claim asks us to pay $9,120.50.": "9120.50",
            "The billing service sent us the claim for the visits, $4,120.50, and we received it late.": "4120.50",
            "We received your request to pay you back $31.60 for your premium.": "31.60",
            "She asked the program to help with the $611.00 the pharmacy charged.": "611.00"}
    for text, amount in said.items():
        assert fields_of(line(300, (100, text))).get("claim_amount") == amount, text


def _replayed_amount(name: str) -> tuple:
    """(what intake reads as the claim amount, what the truth says) for a family file replayed on its stored
    OCR words: the values come from the corpus's own truth, none is written here."""
    import json
    from pathlib import Path

    from intake.golden import replay
    from intake.rules import cached_rules

    root = Path(__file__).resolve().parent.parent
    src = root / "sample_docs" / "families" / name
    got = replay(src, root / "tests" / "golden" / "families" / f"{name}.pages.json.gz", cached_rules())
    truth = json.loads(Path(f"{src}.truth.json").read_text())
    return got[0].fields["claim_amount"].value if "claim_amount" in got[0].fields else None, \
        truth["fields"]["claim_amount"]


def test_the_refused_rows_charge_where_no_column_gave_the_amount():
    """A standard-fax remittance whose 'Billed' head the fax garbled, and a photocopied family EOB: the refused
    row is known (billed, then allowed and paid nothing) and its charge is the claim's amount."""
    for name in ("hearing_benefit_manager_multi_employer_audiology_remittance_faxstd_remittance_four_patients_"
                 "second_pair_within_36_months.tif",
                 "vision_plan_family_eob_optometry_practice_and_member_letters_photocopy_family_eob_four_members_"
                 "child_lenses_twice.pdf"):
        got, want = _replayed_amount(name)
        assert got == want, name
