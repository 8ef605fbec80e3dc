"""Reading rules from session 32 (round CY), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from intake.extract.signer import letter_signer
from intake.rules import cached_rules
from intake.model import PageText
from tests.test_kv import fields_of, line
from tests.test_reading_rules_cq import _classify_lines

CREDENTIALS = frozenset(cached_rules().names.credentials)


def _prose(*sentences: str) -> list:
    """A short notice: letterhead, date, then its sentences one per line."""
    return [line(100, (100, "Example Prairie Health Plan")), line(170, (100, "Date: May 4, 2031")),
            *(line(300 + 60 * i, (100, s)) for i, s in enumerate(sentences))]


# --- service dates told in sentences -------------------------------------------------------------------------

def test_a_programs_span_in_a_sentence_is_the_service():
    got = fields_of(*_prose("Intensive outpatient program, 3 hours a day, at Example Behavioral Center,",
                            "from May 11, 2031 through June 19, 2031."))
    assert got["service_dates"] == ["2031-05-11/2031-06-19"]


def test_a_weeks_span_billed_as_one():
    """'for the week of DATE through DATE', 'for the same week, DATE to DATE': a weekly bundle's days."""
    got = fields_of(*_prose("We received a claim for weekly treatment (code X0001) for the week of",
                            "JUN 2, 2031 through JUN 8, 2031. The claim came in after the limit."))
    assert got["service_dates"] == ["2031-06-02/2031-06-08"]
    got = fields_of(*_prose("It billed two weekly bundles for the same week, 9 Jun 2031 to 15 Jun 2031."))
    assert got["service_dates"] == ["2031-06-09/2031-06-15"]


def test_the_day_care_was_asked_for_or_set_to_begin():
    got = fields_of(*_prose("We are writing about the request to approve an upper endoscopy for",
                            "you on 12 Jun 2031. The request has reference number QX-5550001."))
    assert got["service_dates"] == ["2031-06-12"]
    got = fields_of(*_prose("Your doctor asked for a glucose monitor to begin on June 16, 2031."))
    assert got["service_dates"] == ["2031-06-16"]
    got = fields_of(*_prose("We reviewed the charges that Ana B. Example, DDS, asked to schedule for July",
                            "9, 2031. The first decision stands."))
    assert got["service_dates"] == ["2031-07-09"]


# --- the doctor who signs a letter to the plan ---------------------------------------------------------------

def _letter(*closing: str) -> PageText:
    lines = [line(140, (500, "Example Ridge Pain Clinic")), line(200, (300, "12 Main Street, Example City")),
             line(290, (150, "June 2, 2031")), line(350, (150, "Example Mutual Health Utilization Management")),
             line(460, (150, "RE: Ana B. Example, ID QX100200300")),
             line(520, (150, "I am requesting approval of the procedure planned for June 20, 2031.")),
             *(line(700 + 60 * i, (150, t)) for i, t in enumerate(closing))]
    for i, ln in enumerate(lines):
        ln.index = i
    return PageText(1, 2550, 3300, lines, "text_layer")


def test_a_provider_letter_to_the_plan_is_signed_by_its_provider():
    got = letter_signer([_letter("Sincerely,", "Ruth C. Example, MD", "NPI 1000000001")], CREDENTIALS)
    assert got is not None and got[1] == "Ruth C. Example"
    got = letter_signer([_letter("Sincerely,", "Dr. Ruth C. Example, Physical Medicine and Rehabilitation")], CREDENTIALS)
    assert got is not None and got[1] == "Dr. Ruth C. Example"
    got = letter_signer([_letter("Ruth C. Example, MD, Medical Director", "NPI 1000000001")], CREDENTIALS)
    assert got is not None and got[1] == "Ruth C. Example"  # no sign-off: the name over the NPI


