"""Reading rules from session 33 (round DA), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from intake.extract.signer import letter_signer
from intake.rules import cached_rules
from intake.model import PageText
from tests.test_kv import fields_of, line
from tests.test_reading_rules_cq import _classify_lines
from tests.test_reading_rules_cy import _prose


# --- the member ----------------------------------------------------------------------------------------------

def test_a_member_label_over_an_address_names_no_one():
    """'Member Appeals' over the plan's PO Box, a sidebar's 'Member' beside the town line: places, not people."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")), line(160, (100, "Member Appeals")),
                    line(200, (100, "PO Box 40001, Example City, PA 17000")),
                    line(300, (100, "Ana B. Example")), line(340, (100, "12 Main Street")),
                    line(380, (100, "Example City, PA 17001")),
                    line(480, (100, "Dear Ana B. Example:")),
                    line(560, (100, "We reviewed your appeal and our decision stays the same.")))
    assert got["member_name"] == "Ana B. Example"
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "MEMBER"), (900, "Example Town, NJ 08000")),
                    line(400, (100, "We reviewed your request for a knee surgery.")))
    assert got.get("member_name") is None


def test_the_member_on_a_re_line_before_a_dash_or_a_programs_id():
    """A doctor's letter to the plan names the patient only on its 'Re:' line, however the facts are set apart."""
    for re_line in ("Re: Ana B. Example - Member ID QX100200300 - Reference UM1000001",
                    "RE: Ana B. Example Med-QUEST ID 0010020030 Reference QX-1000001",
                    "Re: Ana B. Example - KanCare ID 7000000001 - request for reconsideration",
                    "Re: Letter of medical necessity - glucose monitor - Ana B. Example, member ID"):
        got = fields_of(line(100, (100, "Example Valley Pediatric Clinic")), line(200, (100, "June 7, 2031")),
                        line(260, (100, "Example Prairie Health Plan")), line(320, (100, re_line)),
                        line(400, (100, "I care for my patient, who needs the formula we asked for.")))
        assert got["member_name"] == "Ana B. Example", re_line


def test_a_state_programs_own_name_before_id_marks_the_members_number():
    """'KanCare ID', 'Número de KanCare', 'MO HealthNet DCN': the member's number, as after 'Medicaid'."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "FECHA DEL AVISO"), (900, "NOMBRE DEL MIEMBRO"), (1600, "NUMERO DE KANCARE")),
                    line(350, (100, "21 de mayo de 2031"), (900, "Ana B. Example"), (1600, "7000000001")))
    assert got["member_id"] == "7000000001"
    got = fields_of(line(100, (100, "Example Prairie Health Plan")), line(300, (100, "MO HealthNet DCN: 70000001")))
    assert got["member_id"] == "70000001"


def test_a_forms_document_control_number_is_still_no_member_id():
    got = fields_of(line(100, (100, "Example Prairie Health Plan")), line(300, (100, "Member ID: QX100200300")),
                    line(3100, (100, "Form EX-100 DCN 70000001 Page 1 of 1")))
    assert got["member_id"] == "QX100200300"


# --- the provider ----------------------------------------------------------------------------------------------

def _to_plan(*head: str, closing=("Sincerely,", "Ruth C. Example, MD")) -> PageText:
    lines = [line(140, (500, "Example Ridge Family Medicine")), line(200, (300, "12 Main Street, Example City")),
             *(line(300 + 50 * i, (150, t)) for i, t in enumerate(head)),
             line(620, (150, "I ask you to restore the hours. Our surgeon Dr. Omar D. Example agrees.")),
             *(line(800 + 60 * i, (150, t)) for i, t in enumerate(closing))]
    for i, ln in enumerate(lines):
        ln.index = i
    return PageText(1, 2550, 3300, lines, "text_layer")


def test_an_undated_letter_to_the_plan_over_a_re_line_is_its_signers():
    page = _to_plan("Example Crest Health Plan, Member Appeals", "PO Box 5000, Example City, NV 89000",
                    "Re: Ana B. Example, member ID QX100200300", "To the appeals reviewer:")
    got = letter_signer([page], frozenset(cached_rules().names.credentials))
    assert got is not None and got[1] == "Ruth C. Example"


def test_the_writer_of_a_letter_to_the_plan_comes_before_a_colleague_it_names():
    page = _to_plan("June 2, 2031", "Example Crest Health Plan, Appeals Department", "Re: Ana B. Example")
    assert fields_of(*page.lines)["provider"] == "Ruth C. Example"


def test_an_office_on_the_attention_line_is_no_provider():
    """'Attn: Medical Director' under the plan's name is the plan's office; the letter's signer is the provider."""
    page = _to_plan("June 2, 2031", "Example Crest Health Plan Utilization Management", "Attn: Medical Director",
                    "Re: Ana B. Example - Example ID 7000000001")
    assert fields_of(*page.lines)["provider"] == "Ruth C. Example"


