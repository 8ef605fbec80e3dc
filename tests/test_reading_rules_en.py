"""Reading rules from session 57 (a family statement's refused row and the person it belongs to, a title's point
inside a sentence, a name wrapped at a line's end, a brand OCR lost from a logo), each a general one (words placed
as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.doctext import DocText
from intake.extract.fields import extract_fields
from intake.extract.fields_ids import DATE_SPAN
from intake.extract.fullnames import begun_on_line_above
from intake.extract.insurer import _brand_written_before, _without_tagline
from intake.model import Document, PageText
from intake.rules import cached_rules
from intake.split import page_features
from tests.test_kv import SRC, fields_of, line

COLUMNS = ((100, "Claim"), (500, "Provider"), (1000, "Date"), (1300, "Billed"), (1550, "Allowed"),
           (1800, "Paid"), (2050, "Note"))


def _statement_top() -> list:
    return [line(100, (100, "Quennel Mutual Health"), (1500, "Statement date: 05/06/2031")),
            line(150, (100, "HOUSEHOLD CLAIMS SUMMARY")),
            line(200, (100, "Subscriber: Ansel R. Quillby"), (1500, "Member ID: QXM5501873"))]


def _row(y: int, claim: str, provider: str, day: str, billed: str, allowed: str, paid: str, note: str):
    return line(y, (100, claim), (500, provider), (1000, day), (1300, billed), (1550, allowed), (1800, paid),
                (2050, note))


def _legend(y: int) -> list:
    return [line(y, (100, "QP1 Paid at the network rate.")),
            line(y + 40, (100, "QN4 Not paid: the person's coverage had stopped before this visit."))]


def test_the_refused_claims_section_names_its_patient_when_the_block_opens_at_its_header():
    """Each person heads their own rows over the claims header printed again; the refused claim's block starts
    at that header, so the person's line above it is the patient's, not the subscriber's at the top."""
    got = fields_of(
        *_statement_top(),
        line(300, (100, "Ansel R. Quillby (Subscriber) Member ID QXM5501873-01")), line(340, *COLUMNS),
        _row(380, "QC40017721", "Quennel Family Practice", "04/02/2031", "$212.43", "$151.60", "$121.30", "QP1"),
        line(460, (100, "Ivo T. Quillby (Son) Member ID QXM5501873-03")), line(500, *COLUMNS),
        _row(540, "QC40017788", "Pemberix Imaging", "04/19/2031", "$847.10", "$0.00", "$0.00", "QN4"),
        *_legend(640))
    assert got["member_name"] == "Ivo T. Quillby"
    assert got["member_id"] == "QXM5501873-03"


def test_the_person_over_a_refused_row_with_relation_and_number_is_the_patient():
    """No header printed again: each person's name, relation and number head their own rows, and the row the
    legend refuses stands under the son's line."""
    got = fields_of(
        *_statement_top(), line(300, *COLUMNS),
        line(340, (100, "Ansel R. Quillby (self)")),
        _row(380, "QC40017721", "Quennel Family Practice", "04/02/2031", "$212.43", "$151.60", "$121.30", "QP1"),
        line(420, (100, "Ivo T. Quillby (son) ID QXM5501873-03")),
        _row(460, "QC40017788", "Pemberix Imaging", "04/19/2031", "$847.10", "$0.00", "$0.00", "QN4"),
        _row(500, "QC40017790", "Pemberix Imaging", "04/19/2031", "$97.35", "$0.00", "$0.00", "QN4"),
        *_legend(600))
    assert got["member_name"] == "Ivo T. Quillby"
    assert got["member_id"] == "QXM5501873-03"


def test_patient_lines_over_each_persons_rows_name_the_refused_rows_patient():
    """'Patient: ...' over each person's rows, the subscriber's first; the refused row is the spouse's."""
    got = fields_of(
        *_statement_top(), line(300, *COLUMNS),
        line(340, (100, "Patient: Ansel R. Quillby (Subscriber)")),
        _row(380, "QC40017721", "Quennel Family Practice", "04/02/2031", "212.43", "151.60", "121.30", "QP1"),
        line(420, (100, "Patient: Pia L. Quillby (Spouse)")),
        _row(460, "QC40017788", "Pemberix Imaging", "04/19/2031", "847.10", "0.00", "0.00", "QN4"),
        *_legend(560))
    assert got["member_name"] == "Pia L. Quillby"


