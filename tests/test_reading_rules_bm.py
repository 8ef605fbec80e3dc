"""Reading rules from session 21 (rounds BM on), each a general one (no OCR for the fields; words placed as OCR
would place them; invented values)."""

from __future__ import annotations

import pytest

from intake.classify import classify
from tests.test_classify import APPEAL_RIGHTS, doc_of
from tests.test_kv import fields_of, line


def test_a_date_label_without_a_colon_before_a_month_name_labels_the_date():
    # 'May' is also a word of what a member may owe: here it opens the date
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Service date May 14, 2031"), (1100, "Claim number 4410-778-20931")))
    assert got["service_dates"] == ["2031-05-14"]


def test_a_letter_dated_in_a_table_row_is_no_notice_date():
    got = fields_of(line(100, (100, "Notice date: 09/02/2031")),
                    line(170, (100, "Member ID: QX5512078")),
                    line(240, (100, "Therapist letter dated July 2, 2031"), (1100, "Yes")))
    assert got["denial_date"] == "2031-09-02"


def test_spanish_labels_of_surgery_and_fill_name_the_service_date():
    got = fields_of(line(100, (100, "Número de miembro: 5390012734")),
                    line(170, (100, "Fecha de la cirugía: 14 de mayo de 2031")))
    assert got["service_dates"] == ["2031-05-14"]
    got = fields_of(line(100, (100, "Número de miembro: 5390012734")),
                    line(170, (100, "Fecha de surtido: 3 de junio de 2031")))
    assert got["service_dates"] == ["2031-06-03"]


def test_an_exam_or_an_infusion_date_is_the_service_date():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Date of exam 21 Jul 2031")))
    assert got["service_dates"] == ["2031-07-21"]
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Planned first infusion: Feb 11, 2031")))
    assert got["service_dates"] == ["2031-02-11"]


def test_an_approved_span_is_the_service_span():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Approved from: 12/04/2030 to 06/02/2031")))
    assert got["service_dates"] == ["2030-12-04/2031-06-02"]


def test_an_exam_benefit_and_its_benefit_year_are_no_service_span():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Your routine exam benefit: 1 exam every 12 months. Benefit period 1 Jan 2031 "
                                      "to 31 Dec 2031")))
    assert not got.get("service_dates")


def test_a_claim_number_of_six_and_four_digits_is_no_phone_number():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Claim no. 318204-5517")))
    assert got["case_numbers"] == ["318204-5517"]


def test_a_phone_number_is_still_no_claim_number():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Claim no. (318) 204-5517")))
    assert not got.get("case_numbers")


def test_a_complaint_number_and_a_medicaid_tcn_are_case_numbers():
    got = fields_of(line(100, (100, "Complaint number: CSD-2031-448120")),
                    line(170, (100, "Insurer's claim no.: 55C702418339")),
                    line(240, (100, "Member ID: QX5512078")))
    assert got["case_numbers"] == ["CSD-2031-448120", "55C702418339"]
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "TCN 4410277836155092 Billing provider: Example Diagnostic Laboratory")))
    assert got["case_numbers"] == ["4410277836155092"]


def test_an_npi_read_with_a_bar_or_a_program_provider_number_ends_the_providers_name():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Ambulance provider: Example Hollow Volunteer Ambulance Corps, NP| 1239900786")))
    assert got["provider"] == "Example Hollow Volunteer Ambulance Corps"
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Billing provider: Example Family Health Center, Medicaid provider no. 72210316")))
    assert got["provider"] == "Example Family Health Center"


def test_a_doctor_named_in_a_sentence_does_not_take_its_verb():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "The medication prescribed by Dr. Lena Q. Ortiz is not affected by this decision.")))
    assert got.get("provider") in (None, "Dr. Lena Q. Ortiz")


def test_a_drug_plans_group_printed_with_rx_before_it_is_the_group_number():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Group: RX63018")))
    assert got["group_number"] == "RX63018"