# --- service dates ---------------------------------------------------------------------------------------------

def test_the_care_a_doctor_asked_for_by_its_day_or_span():
    for sentence, want in (("which denied an MRI of your knee that Dr. Ana Example asked to do on July 9, 2031.",
                            ["2031-07-09"]),
                           ("instead of the 56 hours a week that Ana B. Example, MD asked for from 3 Jun 2031 "
                            "through 1 Sep 2031.", ["2031-06-03/2031-09-01"]),
                           ("our denial of hip surgery, requested by Dr. Ana B. Example for APR 20, 2031.",
                            ["2031-04-20"]),
                           ("the request to admit you to the rehabilitation unit at Example Hospital on 18 Mar 2031.",
                            ["2031-03-18"]),
                           ("el monitor para usted durante su embarazo, a partir del 3 de abril de 2031.",
                            ["2031-04-03"]),
                           ("The reduction for March 4, 2031 through June 1, 2031 puts my patient at risk.",
                            ["2031-03-04/2031-06-01"])):
        assert fields_of(*_prose(sentence))["service_dates"] == want, sentence


def test_a_coverages_start_is_no_service_day():
    got = fields_of(*_prose("Su cobertura a partir del 1 de enero de 2031 sigue igual."))
    assert not got.get("service_dates")


def test_a_changes_span_in_a_table_and_a_header_with_a_fax_speck():
    got = fields_of(line(100, (100, "Example Crest Health Plan")),
                    line(300, (100, "Service"), (700, "Effective period of change"), (1400, "Decision")),
                    line(350, (100, "Home health aide"), (700, "03/04/2031 - 06/01/2031"), (1400, "Reduced")))
    assert got["service_dates"] == ["2031-03-04/2031-06-01"]
    got = fields_of(line(100, (100, "Example Crest Health Plan")),
                    line(300, (100, "FECHAS DE SERVICIO."), (900, "CANTIDAD FACTURADA")),
                    line(350, (100, "16-mar-2031 al 06-abr-2031"), (900, "$1,017.40")))
    assert got["service_dates"] == ["2031-03-16/2031-04-06"]


# --- numbers that are no case's or plan's ------------------------------------------------------------------------

def test_procedure_codes_in_brackets_are_no_case_numbers():
    """A case label over the service line ('Reference #:' above 'physical therapy (97110, 97140)')."""
    got = fields_of(line(100, (100, "EXAMPLE CREST HEALTH PLAN")),
                    line(300, (100, "Reference #:"), (600, "Outpatient physical therapy (97110, 97140), 24 visits")))
    assert not got.get("case_numbers")
    got = fields_of(line(100, (100, "EXAMPLE CREST HEALTH PLAN")), line(300, (100, "Reference #:"), (600, "48213")))
    assert got["case_numbers"] == ["48213"]  # five digits alone under a case label: the case's


def test_the_fax_machines_line_holds_no_plan_number():
    got = fields_of(line(40, (60, "MAY 09 2031 09:14 FROM: 1-555-000-0001 EXAMPLE PRAIRIE HEALTH PLAN TO: 15550000002 P. 1/2")),
                    line(200, (100, "Example Prairie Health Plan")), line(300, (100, "Member ID: QX100200300")))
    assert got.get("plan_id") is None and got["member_id"] == "QX100200300"


# --- denial types and approvals ----------------------------------------------------------------------------------

def test_a_provider_outside_the_network_however_it_is_put():
    for sentence in ("This provider is not in the Example Prairie Health Plan network and it was no emergency.",
                     "The supplier does not participate in your plan's network for medical equipment.",
                     "Your plan covers these items only from network suppliers."):
        got = _classify_lines("Example Prairie Health Plan", "Date: May 4, 2031", "We denied the request.", sentence)
        assert got.denial_type == "out_of_network", sentence