def test_a_guard_one_person_on_the_statement_keeps_the_subscriber():
    """A person's line over rows, but only one person on the paper: no section to choose, the member stays."""
    got = fields_of(
        *_statement_top(), line(300, *COLUMNS),
        line(340, (100, "Ansel R. Quillby (self)")),
        _row(380, "QC40017788", "Pemberix Imaging", "04/19/2031", "$847.10", "$0.00", "$0.00", "QN4"),
        *_legend(480))
    assert got["member_name"] == "Ansel R. Quillby"


def test_the_patient_column_of_the_one_refused_row_names_the_patient():
    """One table for the whole family with a 'Patient' column; OCR runs the claim's number and the name into one
    cell, so the name is read from the words under the column's caption."""
    got = fields_of(
        *_statement_top(),
        line(300, (100, "Claim no."), (320, "Patient"), (800, "Provider"), (1300, "Billed"), (1550, "Plan paid"),
             (1800, "Status"), (2050, "Code")),
        line(340, (100, "QC40017721 Ansel Quillby"), (800, "Quennel Family Practice"), (1300, "$212.43"),
             (1550, "$121.30"), (1800, "Paid"), (2050, "QP1")),
        line(380, (100, "QC40017788 Ivo Quillby"), (800, "Pemberix Imaging"), (1300, "$847.10"),
             (1550, "$0.00"), (1800, "Denied"), (2050, "QN4")),
        line(420, (100, "QC40017795 Ansel Quillby"), (800, "Quennel Family Practice"), (1300, "$64.90"),
             (1550, "$40.70"), (1800, "Paid"), (2050, "QP1")),
        *_legend(520))
    assert got["member_name"].split()[0] == "Ivo"


def test_a_titles_point_ends_no_sentence():
    """'which Dr. Ivo Q. Pemberix did on ...': the points after 'Dr' and an initial do not cut the sentence."""
    text = ("Quennel Skin Clinic billed us for taking off two moles, which Dr. Ivo Q. Pemberix did on 2031-03-04 "
            "and 2031-03-18; the bill came to $413.50. We cannot pay it.")
    spans = DocText([line(100, (100, text))]).sentences()
    assert len(spans) == 2 and DocText([line(100, (100, text))]).text[slice(*spans[0])].endswith("$413.50.")


def test_the_days_of_care_in_a_sentence_naming_a_doctor_by_title():
    got = fields_of(
        line(100, (100, "Quennel Mutual Health")), line(150, (100, "May 6, 2031")),
        line(250, (100, "Dear Ansel,")),
        line(300, (100, "Quennel Skin Clinic billed us for taking off two moles, which Dr. Ivo Q. Pemberix did")),
        line(340, (100, "on 2031-03-04 and 2031-03-18; the bill came to $413.50. Your plan treats this as cosmetic")),
        line(380, (100, "and does not pay for it.")))
    assert got["service_dates"] == ["2031-03-04", "2031-03-18"]


def test_a_name_opened_at_the_end_of_the_line_above_is_read_whole():
    text = ("Your son was seen at a walk-in clinic that is run by the group we know as the Quillby\n"
            "Valley Hospital; we paid the doctor, and the group's added charge for the room is not covered.\n")
    assert begun_on_line_above("Valley Hospital", text, cached_rules()) == "Quillby Valley Hospital"


def test_a_guard_a_short_heading_above_a_name_is_no_part_of_it():
    """'Your question of May 2' over 'Quennel Valley Hospital sent us ...': the line above is short, it ends
    where it ends; and a name printed alone elsewhere is whole as it is."""
    rules = cached_rules()
    heading = "Your question of May 2\nQuennel Valley Hospital sent us a bill for the night your son spent there.\n"
    assert begun_on_line_above("Quennel Valley Hospital", heading, rules) is None
    twice = ("Your son was seen at a walk-in clinic that is run by the group we know as the Quillby\n"
             "Valley Hospital; we paid the doctor for the visit.\nValley Hospital can answer questions.\n")
    assert begun_on_line_above("Valley Hospital", twice, rules) is None


