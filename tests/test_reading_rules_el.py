"""Reading rules from session 55 (letterheads set in spaced capitals, ministers'
titles before a member's name, a provider's name read on into the sentence), each a general one (words placed as
OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.context import Context
from intake.extract.insurer import _spaced_letters_joined
from intake.extract.providers import _to_place_ending, _without_person_after
from intake.legend_use import unused_entries
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
    assert _to_place_ending("Quillby Surgical Hospital in Example City", ctx) == "Quillby Surgical Hospital"


def test_a_person_read_on_after_an_organisations_name_is_dropped():
    """'Quillby Physical Therapy Ansel H. Quennel', '... Institute / Dr. Pia Q. Ivo': the next cell's person read
    on after a business's name; a person's name alone stays whole."""
    ctx = _ctx()
    assert _without_person_after("Quillby Physical Therapy Ansel H. Quennel", ctx) == "Quillby Physical Therapy"
    assert _without_person_after("Quennel Joint Institute / Dr. Pia Q. Ivo", ctx) == "Quennel Joint Institute"
    assert _without_person_after("Quillby Family Medicine, Pia Q. Ivo", ctx) == "Quillby Family Medicine"
    assert _without_person_after("Ansel H. Quennel", ctx) == "Ansel H. Quennel"
    assert _without_person_after("Quennel Ansel H. Ivo", ctx) == "Quennel Ansel H. Ivo"  # (no business word)


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


def test_a_dependants_number_is_the_subscribers_with_the_persons_suffix():
    """'Subscriber no. QX4471902' at the top and 'Patient: Pia Q. Quillby (daughter) ID QX4471902*03' on the
    patient's own line: the patient's member number is the suffixed one."""
    got = fields_of(
        line(100, (100, "Quennel River Crews Health Plan")),
        line(200, (100, "Ansel R. Quillby"), (1500, "Subscriber no. QX4471902")),
        line(300, (100, "Patient: Pia Q. Quillby (daughter) ID QX4471902*03")),
        line(400, (100, "Dear Mr. Quillby:")),
        line(440, (100, "We cannot pay the claim for your daughter's visit on March 4, 2031.")))
    assert got["member_name"] == "Pia Q. Quillby"
    assert got["member_id"] == "QX4471902*03"


def test_the_subscribers_own_claim_keeps_the_bare_number():
    """The subscriber is the patient; a family list prints the others' suffixed numbers on their own lines."""
    got = fields_of(
        line(100, (100, "Quennel River Crews Health Plan")),
        line(200, (100, "Patient: Ansel R. Quillby"), (1500, "Member no. QX4471902")),
        line(300, (100, "Covered family: Pia Q. Quillby QX4471902*03")),
        line(400, (100, "Dear Mr. Quillby:")),
        line(440, (100, "We cannot pay the claim for your visit on March 4, 2031.")))
    assert got["member_id"] == "QX4471902"


def test_a_brand_of_one_vowel_over_a_welfare_funds_name_is_one_name():
    """'BELLWEND' set large over 'RIVER & HARBOR CREWS WELFARE FUND': a fund is a plan's word, and a brand word
    is a word however few different vowels it has."""
    got = fields_of(
        line(100, (100, "BELLWEND"), (1800, "Fund Office")),
        line(150, (100, "RIVER & HARBOR CREWS WELFARE FUND"), (1800, "Example City, ST 00000")),
        line(300, (100, "Notice date: April 2, 2031")),
        *_letter_body())
    assert got["insurer"].casefold() == "bellwend river & harbor crews welfare fund"


def test_a_code_lists_entries_for_codes_no_row_prints_are_unused():
    texts = ["Claim QX1 02/01/2031 Office visit 100.00 0.00 N54", "Claim QX2 02/03/2031 Lab 20.00 18.00 P1",
             "What the codes mean", "N54 No prior authorization was on file.", "P1 Paid at the network rate.",
             "T5 The provider is outside your network", "and the plan does not pay for it."]
    assert unused_entries(texts) == [5]
    assert unused_entries(["12 Example Street is where we moved.", "Claim QX1 paid."]) == []  # (no list)


def test_the_refusal_comes_from_the_code_a_row_prints_not_from_the_whole_key():
    """An EOB whose refused row prints 'N54' (no prior authorization) over a key that also explains an unused
    'T5' (out of network): the refusal is for want of prior authorization."""
    from intake.classify import classify

    lines = [line(100, (100, "Quennel Health Plan")), line(160, (100, "EXPLANATION OF BENEFITS")),
             line(220, (100, "Statement date 04/02/2031")),
             line(400, (100, "Date"), (400, "Service"), (1200, "Billed"), (1500, "Paid"), (1800, "Code")),
             line(440, (100, "02/21/2031"), (400, "MRI lumbar spine"), (1200, "2,182.50"), (1500, "0.00"),
                  (1800, "N54")),
             line(480, (100, "02/21/2031"), (400, "Office visit"), (1200, "215.50"), (1500, "106.89"), (1800, "P1")),
             line(600, (100, "What the codes mean")),
             line(640, (100, "N54 This service needed approval before it was done; none was on file.")),
             line(680, (100, "P1 Paid at the in-network rate.")),
             line(720, (100, "T5 The provider is out of network and the plan does not cover out-of-network care.")),
             line(800, (100, "You may appeal within 180 days of the date of this statement."))]
    for i, ln in enumerate(lines):
        ln.index = i
    got = classify(Document(SRC, [PageText(1, 2550, 3300, lines, "text_layer")]), cached_rules())
    assert got.document_type == "eob"
    assert got.denial_type == "prior_authorization"


def test_a_key_none_of_whose_codes_the_rows_print_drops_nothing():
    """A fax's remark column read as specks: no entry's code is found in a row, so every entry may be the one."""
    texts = ["Remark code a en eS asi A pa", "Remark codes", "A2 Amount above the allowed amount is a write-off.",
             "M41 Medical necessity not established for this service."]
    assert unused_entries(texts) == []