def test_a_plans_letter_signer_is_no_provider():
    """The plan's own letter (its letterhead) is signed by its reviewer; a signer without a credential is a clerk."""
    page = _letter("Sincerely,", "Ruth C. Example, MD")
    page.lines[0] = line(140, (500, "Example Mutual Health Plan"))
    assert letter_signer([page], CREDENTIALS) is None
    assert letter_signer([_letter("Sincerely,", "Claims Department")], CREDENTIALS) is None


def test_the_signer_fills_the_provider_only_when_nothing_else_names_one():
    page = _letter("Sincerely,", "Ruth C. Example, MD")
    got = fields_of(*page.lines)
    assert got["provider"] == "Ruth C. Example"


# --- appeal deadlines that are a hearing's ------------------------------------------------------------------

def test_an_administrative_hearings_limit_is_no_appeal_deadline():
    got = fields_of(*_prose("This was your plan appeal. If you disagree, you can ask for a hearing with the Office",
                            "of Administrative Hearings within 120 calendar days of the date of this appeal decision."))
    assert got.get("appeal_deadline") is None
    got = fields_of(*_prose("You have finished the plan's appeal process. You may ask for a State Administrative",
                            "Hearing with the state's hearing office. You must ask within 120 calendar days of the date",
                            "of this Notice of Appeal Resolution."))
    assert got.get("appeal_deadline") is None


def test_an_appeal_limit_after_a_hearing_sentence_still_counts_when_it_names_the_appeal():
    got = fields_of(*_prose("You may also ask for a State Administrative Hearing later.",
                            "You may appeal within 60 days of the date of this notice."))
    assert got["appeal_deadline"] == "2031-07-03"


# --- denial types ---------------------------------------------------------------------------------------------