def test_a_letterheads_name_without_its_logos_brand_is_completed_from_the_letter():
    """The brand is a drawn logo OCR spells apart; the letter writes the name whole twice (the appeal address and
    the sign-off), or once beside the brand set alone in capitals, with or without its 'LLC'."""
    rules = cached_rules()
    text = ("Q U E | N N E L\nSpecialty Rx Services, LLC\nSend your appeal to Quennel Specialty Rx Services, LLC.\n"
            "Sincerely,\nQuennel Specialty Rx Services, LLC\n")
    assert _brand_written_before("Specialty Rx Services, LLC", text, rules) == "Quennel Specialty Rx Services, LLC"
    logo = "QUENNEL Benefit Office\nClaim Services, LLC\nQuestions go to Quennel Claim Services, at the number above.\n"
    assert _brand_written_before("Claim Services, LLC", logo, rules) == "Quennel Claim Services, LLC"
    logo_half = ("QUEN Dental Trust\nQuennelwick Dental Trust pays claims for members of the union.\n"
                 "Quennelwick Dental Trust, PO Box 1\n")
    assert _brand_written_before("Dental Trust", logo_half, rules) == "Quennelwick Dental Trust"


def test_a_guard_a_word_before_the_name_once_is_no_brand():
    once = "Specialty Rx Services, LLC\nYour doctor sent the form to Ivo Specialty Rx Services, LLC.\n"
    assert _brand_written_before("Specialty Rx Services, LLC", once, cached_rules()) is None


def test_a_guard_a_caption_or_a_sentences_word_before_the_name_is_no_brand():
    rules = cached_rules()
    assert _brand_written_before("Quennel Health Plan", "Contact Quennel Health Plan at the number below.",
                                 rules) is None
    assert _brand_written_before("Quennel Health Plan", "Insurer Quennel Health Plan\n", rules) is None


def test_a_tagline_read_on_after_the_name_is_dropped():
    assert _without_tagline("Quennel Helping Hands Daily living support") == "Quennel Helping Hands"
    assert _without_tagline("Quennel Spine Clinic Back pain care") == "Quennel Spine Clinic"
    assert _without_tagline("Quennel Center for Hearing and Balance") == "Quennel Center for Hearing and Balance"


def _two_pages(first: list, second: list) -> dict:
    for k, ln in enumerate(first):
        ln.index = k
    for k, ln in enumerate(second):
        ln.index, ln.page = k, 2
    doc = Document(SRC, [PageText(1, 2550, 3300, first, "text_layer"), PageText(2, 2550, 3300, second, "text_layer")])
    return {k: v.value for k, v in extract_fields(doc, cached_rules()).items()}


def _claim(y: int, number: str, provider: str, person: str) -> object:
    return line(y, (100, f"Claim {number} | Patient: {person} | {provider}"))


def _service(y: int, day: str, what: str, billed: str, allowed: str, paid: str, note: str) -> object:
    return line(y, (100, day), (400, what), (1300, billed), (1550, allowed), (1800, paid), (2050, note))