def test_an_insurers_word_ocr_split_after_its_capital_is_joined_but_an_article_is_not():
    got = fields_of(line(60, (100, "Example Mutual Health Insurance C ompany")),
                    line(300, (100, "Member ID: QX5512078")))
    assert got["insurer"] == "Example Mutual Health Insurance Company"


def test_a_logo_of_two_words_beside_the_name_that_holds_them_is_named_once():
    got = fields_of(line(60, (100, "EXAMPLE SALUD Aseguradora Example Salud")),
                    line(300, (100, "Num. de socio: QX5512078")))
    assert got["insurer"] == "Aseguradora Example Salud"


def eob_of_two_claims(note: str) -> list:
    return [line(60, (100, "Example Health Plan")),
            line(120, (100, "EXPLANATION OF BENEFITS")),
            line(180, (100, "Member ID QX5512078")),
            line(260, (100, "Dr. Lena Q. Ortiz - claim no. 441020773318")),
            line(320, (100, "Date"), (400, "Code"), (600, "Service"), (1000, "Billed"), (1200, "Plan paid"), (1400, "Note")),
            line(380, (100, "May 1, 2031"), (400, "99213"), (600, "Office visit"), (1000, "$176.35"), (1200, "$93.15")),
            line(440, (100, "Claim total $176.35 $93.15")),
            line(520, (100, "Example Imaging Center - claim no. 771304529916")),
            line(580, (100, "Date"), (400, "Code"), (600, "Service"), (1000, "Billed"), (1200, "Plan paid"), (1400, "Note")),
            line(640, (100, "May 3, 2031"), (400, "76805"), (600, "Ultrasound"), (1000, "$447.60"), (1200, "$0.00"),
                 (1400, "UL2")),
            line(700, (100, "Claim total $447.60 $0.00")),
            line(780, (100, "Notes")),
            line(840, (100, note))]


def test_a_note_saying_a_benefits_limit_was_reached_marks_its_claim_as_the_denied_one():
    got = fields_of(*eob_of_two_claims("UL2 Routine ultrasound limit reached. The plan covers 2 per pregnancy."))
    assert got["case_numbers"] == ["771304529916"]
    assert got["claim_amount"] == "447.60"
    assert got["service_dates"] == ["2031-05-03"]


def test_a_spanish_note_saying_a_line_is_not_paid_separately_marks_its_claim():
    got = fields_of(*eob_of_two_claims("UL2 - Forma parte de la visita y no se paga por separado."))
    assert got["case_numbers"] == ["771304529916"]


def test_a_spanish_requesting_provider_label_names_the_provider():
    got = fields_of(line(100, (100, "Número de miembro: 5390012734")),
                    line(170, (100, "Proveedor que lo pidió: Example Otology and Hearing Associates, NPI 1234567893")))
    assert got["provider"] == "Example Otology and Hearing Associates"


def test_a_numbered_note_without_a_dash_under_a_notes_heading_marks_its_claim():
    lines = eob_of_two_claims("1 DENIED. Medicare requires a counselling visit before the first screening.")
    lines[9] = line(640, (100, "May 3, 2031"), (400, "76805"), (600, "Ultrasound"), (1000, "$447.60"), (1200, "$0.00"),
                    (1400, "1"))
    got = fields_of(*lines)
    assert got["case_numbers"] == ["771304529916"]


def test_a_note_over_three_lines_saying_the_line_is_billed_as_a_separate_claim_marks_its_claim():
    lines = eob_of_two_claims("UL2 The study done within 30 days before the procedure is part of its evaluation, and")
    lines += [line(880, (100, "its payment is included in the payment for the procedure. It may not be billed as")),
              line(920, (100, "a separate claim."))]
    got = fields_of(*lines)
    assert got["case_numbers"] == ["771304529916"]


def test_a_heading_sentence_under_a_complete_note_is_no_part_of_it():
    lines = eob_of_two_claims("UL2 You pay a daily coinsurance for days 21 through 100.")
    lines += [line(880, (100, "Benefit days used in this benefit period: 17 of 100.")),
              line(920, (100, "How to Handle Denied Claims or File an Appeal"))]
    got = fields_of(*lines)
    assert "441020773318" in got["case_numbers"]  # no claim singled out: the note denies nothing