def test_records_never_received_is_other():
    got = _classify_lines("Example Prairie Health Plan", "Date: May 4, 2031",
                          "On 20 Apr 2031 we asked your doctor's office to send us your office notes. We did not",
                          "receive them. Without them we could not make a decision, so the request is denied.",
                          "If you disagree, you may appeal within 60 calendar days of the date of this notice.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "other")


def test_prior_authorization_needed_and_never_asked_for():
    got = _classify_lines("Example Prairie Health Plan", "Notice of Adverse Benefit Determination - Claim Payment",
                          "Why we denied payment",
                          "Physical therapy after the first 35 treatment days in a year needs prior authorization",
                          "from Example Prairie Health Plan. We did not receive a prior authorization request for",
                          "these visits. Your provider cannot bill you for these visits.")
    assert got.denial_type == "prior_authorization"


def test_a_missing_modifier_is_a_coding_denial():
    got = _classify_lines("Example Spire Health Assurance", "CLAIM EDIT NOTICE", "Claim number 20310000001",
                          "Line 2: X0002 must be billed with the weekly bundle and with the plan's modifier.",
                          "The modifier was missing. Send a corrected claim with the modifier.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "coding_error")


def test_a_cheaper_first_test_upheld_is_medical_necessity():
    got = _classify_lines("Example Prairie Health Plan", "Notice of Appeal Decision",
                          "You asked us to change our decision that denied a sleep study in a sleep lab.",
                          "A home sleep test is the right first test for you. We are keeping our decision to deny",
                          "the sleep lab study.")
    assert got.denial_type == "medical_necessity"


def test_a_care_programs_span_but_not_an_assistance_programs():
    got = fields_of(*_prose("You are approved for the drug assistance program from June 10, 2031 through June 9, 2032."))
    assert got.get("service_dates") in (None, [])
    got = fields_of(*_prose("We denied the partial hospitalization program at Example Center from June 17, 2031",
                            "to July 22, 2031."))
    assert got["service_dates"] == ["2031-06-17/2031-07-22"]


# --- case numbers in sentences ------------------------------------------------------------------------------

def test_a_case_word_before_a_coded_number_in_a_sentence():
    """'(reference UM1234567)', 'under request PA-1234567', 'your appeal as APL-123456': the case's numbers."""
    for sentence, number in (("You asked us to change our decision (reference UM17100001) not to cover it.",
                              "UM17100001"),
                             ("The first decision, dated April 2, 2031, as reference PX200000001.", "PX200000001"),
                             ("It was asked for by Dr. Ana Example under request PA-12000001.", "PA-12000001"),
                             ("We refer to your appeal as APL-4900001, and the first decision.", "APL-4900001")):
        assert fields_of(*_prose(sentence))["case_numbers"] == [number], sentence


def test_a_case_word_before_a_plain_count_is_no_case_number():
    got = fields_of(*_prose("Your request 12 is one of several we received about the same visit."))
    assert not got.get("case_numbers")


# --- grids of label rows over value rows ---------------------------------------------------------------------

def test_label_rows_over_value_rows_under_a_title_are_headers_not_captions():
    """A title, then label rows each close over its value row: every label takes the value under it."""
    from tests.test_reading_rules_cx import placed

    got = fields_of(placed(190, 34, (224, "Example Bend Health Assurance")),
                    placed(286, 34, (224, "EXPLANATION OF BENEFITS"), (760, "- THIS IS NOT A BILL")),
                    placed(393, 34, (238, "STATEMENT DATE"), (946, "MEMBER"), (1655, "MEMBER ID")),
                    placed(440, 34, (238, "10 Mar 2031"), (946, "Ana B. Example"), (1655, "QXB100200300")),
                    placed(517, 34, (238, "GROUP"), (946, "PLAN"), (1655, "CLAIMS PROCESSED")),
                    placed(564, 34, (238, "31-5000"), (946, "PPO-QX00"), (1655, "24 Feb 2031 to 8 Mar 2031")))
    assert (got["member_id"], got["member_name"], got["group_number"]) == ("QXB100200300", "Ana B. Example", "31-5000")
    assert got["denial_date"] == "2031-03-10"


def test_captions_under_their_values_still_caption():
    """A form that prints each caption close under its value (the value row first)."""
    from tests.test_reading_rules_cx import placed

    got = fields_of(placed(100, 34, (224, "Example Claims Form")),
                    placed(300, 34, (238, "QXB100200300"), (946, "Ana B. Example")),
                    placed(340, 26, (238, "MEMBER ID"), (946, "MEMBER NAME")),
                    placed(430, 34, (238, "G-55001"), (946, "05/04/2031")),
                    placed(470, 26, (238, "GROUP NUMBER"), (946, "DATE OF NOTICE")))
    assert (got["member_id"], got["member_name"], got["group_number"]) == ("QXB100200300", "Ana B. Example", "G-55001")


# --- the insurer when the letterhead cannot be read ----------------------------------------------------------

def test_the_footer_names_the_insurer_when_the_letterhead_does_not():
    got = fields_of(line(300, (100, "Appeals Unit")), line(360, (100, "PO Box 80001, Example City, OH 43000")),
                    line(460, (100, "APPEAL DECISION: OVERTURNED")),
                    line(560, (100, "We have reversed our decision and the claim will be paid.")),
                    line(3150, (900, "Example Spire Health Assurance Appeals Unit")))
    assert got["insurer"] == "Example Spire Health Assurance"


def test_a_decision_word_in_a_grid_is_no_insurer():
    from intake.extract.insurer import _plausible
    from intake.rules import cached_rules

    assert not _plausible("UPHELD", cached_rules())
    assert _plausible("Example Upland Health Plan", cached_rules())


# --- the patient -----------------------------------------------------------------------------------------------

def test_a_baby_named_in_the_letter_is_the_patient_not_the_parent_addressed():
    got = fields_of(line(100, (100, "Example Bay Mutual Health")), line(170, (100, "18 de febrero de 2031")),
                    line(240, (100, "Ana Example")), line(300, (100, "Estimada señora Example:")),
                    line(380, (100, "Le escribimos sobre la solicitud que hizo su médico para su bebé, Leo M. Example,")),
                    line(440, (100, "número de miembro QXB545000001-03.")))
    assert got["member_name"] == "Leo M. Example"


def test_a_patient_label_before_a_sentence_names_no_one():
    got = fields_of(line(100, (100, "Example Eyelid Surgery")), line(170, (100, "PATIENT STATEMENT")),
                    line(300, (100, "Patient"), (700, "will refund you.")),
                    line(400, (100, "Insurance"), (700, "Example Bend Health Assurance")))
    assert got.get("member_name") != "Will Refund"


# --- OCR's slips in a deadline's words ---------------------------------------------------------------------

def test_ocr_slips_in_a_deadlines_count():
    got = fields_of(*_prose("If you do not agree, you may ask for an appeal within 60 clays of the date of this notice."))
    assert got["appeal_deadline"] == "2031-07-03"
    got = fields_of(line(100, (100, "Example Prairie Health Plan")), line(170, (100, "4 de mayo de 2031")),
                    line(300, (100, "Si no está de acuerdo, puede pedir una apelación dentro de los 60 días calendario")),
                    line(360, (100, "a part r de la fecha de este aviso.")))
    assert got["appeal_deadline"] == "2031-07-03"


def test_another_parts_authorization_a_review_file_and_a_coverage_policy_are_no_case_numbers():
    for sentence in ("Sessions 1-12 were approved under authorization UM76200001.",
                     "Policy used: Local Coverage Determination L33001, Power Mobility Devices.",
                     "Example Review Services, Inc. (IRO file VRS-88001) reviewed your case."):
        assert not fields_of(*_prose(sentence)).get("case_numbers"), sentence


# --- stacks faxed with the machine's line over every page ----------------------------------------------------

def _faxed_page(number: int, *texts: str) -> PageText:
    lines = [line(50 + 60 * i, (150, t)) for i, t in enumerate(texts)]
    for i, ln in enumerate(lines):
        ln.index, ln.page = i, number
    return PageText(number, 2550, 3300, lines, "ocr")


def test_a_fax_machines_page_count_is_not_the_documents():
    """'P. 3/3' at the end of the fax line counts the transmission's pages; the letterhead under it heads the page."""
    from intake.rules import cached_rules
    from intake.split import page_features

    page = _faxed_page(3, "04/10/2031 14:22 FROM: EXAMPLE UM 1-555-310-4471 TO: EXAMPLE PEDS P. 3/3",
                       "Example Family Pediatrics", "812 Example Street, Example City, IN 46901",
                       "April 14, 2031", "Example Health Partners Grievances and Appeals",
                       "Re: Ana B. Example, authorization UM93000001",
                       "I am writing to ask you to reconsider the decision about my patient's speech therapy.")
    got = page_features(page, cached_rules())
    assert got.page_of is None
    assert got.header == "examplefamilypediatrics"
    page = _faxed_page(2, "MAR 17, 2031 14:22 FROM: EXAMPLE PLAN UM FAX 1-555-781-2290 TO: 15550000001 P.2/4",
                       "Example Hollyleaf Health Plan", "Utilization Management", "Notice of Adverse Benefit Determination",
                       "Page 1 of 1")
    assert page_features(page, cached_rules()).page_of == (1, 1)  # the document's own count still counts


def test_a_letter_about_an_appeal_for_a_named_member_is_addressed():
    """'Re: appeal APL-1 for Ana B. Example, member ID ...': a letter about someone, no enclosure of the page before."""
    from intake.split import _addressed

    page = _faxed_page(3, "Example Crest Health Insurance Company", "February 19, 2031",
                       "Re: appeal APL-960001 for Marta E. Example, member ID QX096000001",
                       "You appealed our decision denying the overnight stay.")
    assert _addressed(page)
    assert not _addressed(_faxed_page(3, "Example Health Plan - Clinical Policy Bulletin", "Re: Knee surgery criteria"))


# --- Medicaid's member numbers under a state's own names -------------------------------------------------------

def test_a_medical_assistance_number_and_a_recipient_id_are_the_members():
    got = fields_of(line(100, (100, "Example Bay Community Health Plan")),
                    line(170, (100, "Medical Assistance No.: 91000000001")))
    assert got["member_id"] == "91000000001"
    got = fields_of(*_prose("Your reference number is UM-67000001. Your Medical Assistance number is 91000000002."))
    assert got["member_id"] == "91000000002"
    got = fields_of(line(100, (100, "Example Health Partners")),
                    line(170, (100, "Ana B. Example | RID 1006000001 | Notice of Action | 04-25-2031")))
    assert got["member_id"] == "1006000001"


def test_a_faxed_letter_to_the_plans_appeals_office_is_signed_by_its_provider():
    """The fax machine's line over the letterhead names the sending plan, not the letter's sender; OCR's comma
    after an initial; a prosthetist's credential."""
    page = _faxed_page(1, "8 Feb 2031 11:17 FROM: EXAMPLE REHAB 1-555-467-8810 TO: 1-555-730-2690 P. 1/1",
                       "Example River Physical Medicine", "610 Example St, Example City, ID 83301", "8 Feb 2031",
                       "Example Health Partners Grievances and Appeals", "Re: Ana B. Example, Member ID QX1000000001",
                       "I am writing to ask you to approve the knee for my patient.", "Sincerely,",
                       "Tobin H, Example, MD", "NPI 1500000001")
    got = letter_signer([page], CREDENTIALS)
    assert got is not None and got[1] == "Tobin H. Example"
    page = _faxed_page(1, "Example Ridge Prosthetics", "Date: Mar 31, 2031",
                       "Example Mutual Health Assurance - External Review Coordinator", "To the reviewer:",
                       "We support our patient's request.", "Respectfully,", "Nadia R. Example, CPO")
    got = letter_signer([page], CREDENTIALS)
    assert got is not None and got[1] == "Nadia R. Example"


# --- the provider named in a clause about the care ----------------------------------------------------------

def test_the_place_of_care_named_in_a_clause():
    cases = (("You asked us to change our decision on a knee arthroscopy that Example Orthopedic Group planned",
              "to do on January 31, 2031.", "Example Orthopedic Group"),
             ("The claim is for a pump refill done in the outpatient department of St. Example Regional Medical",
              "Center on 10 Dec 2030, billed at $2,340.00.", "St. Example Regional Medical Center"),
             ("You asked us to change our decision that denied admission to Example Acute Rehabilitation Hospital",
              "for inpatient rehabilitation starting March 16, 2031.", "Example Acute Rehabilitation Hospital"),
             ("You asked us to pay for care at Example Regional Rehabilitation Hospital, an acute inpatient",
              "rehabilitation hospital, from Jan 10, 2031 through Jan 20, 2031.",
              "Example Regional Rehabilitation Hospital"),
             ("This letter gives the decision on your appeal. On your behalf, Ruth D. Example,",
              "DO asked us to reverse our earlier decision not to cover the device.", "Ruth D. Example"))
    for first, second, provider in cases:
        assert fields_of(*_prose(first, second))["provider"] == provider, first


def test_approved_from_and_approved_through_make_one_span():
    got = fields_of(line(100, (100, "Example Shores Health Plan")), line(170, (100, "Date: 2031-02-09")),
                    line(300, (100, "Service: speech therapy, 16 visits")),
                    line(360, (100, "Approved from: 2031-02-16")), line(420, (100, "Approved through: 2031-04-16")))
    assert got["service_dates"] == ["2031-02-16/2031-04-16"]


def test_a_letter_to_the_medical_director_is_not_addressed_to_the_patient():
    got = fields_of(line(100, (100, "Example River Physical Medicine")), line(170, (100, "8 Feb 2031")),
                    line(240, (100, "Example Mutual Health Assurance - Medical Director")),
                    line(300, (100, "Re: Abel C. Example DOB 11/05/1970 Member ID QXW2500001")),
                    line(360, (100, "Dear Medical Director,")),
                    line(420, (100, "I am writing about my patient's request for a microprocessor knee.")))
    assert got.get("member_name") != "Medical Director"