def test_a_lesser_setting_approved_instead_is_level_of_care():
    got = _classify_lines("Example Prairie Health Plan", "Date: May 4, 2031",
                          "We DENIED the sleep study in the sleep lab. We APPROVED a home sleep apnea test instead.",
                          "For members like you, testing at home is the right setting.",
                          "If you do not agree with this decision, you can ask us for an appeal within 60 days.")
    assert got.denial_type == "level_of_care"


def test_off_the_plans_device_list_is_not_covered():
    got = _classify_lines("Example Prairie Health Plan", "Date: May 4, 2031", "We denied the claim.",
                          "The monitor billed is not on our covered device list (formulary).")
    assert got.denial_type == "not_covered"


def test_records_asked_for_and_never_received_is_other():
    got = _classify_lines("Example Prairie Health Plan", "Date: May 4, 2031",
                          "We denied this claim for skin testing (CPT 95004, 80 tests) and the office visit billed with it.",
                          "We asked the provider for the records on Apr 26, 2031 and did not receive them within",
                          "14 days. If the provider sends the records, we will look at the claim again.")
    assert got.denial_type == "other"


def test_a_spanish_appeal_that_reverses_the_denial_denies_nothing():
    got = _classify_lines("Example Bay Health", "Decisión de su apelación: APROBADA",
                          "Usted apeló nuestra decisión de no cubrir la reparación de la válvula.",
                          "Hemos revocado nuestra decisión anterior: el procedimiento está aprobado.")
    assert (got.document_type, got.denial_type) == ("other", None)


# --- the paper's issuer and who billed -------------------------------------------------------------------------

def test_a_names_first_word_set_apart_in_large_type_stays_in_the_name():
    from intake.extract.insurer import find_insurer
    from intake.model import Word
    from intake.rules import cached_rules

    words = [Word("Moana", 0.97, (276, 263, 381, 313)), Word("Example", 0.97, (450, 265, 640, 313)),
             Word("Health", 0.97, (660, 264, 800, 313)), Word("Plan", 0.97, (820, 264, 915, 313))]
    from intake.model import Line

    lines = [Line(words=words, page=1), line(342, (274, "PO Box 29000, Example City, HI 96800")),
             line(537, (275, "Ana B. Example")), line(700, (275, "We reviewed your request."))]
    for i, ln in enumerate(lines):
        ln.index = i
    got = find_insurer(PageText(1, 2550, 3300, lines, "text_layer"), cached_rules())
    assert got is not None and got.value == "Moana Example Health Plan"


def test_a_statement_names_its_biller_at_the_top_not_the_payer_in_its_facts():
    got = fields_of(line(240, (240, "Example Lake Anesthesia Associates")),
                    line(320, (240, "1250 Market Street, Suite 3, Example City, PA 17000")),
                    line(520, (240, "PATIENT INVOICE / STATEMENT")), line(600, (240, "Statement date May 11, 2031")),
                    line(720, (240, "Patient"), (700, "Ana B. Example")),
                    line(780, (240, "Insurance"), (700, "Example Mutual Health")),
                    line(840, (240, "Insurance ID"), (700, "QX100200300")),
                    line(960, (240, "Anesthesiologist"), (700, "Dr. Omar T. Example")),
                    line(1060, (240, "Date of service"), (700, "Description"), (1500, "Charges")),
                    line(1120, (240, "03/27/2031"), (700, "Anesthesia, hip joint"), (1500, "$2875.00")),
                    line(1400, (240, "Your insurance, Example Mutual Health, denied this claim.")))
    assert got["provider"] == "Example Lake Anesthesia Associates"


def test_a_claim_heading_with_an_ocr_plus_for_its_dash_names_who_billed():
    got = fields_of(line(100, (100, "Example Bay Health")), line(200, (100, "EXPLANATION OF BENEFITS")),
                    line(300, (100, "Claim 77-50000001 + Example Cardiac Hospital")),
                    line(360, (100, "Date"), (500, "Service"), (1200, "Amount billed"), (1700, "Plan paid")),
                    line(420, (100, "03 MAR 2031"), (500, "Operating room services"), (1200, "$20,648.00"),
                         (1700, "$0.00")))
    assert got["provider"] == "Example Cardiac Hospital"


# --- a letter's second page ----------------------------------------------------------------------------------------

