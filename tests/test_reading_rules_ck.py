"""Reading rules from session 25 (rounds CK to CM), each a general one (words placed as OCR would place them;
invented values)."""

from __future__ import annotations

import pytest

from tests.test_kv import fields_of, line
from tests.test_reading_rules_cf import _classify


def _letter(*sentences: str, head=("Member ID: QX5512078",)):
    """A letter: its label lines, then one sentence per line."""
    rows = [line(100 + 70 * i, (100, t)) for i, t in enumerate(head)]
    return rows + [line(400 + 70 * i, (100, t)) for i, t in enumerate(sentences)]


@pytest.mark.parametrize("sentence, provider", [
    ("We processed claim 4405-1187 from Example Valley Medical Center for your surgery.",
     "Example Valley Medical Center"),
    ("This letter explains our decision on claim QX88120477, sent to us by Example Eye Institute for imaging.",
     "Example Eye Institute"),
    ("You appealed our denial of massage therapy ($164.00) billed by Example Spine & Chiropractic for 2031-01-21.",
     "Example Spine & Chiropractic"),
    ("We have finished reviewing claim 0821-5530, which Example Family Medicine sent for the exam.",
     "Example Family Medicine"),
    ("We denied $5,500.00 of the $24,000.00 that Example Regional Hospital billed for the stay.",
     "Example Regional Hospital"),
    ("Le escribimos sobre la reclamación 7140-3356 que nos envió Centro Médico Ejemplo por las visitas.",
     "Centro Médico Ejemplo"),
    ("On March 3, 2031 we paid $151.27 to Example Obstetrics & Gynecology for your visit.",
     "Example Obstetrics & Gynecology"),
])
def test_who_sent_or_billed_the_claim_is_the_provider(sentence, provider):
    got = fields_of(*_letter(sentence, "The plan does not cover this service."))
    assert got["provider"] == provider


def test_a_deadline_after_filed_by_is_no_provider():
    got = fields_of(*_letter("Appeals must be filed by July 19, 2031. Circle the services you disagree with."))
    assert got.get("provider") is None


@pytest.mark.parametrize("row, member", [
    ("Re: Ana B. Reyes, member QX5512078", "Ana B. Reyes"),
    ("Copy: Ana B. Reyes (member QX5512078)", "Ana B. Reyes"),
    ("Copia a: Ana B. Reyes", "Ana B. Reyes"),
    ("To: Ana B. Reyes", "Ana B. Reyes"),
])
def test_the_member_on_a_re_copy_or_to_line(row, member):
    got = fields_of(line(100, (100, row)), line(400, (100, "We denied the claim. The service is not covered.")))
    assert got["member_name"] == member


def test_a_notice_for_line_reads_only_its_own_cells():
    # the summary notice prints its next column's heading on the same line, a gap away
    got = fields_of(line(100, (100, "Notice for"), (420, "Ana B. Reyes"), (1500, "Your Deductible Status")),
                    line(170, (100, "Medicare Number"), (420, "1EG4TE5MK72")))
    assert got["member_name"] == "Ana B. Reyes"


@pytest.mark.parametrize("label", ["Customer:", "Applicant's Name", "Case name:", "Nombre del caso:", "Resident"])
def test_name_labels_of_suppliers_agencies_and_facilities(label):
    got = fields_of(line(100, (100, label), (600, "Ana B. Reyes")), line(170, (100, "Member ID: QX5512078")))
    assert got["member_name"] == "Ana B. Reyes"


def test_care_given_to_a_named_person_names_the_patient():
    got = fields_of(*_letter("We are reviewing claim 22QR7710 for eye imaging given to Ana B. Reyes on March 2, 2031."))
    assert got["member_name"] == "Ana B. Reyes"


def test_an_inline_value_ends_at_its_sentence():
    # the procedure codes of the next sentence are no case numbers of the 'claim:' label
    got = fields_of(line(100, (100, "Claim number: 418203377165")),
                    line(170, (100, "Total billed on the claim: $4,612.00. We paid 47562 and denied $1800 as not")),
                    line(240, (100, "separately reimbursable.")))
    assert got["case_numbers"] == ["418203377165"]


def test_a_reconsideration_column_holds_a_case_number():
    got = fields_of(line(100, (100, "Patient"), (600, "Claim"), (1100, "Reconsideration"), (1700, "DOS")),
                    line(160, (100, "Ana B. Reyes"), (600, "418203377165"), (1100, "RC5523091"),
                         (1700, "13 FEB 2031")))
    assert set(got["case_numbers"]) == {"418203377165", "RC5523091"}