def test_the_name_after_a_claims_number_is_its_provider_and_a_referrer_in_brackets_is_not():
    got = fields_of(*eob_of_two_claims("UL2 Routine ultrasound limit reached.")[:7],
                    line(520, (100, "Claim 771304529916 - Example Point Radiology (referred by Dr. Lena Q. Ortiz)")),
                    *eob_of_two_claims("UL2 Routine ultrasound limit reached.")[8:])
    assert got["provider"] == "Example Point Radiology"
    got = fields_of(line(40, (100, "Example Health Plan")),
                    line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Claim 771304529916 Example Orthopedic & Sports Clinic")),
                    line(240, (100, "Your claim was denied. It was referred by Dr. Lena Q. Ortiz, DPM (NPI 1234567893).")))
    assert got["provider"] == "Example Orthopedic & Sports Clinic"


def test_an_approved_facility_names_the_provider():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Approved facility: Example Ridge Heart Institute, NPI 1234567893")),
                    line(240, (100, "Referring cardiologist: Dr. Lena Q. Ortiz, MD")))
    assert got["provider"] == "Example Ridge Heart Institute"


def test_a_note_whose_third_line_says_the_test_was_not_paid_marks_its_claim():
    lines = eob_of_two_claims("UL2 - Your plan pays for this test up")
    lines += [line(880, (100, "to 2 times in 12 months. The lab billed a third test.")),
              line(920, (100, "We did not pay this test."))]
    got = fields_of(*lines)
    assert got["case_numbers"] == ["771304529916"]


def test_a_clinician_named_after_the_group_is_no_part_of_the_groups_name():
    for printed in ("Example Relationship Clinic - Ana B. Reyes, LCSW",
                    "Example Relationship Clinic (Ana B. Reyes, LCSW, license 58203)",
                    "Example Relationship Clinic, Dr. Ana Reyes"):
        got = fields_of(line(40, (100, "Example Health Plan")),
                        line(100, (100, "Member ID: QX5512078")),
                        line(170, (100, f"Provider: {printed}")))
        assert got["provider"] == "Example Relationship Clinic", printed


def test_a_proposed_start_an_extra_day_approved_and_a_requested_delivery_are_service_dates():
    for printed, want in (("Inicio propuesto: 14 de julio de 2031", "2031-07-14"),
                          ("Extra day approved: Mar 21, 2031", "2031-03-21"),
                          ("Requested delivery Apr 5, 2031", "2031-04-05")):
        got = fields_of(line(100, (100, "Member ID: QX5512078")), line(170, (100, printed)))
        assert got["service_dates"] == [want], printed


def test_a_label_after_a_claims_number_is_no_provider_name():
    got = fields_of(line(40, (100, "Example Health Plan")),
                    line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Claim 771304529916 Referred by: Ana B. Reyes")))
    assert got.get("provider") in (None, "Ana B. Reyes")  # never 'Referred by: ...'


def test_a_requested_start_is_the_service_date():
    got = fields_of(line(100, (100, "Member ID: QX5512078")), line(170, (100, "Requested start: June 14, 2031")))
    assert got["service_dates"] == ["2031-06-14"]


@pytest.mark.parametrize("body, denial", [
    (["B12 The buildup is part of the crown. Its fee is included in the crown fee and is not a separate benefit."],
     "coding_error"),
    (["B12 La reconstrucción está incluida en el pago de la corona."], "coding_error"),
    (["Medicare covers up to 10 hours of training in the first 12 months. You have used all 10 hours."],
     "not_covered"),
])
def test_classify_a_fee_counted_inside_another_and_a_count_of_hours_used_up(body, denial, rules):
    got = classify(doc_of("Example Health Plan", "We denied your claim.", *body, *APPEAL_RIGHTS), rules)
    assert got.denial_type == denial