def test_a_claim_headed_at_a_pages_foot_takes_the_rows_opening_the_next_page():
    """The refused claim's heading is the last line of page 1; its one row opens page 2 under a running header,
    the columns not captioned again: the row is the claim's, and so are its day, its charge and its patient."""
    got = _two_pages(
        [line(100, (100, "Quennel Crafts Welfare Fund"), (1500, "Statement date: 05/06/2031")),
         line(150, (100, "CLAIMS FOR YOUR HOUSEHOLD")),
         line(200, (100, "Member"), (900, "Member number"), (1500, "Group")),
         line(240, (100, "Ansel R. Quillby"), (900, "QXF5501873"), (1500, "QG-320")),
         line(300, (100, "Date"), (400, "Service"), (1300, "Billed"), (1550, "Allowed"), (1800, "Paid"),
              (2050, "Note")),
         _claim(340, "QC40017721", "Quennel Family Practice", "Ansel R. Quillby"),
         _service(380, "04/02/31", "Office visit", "212.43", "151.60", "121.30", "QP1"),
         _claim(420, "QC40017755", "Pemberix Imaging", "Ivo T. Quillby"),
         _service(460, "04/09/31", "Ankle X-ray", "183.20", "121.30", "121.30", "QP1"),
         _claim(500, "QC40017788", "Quennel Brace Supply", "Ivo T. Quillby"),
         line(600, (100, "Plan news")), line(640, (100, "Our office closes early on the Friday before each holiday.")),
         line(3100, (100, "Page 1 of 2"))],
        [line(100, (100, "Quennel Crafts Welfare Fund | QUILLBY, ANSEL R | QXF5501873 | 05/06/2031")),
         _service(160, "04/23/31", "Ankle brace, custom", "314.78", "0.00", "0.00", "QN4"),
         _claim(200, "QC40017799", "Quennel Family Practice", "Ansel R. Quillby"),
         _service(240, "04/30/31", "Lipid panel", "64.90", "22.80", "22.80", "QP1"),
         line(340, (100, "What the notes mean")),
         line(380, (100, "QP1 Paid at the network rate.")),
         line(420, (100, "QN4 Not covered: the plan pays for one custom brace a year.")),
         line(500, (100, "You may appeal within 180 days of the date of this statement."))])
    assert got["case_numbers"] == ["QC40017788"]
    assert got["service_dates"] == ["2031-04-23"]
    assert got["claim_amount"] == "314.78"
    assert got["member_name"] == "Ivo T. Quillby"


def test_the_health_record_number_is_the_patients_number():
    """An Indian Health Service unit's papers name the patient by the health record number ('HRN')."""
    got = fields_of(line(100, (100, "Quennel Service Unit")),
                    line(150, (100, "Referral for Ivo Q. Quillby"), (1300, "Clinic code QV-88")),
                    line(200, (100, "HRN 485512")), line(250, (100, "Care asked for: knee X-ray (73560)")))
    assert got["member_id"] == "485512"


def test_a_reference_in_digits_letters_digits_in_a_sentence_is_a_case_number():
    """'Reference 472QW80357' mid-sentence: a case word, then a code opening with digits, letters inside."""
    got = fields_of(line(100, (100, "Quennel Pharmacy Solutions")),
                    line(150, (100, "We said yes to your request")),
                    line(200, (100, "Your inhaler is covered from June 1, 2031, at your usual copay. Cover runs")),
                    line(240, (100, "until May 31, 2032. Reference 472QW80357; member QPR580044126 is your number")),
                    line(280, (100, "with us.")))
    assert got["case_numbers"] == ["472QW80357"] and got["member_id"] == "QPR580044126"


def test_a_span_of_days_is_no_case_number():
    assert DATE_SPAN.fullmatch("04/27/2031 to 05/20/2031") and DATE_SPAN.fullmatch("2031-04-12")
    assert not DATE_SPAN.fullmatch("31-04-1234") and not DATE_SPAN.fullmatch("2031-0412-5531")


def test_a_line_saying_whom_a_firm_administers_for_is_no_insurer():
    got = fields_of(line(100, (100, "Q U E N N E L  B E N E F I T")),
                    line(150, (100, "Claims administrator for the Quillby Swim Instructors Health Plan")),
                    line(250, (100, "May 6, 2031")),
                    line(300, (100, "Dear Ansel,")),
                    line(340, (100, "We cannot pay for the visit. Write to Quennel Benefit Administrators, Appeals.")),
                    line(400, (100, "Quennel Benefit Administrators")))
    assert "administrator for" not in (got.get("insurer") or "").lower()


def _page(*lines) -> PageText:
    for k, ln in enumerate(lines):
        ln.index = k
    return PageText(1, 2550, 3300, list(lines), "ocr")