def test_a_j_read_as_a_bracket_inside_an_id():
    from intake.extract import ids

    assert [v for v, _, _ in ids.find_ids("Claim number 4812)305517")] == ["4812J305517"]
    assert [v for v, _, _ in ids.find_ids("(123)4567890 item 2) 12345678")] == ["4567890", "12345678"]


@pytest.mark.parametrize("sentence, dates", [
    ("You appealed the denial of the services in the emergency room on 24-Apr-2031.", ["2031-04-24"]),
    ("We reviewed the claim for the cesarean delivery (59510) on 11 APR 2031.", ["2031-04-11"]),
    ("We denied coverage for acne treatment visits starting May 21, 2031.", ["2031-05-21"]),
    ("The lab drawn on January 20, 2031 was billed at $212.40.", ["2031-01-20"]),
    ("Recibimos la reclamación por terapia ocupacional en las fechas 14 de abril de 2031, 21 de abril de 2031 y "
     "28 de abril de 2031.", ["2031-04-14", "2031-04-21", "2031-04-28"]),
])
def test_service_dates_said_in_sentences(sentence, dates):
    got = fields_of(*_letter(sentence))
    assert got["service_dates"] == dates


@pytest.mark.parametrize("sentence", [
    "These are your first eyeglasses after your cataract surgery on 25-Sep-2030.",
    "A repeat injection is covered only when the prior injection on 04/09/2031 gave relief.",
    "A corticosteroid injection on 02/25/2031 without lasting relief.",
    "Medicare processed our claim on 17-Apr-2031 and denied the drugs.",
])
def test_an_earlier_events_date_is_no_service_date(sentence):
    got = fields_of(line(100, (100, "Date of service: 05/03/2031")), *_letter(sentence, head=()))
    assert got["service_dates"] == ["2031-05-03"]


def test_spanish_dates_listed_with_y_are_days_not_a_span():
    from intake.extract import dates

    assert dates.find_spans("14 de abril de 2031, 21 de abril de 2031 y 28 de abril de 2031") == \
        ["2031-04-14", "2031-04-21", "2031-04-28"]
    assert dates.find_spans("del 3 de marzo de 2031 y 7 de marzo de 2031") == ["2031-03-03/2031-03-07"]


@pytest.mark.parametrize("text, amounts", [
    ("Claim total 80,00 EUR 86.40", ["86.40"]),
    ("Charges: 2.150,00 EUR / $ 2,322.00 USD", ["2322.00"]),
    ("Total 1,850.00 MXN $ 108.75 USD", ["108.75"]),
    ("1.234,56 EUR", ["1234.56"]),  # no dollars beside it: the amount as printed
    ("$3.104.25 $1,220.10", ["3104.25", "1220.10"]),  # OCR's point for the thousands comma
])
def test_dollars_over_another_currency(text, amounts):
    from intake.extract import money

    assert [v for v, _, _ in money.find_money(text)] == amounts


def test_an_administrator_named_by_its_agent_line():
    from intake.extract.insurer import AGENT_PREFIX

    assert AGENT_PREFIX.sub("", "administered by Example Federal Health Services, LLC") == \
        "Example Federal Health Services, LLC"
    assert AGENT_PREFIX.sub("", "Example Federal Health Services") == "Example Federal Health Services"


@pytest.mark.parametrize("row", ["TO: Billing Office, Example Therapy Collaborative", "Para: Example Home Health Services"])
def test_a_notice_to_the_providers_office_names_the_provider(row):
    got = fields_of(line(100, (100, row)), line(170, (100, "DATE: 10-MAY-2031")),
                    line(400, (100, "Determination: DENIED. These are educational services and are excluded.")))
    assert got["provider"] in ("Example Therapy Collaborative", "Example Home Health Services")


