"""Reading rules from session 55 (letterheads set in spaced capitals, ministers'
titles before a member's name, a provider's name read on into the sentence), each a general one (words placed as
OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.context import Context
from intake.extract.insurer import _spaced_letters_joined
from intake.extract.providers import _to_place_ending
from intake.model import Document, PageText, Word
from intake.rules import cached_rules
from intake.split import page_features
from tests.test_kv import SRC, fields_of, line


def _letter_body(y: int = 700) -> list:
    return [line(y, (100, "Dear Ansel R. Quillby:")),
            line(y + 40, (100, "We reviewed the claim for the visit of March 4, 2031 and we cannot pay it.")),
            line(y + 80, (100, "Claim no. QX6073-97008")),
            line(y + 120, (100, "You may appeal within 180 days of the date of this letter."))]


def test_a_logo_in_spaced_capitals_over_the_firm_words_is_one_name():
    """'QU E NN E L' (a logo's letters set apart, as OCR reads them) over 'Benefit Services, LLC', the letter
    naming 'Benefit Services, LLC' again: the issuer is the whole name, not its second line alone."""
    got = fields_of(
        line(100, (100, "QU E NN E L"), (1500, "Continuation Coverage Unit")),
        line(150, (100, "Benefit Services, LLC"), (1500, "PO Box 4410, Example City, ST 00000")),
        line(300, (100, "Notice date: April 2, 2031")),
        *_letter_body(),
        line(900, (100, "Questions? Write to Benefit Services, LLC at the address above.")))
    assert got["insurer"] == "Quennel Benefit Services, LLC"


def test_only_a_run_of_single_capitals_is_a_spaced_word():
    """'PO BOX' and 'QX AB CD' are words of their own: only four pieces or more, half of them single letters and
    each close to the next, are one word set apart; a wide gap ends the run."""
    def texts(cell: str, gap: int = 10) -> list[str]:
        words, x = [], 100
        for tok in cell.split():
            words.append(Word(tok, 0.9, (x, 100, x + 30 * len(tok), 160)))
            x += 30 * len(tok) + gap
        return [w.text for w in _spaced_letters_joined(words)]

    assert texts("QU E NN E L") == ["QUENNEL"]
    assert texts("PO BOX 4410") == ["PO", "BOX", "4410"]
    assert texts("QX AB CD EF") == ["QX", "AB", "CD", "EF"]
    assert texts("Q U E N", gap=200) == ["Q", "U", "E", "N"]


def test_a_ministers_title_before_the_member_is_no_label_word():
    """'Appellant: The Rev. Ansel P. Quillby, member no. ...' names the member; 'Rev.' is a revenue code's label
    word elsewhere and must not end the name before it begins."""
    got = fields_of(
        line(100, (100, "Quennel Clergy Health Plan")),
        line(200, (100, "DECISION ON APPEAL")),
        line(260, (100, "Appeal no.: QAP-40231")),
        line(300, (100, "Appellant: The Rev. Ansel P. Quillby, member no. QXB607142-00")),
        line(340, (100, "Date of this decision: May 18, 2031")),
        line(400, (100, "The Committee upholds the decision refusing the claim.")))
    assert got["member_name"] == "Ansel P. Quillby"
    assert got["member_id"] == "QXB607142-00"


def _ctx() -> Context:
    return Context(Document(SRC, [PageText(1, 2550, 3300, [line(100, (100, "x"))], "ocr")]), cached_rules())


def test_a_place_name_ends_at_its_place_word_before_a_sentence_word_or_a_lone_caption():
    ctx = _ctx()
    assert _to_place_ending("Quillby Cancer Institute shows", ctx) == "Quillby Cancer Institute"
    assert _to_place_ending("Quennel Valley Hospital Requested", ctx) == "Quennel Valley Hospital"
    assert _to_place_ending("Quennel Neurosurgery Center Appointment", ctx) == "Quennel Neurosurgery Center"


def test_a_place_name_keeps_the_words_that_go_on_naming_it():
    ctx = _ctx()
    for whole in ("Quillby Center of Excellence", "Quennel Travel Center Pharmacy", "Quennel Laboratory Services",
                  "Quillby Hospital Toronto", "Quennel Imaging Center"):
        assert _to_place_ending(whole, ctx) == whole


def test_a_coupons_next_caption_is_no_members_name():
    """A payment coupon's caption row 'POLICYHOLDER | AMOUNT ENCLOSED | CHECK NO.' over its boxes: the caption
    beside 'POLICYHOLDER' is the next box's, and the name under it is the member's."""
    got = fields_of(
        line(100, (100, "Quennel Life and Accident Insurance Company")),
        line(200, (100, "PREMIUM NOTICE")),
        line(260, (100, "Policy no. QXL-5506121")),
        line(320, (100, "Your premium of $48.20 is due June 1, 2031.")),
        line(1200, (100, "POLICYHOLDER"), (700, "AMOUNT ENCLOSED"), (1300, "CHECK NO.")),
        line(1240, (100, "Ansel P. Quillby"), (700, "$"), (1300, "")))
    assert got["member_name"] == "Ansel P. Quillby"


def _page(*lines) -> PageText:
    for i, ln in enumerate(lines):
        ln.index = i
    return PageText(1, 2550, 3300, list(lines), "ocr")


def test_a_letter_on_the_fax_form_that_sends_the_papers_is_the_stacks_cover():
    """'Dear Ansel, as promised, here are the two letters ...' under the form's To, From and Pages captions:
    it sends the papers behind it and decides nothing, so it is a cover, not a paper of its own."""
    page = _page(
        line(100, (100, "Quillby Family Clinic"), (1500, "FAX")),
        line(150, (100, "To Ansel R. Quennel"), (1500, "Fax (555) 555-0142")),
        line(200, (100, "From Pia Ivo, billing office"), (1500, "Phone (555) 555-0177")),
        line(250, (100, "Date 04/02/2031"), (1500, "Pages 4 (with this one)")),
        line(350, (100, "Dear Ansel,")),
        line(400, (100, "Thank you for your call this morning. As promised, here are the two letters the plan")),
        line(440, (100, "sent us about your visits in March. We will not bill you while you appeal.")),
        line(520, (100, "Warm regards,")),
        line(560, (100, "Pia Ivo")))
    assert page_features(page, cached_rules()).cover


def test_a_doctors_letter_faxed_to_the_plan_is_no_cover():
    """A doctor's letter asking the plan to cover care, faxed with its notes: it greets the reviewer and says its
    notes are attached, but sends no papers it did not write; it is a paper of its own."""
    page = _page(
        line(100, (100, "Quillby Orthopaedic Associates"), (1500, "Fax (555) 555-0144")),
        line(150, (100, "Quennel Health Plan, Utilization Management"), (1500, "Fax (555) 555-0161")),
        line(250, (100, "Re: Patient: Ansel R. Quennel, Member ID QXM580628")),
        line(350, (100, "Dear Medical Director:")),
        line(400, (100, "I am writing to ask that you extend coverage of the device for my patient for 21 more")),
        line(440, (100, "days. My progress notes and the therapist's log are attached (6 pages). Please call")),
        line(480, (100, "my office with any questions or to arrange a peer-to-peer review.")),
        line(560, (100, "Sincerely,")))
    assert not page_features(page, cached_rules()).cover