def test_a_fax_form_whose_note_asks_to_send_the_letters_on_is_the_stacks_cover():
    """'Dear Billing Office, ... wants us to send you the two notices ...' on the fax form: it sends the papers
    behind it and decides nothing."""
    page = _page(line(100, (100, "Quillby Masonry Works")), line(150, (100, "FAX")),
                 line(200, (100, "To Quennel General Hospital, Billing Office")),
                 line(250, (100, "Fax (555) 555-0142")), line(300, (100, "From Pia Ivo, bookkeeper")),
                 line(350, (100, "Pages 3 plus this sheet")), line(400, (100, "Re Ansel Quillby, cut hand")),
                 line(500, (100, "Dear Billing Office,")),
                 line(550, (100, "Our driver Ansel wants us to send you the two notices his plan mailed him last week.")),
                 line(600, (100, "Regards,")), line(650, (100, "Pia Ivo")))
    assert page_features(page, cached_rules()).cover


def test_a_hello_note_with_its_count_on_its_own_line_is_the_stacks_cover():
    """'Pages' over '3 (counting this one)' and a note that opens 'Hi - attached are ...'."""
    page = _page(line(100, (100, "QUENNEL HARBOR SWIM CLUB")), line(150, (100, "FAX")),
                 line(200, (100, "To"), (1300, "Fax")), line(250, (100, "Club office"), (1300, "(555) 555-0121")),
                 line(300, (100, "From"), (1300, "Phone")), line(350, (100, "Pia Ivo, swim coach"),
                                                                (1300, "(555) 555-0145")),
                 line(400, (100, "Date"), (1300, "Pages")),
                 line(450, (100, "2031/06/30"), (1300, "3 (counting this one)")),
                 line(550, (100, "Hi - attached are the two notices the plan sent me about my knee. Please put")),
                 line(600, (100, "them with my injury report from the pool.")),
                 line(650, (100, "- Pia")))
    assert page_features(page, cached_rules()).cover


def test_a_guard_a_letter_that_says_hello_and_decides_is_a_paper():
    page = _page(line(100, (100, "Quennel Mutual Health")), line(150, (100, "May 6, 2031")),
                 line(250, (100, "Hello Ansel,")),
                 line(300, (100, "We reviewed the claim for your shoulder surgery on April 2, 2031 and we cannot")),
                 line(350, (100, "pay it, because the surgery was not approved before it was done. You may")),
                 line(400, (100, "appeal within 180 days of the date of this letter.")))
    assert not page_features(page, cached_rules()).cover


def test_a_guard_the_day_a_prescriber_asked_for_approval_is_no_day_of_care():
    """'On May 20, 2031 Dr. Ivo Q. Pemberix, who treats your sleep at the Quennel Rest &' over 'Wellness Center,
    asked us to approve ...': the sentence names the doctor and a day, but the day is the asking's (its verb on
    the next line)."""
    got = fields_of(
        line(100, (100, "Quennel Pharmacy Solutions")), line(150, (100, "May 27, 2031")),
        line(250, (100, "Dear Ansel,")),
        line(300, (100, "On May 20, 2031 Dr. Ivo Q. Pemberix, who treats your sleep at the Quennel Rest &")),
        line(340, (100, "Wellness Center, asked us to approve a medicine for you. We have to say no, since")),
        line(380, (100, "the plan's rules for it are not met.")))
    assert not got.get("service_dates")


def test_the_days_a_claim_from_a_named_provider_was_for_are_kept():
    got = fields_of(
        line(100, (100, "Quennel Mutual Health")), line(150, (100, "May 27, 2031")),
        line(250, (100, "Dear Ansel,")),
        line(300, (100, "The plan got a bill from Quillby Family Therapy for three couples sessions, held")),
        line(340, (100, "on 4/11/2031, 4/18/2031 and 4/25/2031. Your plan leaves out therapy for a couple.")))
    assert got["service_dates"] == ["2031-04-11", "2031-04-18", "2031-04-25"]