def test_a_remittance_row_that_denies_gives_the_patient_and_claim():
    rows = [line(100, (100, "Patient"), (600, "Member ID"), (1000, "Claim #"), (1400, "DOS"), (1700, "Billed"),
                 (1950, "Paid"), (2200, "CARC")),
            line(160, (100, "DOE, JANE Q"), (600, "QX5932304"), (1000, "201477350812"), (1400, "01/24/2031"),
                 (1700, "1,980.50"), (1950, "1,044.30"), (2200, "45")),
            line(220, (100, "ROE, ANA B"), (600, "QX3938581"), (1000, "0733K2209184"), (1400, "01/28/2031"),
                 (1700, "5,412.75"), (1950, "0.00"), (2200, "58")),
            line(280, (100, "POE, LEO L"), (600, "QX0552129"), (1000, "4419P0528836"), (1400, "01/17/2031"),
                 (1700, "2,775.00"), (1950, "1,526.25"), (2200, "45")),
            line(360, (100, "Code legend")),
            line(420, (100, "45 Charge exceeds fee schedule/maximum allowable.")),
            line(480, (100, "58 Treatment was deemed by the payer to have been rendered in an invalid place of service."))]
    got = fields_of(*rows)
    assert (got["member_name"], got["member_id"], got["case_numbers"], got["claim_amount"]) == \
        ("Ana B. Roe", "QX3938581", ["0733K2209184"], "5412.75")


@pytest.mark.parametrize("raw, name", [("Ana F. lrwin", "Ana F. Irwin"),
                                       ("Leo! B. Marsh", "Leo B. Marsh")])
def test_ocr_specks_in_a_name(raw, name):
    from intake.extract.names import clean_person

    assert clean_person(raw) == name


def test_a_filing_limit_stated_as_a_rule_is_no_timely_filing_denial():
    got = _classify(line(100, (100, "NOTICE OF CLAIM DENIAL")),
                    line(170, (100, "Determination: DENIED. These are educational services and are excluded under")),
                    line(240, (100, "the member's benefit plan. Claims must still meet the 180-day timely filing limit.")))
    assert (got.document_type, got.denial_type) == ("denial_letter", "not_covered")


def test_a_late_claim_is_still_a_timely_filing_denial():
    got = _classify(line(100, (100, "NOTICE OF CLAIM DENIAL")),
                    line(170, (100, "We denied this claim because it was received after the timely filing limit of")),
                    line(240, (100, "180 days from the date of service.")))
    assert got.denial_type == "timely_filing"


@pytest.mark.parametrize("reason", [
    "CT colonography is not a covered screening test for colorectal cancer.",
    "Colonography is not an approved screening method for a member at average risk.",
    "Su plan médico excluye los servicios dentales.",
])
def test_coverage_left_out_in_other_words(reason):
    got = _classify(line(100, (100, "NOTICE OF DENIAL")), line(170, (100, "We cannot approve this request.")),
                    line(240, (100, reason)))
    assert got.denial_type == "not_covered"


def test_an_unchecked_typed_box_decides_nothing():
    from intake.classify import unchecked_spans

    text = "[ ] The service is not a covered benefit.\n[X] Not medically necessary"
    assert [text[a:b] for a, b in unchecked_spans(text)] == ["[ ] The service is not a covered benefit."]


@pytest.mark.parametrize("sentence, provider", [
    ("We reviewed the claim Dr. Ana Valdez-Reyes sent for your visit on 08-APR-2031.", "Dr. Ana Valdez-Reyes"),
    ("We approved the program sessions from Example Ridge Prevention Program on 2031-01-04.",
     "Example Ridge Prevention Program"),
    ("Recibimos una reclamación de Example Music Therapy Studio, por sesiones de terapia.",
     "Example Music Therapy Studio"),
])
def test_more_ways_a_sentence_names_who_gave_the_care(sentence, provider):
    got = fields_of(*_letter(sentence))
    assert got["provider"] == provider


def test_a_claim_heading_that_says_services_from():
    got = fields_of(line(100, (100, "Provider: Services from Example Lifestyle Coaching LLC")),
                    line(170, (100, "Member ID: QX5512078")))
    assert got["provider"].startswith("Example Lifestyle Coaching")


def test_the_office_after_a_dash_on_the_to_line_is_not_the_providers_name():
    got = fields_of(line(100, (100, "TO; Example Regional Medical Center - Patient Financial Services")),
                    line(400, (100, "Determination: DENIED. The trauma activation criteria were not met.")))
    assert got["provider"] == "Example Regional Medical Center"


def test_a_denying_adjustment_code_in_the_reason_makes_a_notice_a_denial():
    got = _classify(line(100, (100, "CLAIM NOTICE TO PROVIDER")),
                    line(170, (100, "Reason: CO-96 Non-covered charge. The plan excludes personal emergency response")),
                    line(240, (100, "systems. Reconsideration requests must be received within 90 days of this notice.")))
    assert got.denial_type == "not_covered" and got.document_type != "other"