def test_a_page_headed_continued_goes_on_with_the_letter():
    from intake.rules import cached_rules
    from intake.split import page_features, plan_split

    def page(number, *texts):
        lines = [line(200 + 70 * i, (240, t)) for i, t in enumerate(texts)]
        for i, ln in enumerate(lines):
            ln.index = i
        return PageText(number, 2550, 3300, lines, "text_layer")

    first = page(1, "Example Valley Allergy Clinic", "2210 Example Street, Example City, IA 50000", "May 22, 2031",
                 "Example Prairie Health Plan, Claims Review", "Re: Ana B. Example - Claim 94100000001",
                 "Dear reviewer,", "I am writing about the skin testing you denied. The records are enclosed and",
                 "show why the testing was needed for my patient this spring.")
    second = page(2, "Re: Ana B. Example - Claim 94100000001 - continued",
                  "Please reprocess the claim with the enclosed records.", "Sincerely,", "Ruth C. Example, MD")
    rules = cached_rules()
    assert plan_split([page_features(first, rules), page_features(second, rules)]) == [[1, 2]]


# --- round DB ----------------------------------------------------------------------------------------------------

def _page(*lines_):
    for i, ln in enumerate(lines_):
        ln.index = i
    return PageText(1, 2550, 3300, list(lines_), "text_layer")


def test_a_tagline_under_a_lost_name_yields_to_the_footer():
    """'A Utah Medicaid Accountable Care Organization' says what the plan is; the footer says who it is."""
    from intake.extract.insurer import find_insurer
    from intake.rules import cached_rules

    page = _page(line(310, (264, "A Example State Medicaid Accountable Care Organization")),
                 line(424, (228, "MAR 13, 2031")), line(506, (226, "Ana B. Example")),
                 line(700, (226, "We approved the physical therapy your doctor asked for.")),
                 line(3148, (990, "Example Summit Community Care \u2014 Organizaci\u00f3n de Atenci\u00f3n Responsable")))
    got = find_insurer(page, cached_rules())
    assert got is not None and got.value == "Example Summit Community Care"


def test_a_programs_name_over_the_letter_yields_to_its_owner_in_the_footer():
    from intake.extract.insurer import find_insurer
    from intake.rules import cached_rules

    page = _page(line(326, (234, "NH Medicaid Care Management | Member Services 1-605-555-0100")),
                 line(439, (232, "18 Mar 2031")), line(552, (231, "Ana B. Example")),
                 line(700, (231, "We approved the physical therapy your doctor asked for.")),
                 line(3153, (607, "Example Ridge Health Partners - NH Medicaid Care Management | Page 1 of 1")))
    got = find_insurer(page, cached_rules())
    assert got is not None and got.value == "Example Ridge Health Partners"


def test_refusals_told_as_part_approvals_and_cuts_are_denials():
    for sentence, kind in (("We are not approving the inpatient rehabilitation stay. Your needs can be met at a lower "
                            "level of care.", "level_of_care"),
                           ("We approve the drug itself, but not the hospital outpatient setting. He can safely "
                            "receive it at home.", None),
                           ("You now receive 56 hours a week. Starting Apr 11, 2031, we will approve 40 hours a week "
                            "instead. The extra hours are not medically necessary.", "medical_necessity")):
        got = _classify_lines("Example Crest Health Plan", "Date: May 4, 2031", sentence,
                              "You may appeal this decision within 60 days from the date on this notice.")
        assert got.document_type == "denial_letter", sentence
        if kind:
            assert got.denial_type == kind, sentence


def test_a_member_claims_summary_is_an_eob():
    got = _classify_lines("Example Health - Member Claims Summary (this is not a bill)", "Statement date: 27 AUG 2031",
                          "Claim number Service date Provider name Amount billed Paid Remark",
                          "26000000001 07/01/2031 Example Dental $317.00 $0.00 D7",
                          "D7 - Denied: cosmetic tooth whitening is not a covered service.")
    assert got.document_type == "eob"


def test_a_limit_for_an_appeal_and_a_hearing_together_is_the_appeal_deadline():
    got = fields_of(*_prose("If you do not agree with this decision, you may ask for an appeal and an administrative",
                            "hearing within 60 days of the date of this notice."))
    assert got["appeal_deadline"] == "2031-07-03"
    got = fields_of(*_prose("If you do not agree with this decision, you may ask for an appeal and an administrative",
                            "hearing. You must ask within 60 days of the date of this notice."))
    assert got["appeal_deadline"] == "2031-07-03"
