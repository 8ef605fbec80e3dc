"""Reading as a person reads: paragraphs, other papers' dates, panel headers, ordinals, split IDs (no OCR)."""

from __future__ import annotations

import pytest

from intake.classify import classify
from intake.extract import dates, ids
from intake.extract.doctext import DocText
from intake.extract.insurer import _logo_echo_dropped
from intake.extract.lexicon import Lexicon
from intake.model import Document, Line, PageText
from tests.test_classify import doc_of
from tests.test_kv import SRC, fields_of, line


def test_a_heading_and_a_salutation_do_not_run_into_the_first_sentence():
    lines = [line(300, (100, "Level of care requested Residential treatment")),
             line(420, (100, "Dear Ana Reyes:")),
             line(500, (100, "On April 7, 2026 you asked for the documents we used to decide your claim.")),
             line(560, (100, "The stay was planned for March 2, 2026 at Mesa Treatment Center."))]
    got = fields_of(*lines)
    assert got.get("service_dates") != ["2026-04-07"]
    text = DocText(lines)
    paragraphs = [text.text[a:b] for a, b in text.paragraphs()]
    assert paragraphs[0] == "Level of care requested Residential treatment"
    assert paragraphs[-1].startswith("On April 7") and paragraphs[-1].endswith("Treatment Center.")


def test_a_sentence_ending_in_a_colon_runs_on_into_its_list():
    lines = [line(300, (100, "The plan has denied payment for the services listed below that you received from")),
             line(360, (100, "Mesa Imaging Center:")),
             line(420, (100, "- MRI lumbar spine (72148) on 12 Mar 2026, billed $655.20"))]
    assert len(DocText(lines).paragraphs()) == 1


def test_another_bodys_decision_date_is_not_the_notices_date():
    got = fields_of(line(300, (100, "Docket No. M-26-1000")),
                    line(400, (100, "The Administrative Law Judge (ALJ) issued a decision dated November 18, 2025,")),
                    line(460, (100, "which concerned Medicare coverage of the stay.")),
                    line(1400, (100, "It is the decision of the Council that the ALJ's decision is affirmed.")),
                    line(1500, (100, "Date: June 3, 2026")))
    assert got["denial_date"] == "2026-06-03"


def test_the_place_of_care_named_before_its_planned_date_is_the_provider():
    got = fields_of(line(300, (100, "Your doctor asked us on 03/09/2026 to cover an MRI of the lower back")),
                    line(360, (100, "at Mesa Imaging Associates, planned for 03/27/2026. We cannot approve it.")))
    assert got["provider"] == "Mesa Imaging Associates"
    assert got["service_dates"] == ["2026-03-27"]


def test_care_furnished_by_a_supplier_over_a_span_without_the_first_year():
    got = fields_of(line(300, (100, "The ALJ decision concerned skilled nursing facility services furnished to the")),
                    line(360, (100, "beneficiary by Mesa Skilled Nursing Center from May 4 through June 1, 2024.")))
    assert got["provider"] == "Mesa Skilled Nursing Center"
    assert got["service_dates"] == ["2024-05-04/2024-06-01"]


@pytest.mark.parametrize("text,spans", [
    ("May 4 through June 1, 2024", ["2024-05-04/2024-06-01"]),
    ("Dec 28 - Jan 3, 2026", ["2025-12-28/2026-01-03"]),
    ("del 4 de mayo al 1 de junio de 2024", ["2024-05-04/2024-06-01"]),
    ("visits 3 through June 5, 2026", ["2026-06-05"]),
])
def test_a_range_whose_first_date_has_no_year(text, spans):
    assert dates.find_spans(text) == spans


def test_a_period_under_its_own_label_is_the_span_of_care():
    got = fields_of(line(300, (100, "Rental period: March 3, 2026 - April 1, 2026 Claim received: April 9, 2026")))
    assert got["service_dates"] == ["2026-03-03/2026-04-01"]


@pytest.mark.parametrize("tok", ["29th", "2nd", "103RD"])
def test_an_ordinal_is_no_id(tok):
    assert not ids.is_id(tok)


def test_a_mixed_prefix_set_apart_from_its_number_is_one_id():
    got = fields_of(line(300, (100, "Client ID / No. de cliente: K7P 3316028")))
    assert got["member_id"].replace(" ", "") == "K7P3316028"  # (read whole; a space the scan shows is kept)


def test_label_words_glued_together_with_a_two_letter_one(rules):
    lex = Lexicon(rules.lexicon)
    both = lex.classes_of("member") | lex.classes_of("id")
    assert lex.classes_of("id") and lex.classes_of("memberid") == both


@pytest.mark.parametrize("text,name", [
    ("ACME Acme Health Plan", "Acme Health Plan"),
    ("LUDLOW \u2018Ludlow Community Health Plan", "Ludlow Community Health Plan"),
    ("ACME Health Plan", "ACME Health Plan"),
])
def test_a_logo_word_echoing_the_name_is_dropped(text, name):
    assert _logo_echo_dropped(text) == name


def test_an_initial_read_with_a_comma_keeps_the_surname():
    got = fields_of(line(300, (100, "Prescriber: Ana M, Reyes, MD (NPI 1234567890)")))
    assert got["provider"] == "Ana M. Reyes"


def test_panel_column_heads_over_amounts_are_no_reason(rules):
    rows = [[(100, "EXPLANATION OF BENEFITS")], [(100, "THIS IS NOT A BILL")],
            [(700, "In-network individual"), (1200, "In-network family"), (1600, "Out-of-network indiv."),
             (2000, "Out-of-network family")],
            [(100, "Deductible"), (700, "$2,900.00"), (1200, "$5,800.00"), (1600, "$5,800.00"), (2000, "$11,600.00")],
            [(100, "03/15/26 82306 Vitamin D test $141.20 $0.00 $0.00 N1")],
            [(100, "03/15/26 99214 Office visit $268.40 $188.10 $188.10 D1")],
            [(100, "N1 - Not medically necessary for the diagnosis billed.")]]
    lines = [line(300 + 60 * i, *cells) for i, cells in enumerate(rows)]
    for i, ln in enumerate(lines):
        ln.index = i
    got = classify(Document(SRC, [PageText(1, 2550, 3300, lines, "text_layer")]), rules)
    assert got.document_type == "eob" and got.denial_type == "medical_necessity"


def test_how_to_send_a_corrected_claim_is_no_late_filing(rules):
    letter = ["We returned your claim because the diagnosis code was missing. This is not a denial.",
              "Send a corrected claim by the end of the timely filing period.",
              "A new claim must reach us within 365 days of the date of service."]
    assert classify(doc_of(*letter), rules).denial_type != "timely_filing"


@pytest.mark.parametrize("said", [
    "It is the decision of the Medicare Appeals Council that the ALJ's decision is reversed.",
    "The Council vacates the ALJ's decision and remands the case to an ALJ for a new decision.",
])
def test_an_appeals_body_reversing_or_remanding_denies_nothing(said, rules):
    letter = ["Decision of Medicare Appeals Council",
              "The ALJ found that Medicare does not cover the items and that the supplier is liable.", said]
    got = classify(doc_of(*letter), rules)
    assert got.document_type == "other" and got.denial_type is None


def test_a_dependent_who_no_longer_had_coverage_is_an_eligibility_denial(rules):
    letter = ["Dear Ana Reyes:", "We cannot pay this claim.", "Why we made this decision",
              "Your son was covered under your plan until the end of the month in which the dependent turned 26.",
              "The visit was after that date, when he no longer had coverage with us."]
    assert classify(doc_of(*letter), rules).denial_type == "eligibility"


def test_a_mailers_address_side_and_its_message_are_one_notice():
    from intake.split import PageFeatures, plan_split

    panel = PageFeatures(1, opener=True, mail_panel=True)
    message = PageFeatures(2, opener=True)
    next_card = PageFeatures(3, opener=True, mail_panel=True)
    assert plan_split([panel, message, next_card, PageFeatures(4, opener=True)]) == [[1, 2], [3, 4]]
    assert plan_split([PageFeatures(1, opener=True), PageFeatures(2, opener=True)]) == [[1], [2]]


def test_the_postage_side_of_a_card_is_known_by_its_indicia(rules):
    from intake.split import page_features

    side = [line(100, (100, "Mesa Health Plan"), (1400, "PRESORTED")),
            line(140, (100, "PO Box 10, Mesa, AZ 85201"), (1400, "FIRST-CLASS MAIL")),
            line(180, (1400, "U.S. POSTAGE PAID")), line(600, (800, "ANA M. REYES")),
            line(650, (800, "12 Example Street")), line(700, (800, "Mesa, AZ 85201"))]
    assert page_features(PageText(1, 1800, 1200, side, "text_layer"), rules).mail_panel
    letter = side[3:] + [line(800, (100, "We reviewed your claim and we cannot pay it."))]
    assert not page_features(PageText(1, 2550, 3300, letter, "text_layer"), rules).mail_panel


def test_a_claim_forms_numbered_box_captions_are_labels():
    got = fields_of(line(300, (100, "58 INSURED'S NAME"), (800, "60 INSURED'S UNIQUE ID"), (1500, "62 INSURANCE GROUP NO.")),
                    line(340, (100, "REYES, ANA M"), (800, "QX4471902"), (1500, "G-20417")),
                    line(420, (100, "8 PATIENT NAME")), line(460, (100, "b REYES, ANA M")))
    assert got["member_id"] == "QX4471902" and got["group_number"] == "G-20417"
    assert got["member_name"] == "Ana M. Reyes"


def test_an_appeal_request_form_quoting_the_denial_denies_nothing(rules):
    form = ["MEDICARE REDETERMINATION REQUEST FORM", "1. Beneficiary's name: Ana M. Reyes",
            "5. I do not agree with the determination of my claim. MY REASONS ARE:",
            "My Medicare Summary Notice says the claim was denied because \"not medically necessary\".",
            "We disagree: my therapist's notes show I was still improving.", "12. Requester's signature: /s/ Ana M. Reyes"]
    got = classify(doc_of(*form), rules)
    assert got.document_type == "other" and got.denial_type is None


def test_a_date_labelled_as_another_partys_paper_is_not_the_notices():
    got = fields_of(line(300, (100, "May 19, 2026")), line(420, (100, "IMR Case Number CM26-000001")),
                    line(480, (100, "Plan's denial dated"), (900, "March 2, 2026")))
    assert got["denial_date"] == "2026-05-19"


def test_a_stamped_claim_copy_with_a_clear_reason_and_appeal_rights_is_a_denial(rules):
    form_top = ["Mesa Health Plan", "Member copy of the claim your provider sent us", "1 MESA COMMUNITY HOSPITAL",
                "8 PATIENT NAME", "b REYES, ANA M", "42 REV. CD. 43 DESCRIPTION 45 SERV. DATE"] + ["0300 LABORATORY"] * 40
    copy = form_top + ["47 TOTAL CHARGES 55 EST. AMOUNT DUE", "0450 EMERGENCY ROOM 1,482.60 1,482.60",
            "Note from the plan about this claim", "Payer claim #: 2026000000001 Remark: CO-242",
            "The hospital is not in your plan's network and your plan has no out-of-network benefits except for",
            "emergencies, so the services are not covered. You may appeal this decision within 180 days."]
    got = classify(doc_of(*copy), rules)
    assert got.document_type == "denial_letter" and got.denial_type == "out_of_network"


def test_observation_not_inpatient_is_the_setting(rules):
    note = ["This hospital stay was billed as an inpatient admission. Care of this kind is covered as outpatient",
            "observation, not as an inpatient stay, so the inpatient claim is not paid. You may appeal this decision."]
    assert classify(doc_of(*note), rules).denial_type == "level_of_care"


@pytest.mark.parametrize("printed,read", [
    ("Medicare number: 1EG4 - TE5 - MK72", "1EG4-TE5-MK72"),  # dashes spaced apart by OCR
    ("Medicare number: 1EG4-TE5- MK72", "1EG4-TE5-MK72"),  # broken after its own dash
])
def test_a_medicare_number_in_its_groups_is_read_whole(printed, read):
    assert ids.find_ids(printed.split(": ")[1])[0][0] == read
    assert fields_of(line(300, (100, printed)))["member_id"] == read


def test_spaced_dashes_join_only_what_makes_one_id():
    assert [v for v, _, _ in ids.find_ids("ABCD - 123 - 4567")] != ["ABCD-123-4567"]  # no Medicare number
    assert ids.find_ids("01/02/2026- 01/05/2026") == []  # a date range stays two dates
    assert ids.find_ids("GROUP .... 731520 -44")[0][0] == "731520-44"  # a suffix set apart
    assert ids.find_ids("2024 -2025") == [] and ids.find_ids("12345 -6789")[0][0] == "12345"  # years, a ZIP+4


def test_the_date_a_service_was_received_on_a_request_form_is_the_service_date():
    got = fields_of(line(300, (100, "4. Date the service or item was received:")), line(360, (160, "2025-11-14")))
    assert got["service_dates"] == ["2025-11-14"]
    # the day a request or a claim came in is no service date
    got = fields_of(line(300, (100, "Date service request received:"), (900, "2025-11-14")))
    assert got.get("service_dates") != ["2025-11-14"]


def test_a_plain_plan_or_group_label_over_a_code_in_capitals_is_the_code():
    got = fields_of(line(300, (100, "Plan: MVH-HMO-46")), line(360, (100, "Group: KQWERT-95")))
    assert got["plan_id"] == "MVH-HMO-46" and got["group_number"] == "KQWERT-95"
    assert fields_of(line(300, (100, "Plan: Gold Choice"))).get("plan_id") is None  # a plan's name is no ID


def test_the_refused_days_of_a_concurrent_review_are_its_service_dates():
    got = fields_of(line(300, (100, "You were admitted to Mesa General Hospital on 03/02/2026. We certified your stay")),
                    line(360, (100, "through 03/09/2026, and we do not certify further days from 03/10/2026 through 03/13/2026.")))
    assert got["service_dates"] == ["2026-03-10/2026-03-13"]


def test_the_denial_letter_a_review_decision_is_about_is_another_paper():
    got = fields_of(line(300, (100, "May 19, 2026")), line(420, (100, "IMR Case Number CM26-000001")),
                    line(480, (100, "Plan denial letter date"), (900, "March 2, 2026")))
    assert got["denial_date"] == "2026-05-19"


def test_a_stamp_date_dates_the_payers_note_on_a_claim_copy():
    got = fields_of(line(300, (100, "0001 PAGE 1 OF 1 CREATION DATE 02/03/26 TOTALS 1,118.40")),
                    line(900, (100, "Payer claim #: 2026000000001"), (800, "Stamped on: Feb 24, 2026")))
    assert got["denial_date"] == "2026-02-24"


def test_a_signal_may_name_classes_that_keep_it_off(rules):
    lex = Lexicon(rules.lexicon)
    by_label = {t: [f.field for f in lex.field_scores(frozenset().union(*(lex.word_classes(w) for w in t.split())) - {"connector"})]
                for t in ("Date the item was received", "Date claim was received")}
    assert by_label["Date the item was received"][:1] == ["service_dates"]
    assert "service_dates" not in by_label["Date claim was received"]


def test_a_birth_date_alone_near_the_top_is_not_the_letters_date():
    got = fields_of(line(300, (100, "Good Faith Estimate")), line(360, (100, "Birth date 1984-10-07")),
                    line(420, (100, "Appointment date 2026-04-20")))
    assert got.get("denial_date") not in ("1984-10-07", "2026-04-20")
    assert fields_of(line(300, (100, "June 3, 2026")))["denial_date"] == "2026-06-03"


def test_a_practice_name_wrapped_onto_the_next_line_is_read_whole():
    got = fields_of(line(300, (100, "Here is the file you asked for, about the claim from Mesa Spine")),
                    line(360, (100, "& Imaging Center for services on October 9, 2025. Enclosed are copies.")))
    assert got["provider"] == "Mesa Spine & Imaging Center"


def test_a_label_closing_a_page_takes_the_first_line_of_the_next():
    first = [line(300, (100, "Claim ID:")), line(400, (100, "7710345528K")), line(2900, (100, "Amount billed:")),
             line(3140, (1000, "Page 1 of 3"))]
    second = [line(190, (100, "$1,460.00")), line(320, (100, "Reason for denial"))]
    for i, ln in enumerate(first + second):
        ln.index = i
    for ln in second:
        ln.page = 2
    doc = Document(SRC, [PageText(1, 2550, 3300, first, "text_layer"), PageText(2, 2550, 3300, second, "text_layer")])
    from intake.extract.fields import extract_fields
    from intake.rules import cached_rules

    assert extract_fields(doc, cached_rules())["claim_amount"].value == "1460.00"


@pytest.mark.parametrize("text", [
    ["Our financial clearance team spoke with Mesa Health Plan, and your insurer decided the knee surgery is",
     "not medically necessary. You may ask your surgeon to appeal the insurer's decision.",
     "This letter is not a bill and is not your insurer's decision."],
    ["Thank you for your question. Mesa Claims Services is the plan's third-party administrator and decides claims",
     "for the plan. We asked them about the claim, and this is what they told us: the service was not medically",
     "necessary. The benefits office cannot overturn a claim decision. You may appeal to Mesa Claims Services."],
    ["REVIEWER NOTE Claim: 2026000000001 Records reviewed: the lab order and two office visits.",
     "Recommend: deny, the records do not show the test is medically necessary."],
])
def test_a_paper_that_relays_or_recommends_a_denial_decides_nothing(rules, text):
    got = classify(doc_of(*text), rules)
    assert got.document_type == "other" and got.denial_type is None


@pytest.mark.parametrize("text", [
    ["AN IMPORTANT MESSAGE FROM MEDICARE ABOUT YOUR RIGHTS", "As a hospital inpatient, you have the right to:",
     "Receive Medicare-covered services. If you think you are being discharged too soon, you may appeal your",
     "discharge to the QIO. If the QIO finds you are ready, you may have to pay for services after that day."],
    ["NOTICE OF EXCLUSION FROM MEDICARE BENEFITS (NEMB)", "Medicare will not pay for the items or services",
     "listed below because they are never covered by Medicare: routine eye exams and eyeglasses.",
     "Estimated cost: $310.00. You will have to pay for them yourself."],
])
def test_medicares_rights_and_exclusion_notices_decide_nothing(rules, text):
    got = classify(doc_of(*text), rules)
    assert got.document_type == "other" and got.denial_type is None


def test_a_supplemental_policys_benefit_not_payable_is_a_denial(rules):
    text = ["Critical illness claim decision", "What your policy says: Stroke means a cerebrovascular event",
            "lasting more than 24 hours. The records show a transient event that resolved within an hour, so it does",
            "not meet the definition and the stroke benefit is not payable. You may ask for a review within 180 days."]
    got = classify(doc_of(*text), rules)
    assert got.document_type == "denial_letter"


def test_the_date_of_diagnosis_is_the_service_date():
    got = fields_of(line(300, (100, "Insured Ana M. Reyes")), line(360, (100, "Date of diagnosis"), (800, "May 12, 2026")))
    assert got["service_dates"] == ["2026-05-12"] and got.get("denial_date") != "2026-05-12"


def test_a_phone_numbers_last_digits_are_no_plan_id():
    assert ids.find_ids("please call Mesa Health Plan at (555) 204-7781, 8 a.m. to 8 p.m.") == []
    got = fields_of(line(300, (100, "Plan group"), (700, "88120-MX")))
    assert got["group_number"] == "88120-MX"


def _sized(y: float, height: float, *cells: tuple[float, str]) -> Line:
    """A line in type of the given height (a title in larger type over a table's header band)."""
    from intake.model import Word

    words = []
    for x, text in cells:
        for tok in text.split():
            width = 0.5 * height * len(tok)
            words.append(Word(tok, 0.97, (x, y, x + width, y + height)))
            x += width + 0.4 * height
    return Line(words=words, page=1)


def test_a_title_in_larger_type_is_no_header_of_the_band_under_it():
    got = fields_of(_sized(600, 56, (200, "NOTICE OF DECISION ON YOUR APPLICATION FOR A SAVINGS PROGRAM")),
                    _sized(690, 32, (220, "CASE NUMBER"), (760, "MEDICARE NUMBER"), (1420, "NOTICE DATE")),
                    _sized(740, 32, (220, "CX1200451"), (760, "1EG4TE5MK72"), (1420, "September 16, 2026")))
    assert got["denial_date"] == "2026-09-16" and got["member_id"] == "1EG4TE5MK72"


def test_slash_joined_labels_take_the_value_in_their_own_place():
    got = fields_of(line(300, (100, "BIN / PCN / RxGRP"), (800, "610014 / MEDDX / RX7731Q")))
    assert got["group_number"] == "RX7731Q"


def test_a_brand_over_the_name_it_abbreviates_yields_to_the_name():
    from intake.extract.insurer import find_insurer
    from intake.rules import cached_rules

    lines = [_sized(160, 90, (200, "MESA RX")), _sized(300, 34, (200, "Mesa Pharmacy Solutions")),
             _sized(360, 34, (200, "PO Box 100, Mesa, AZ 85201")), line(900, (200, "Dear Ana Reyes:"))]
    for i, ln in enumerate(lines):
        ln.index = i
    got = find_insurer(PageText(1, 2550, 3300, lines, "text_layer"), cached_rules())
    assert got.value == "Mesa Pharmacy Solutions"


@pytest.mark.parametrize("text,kind,denial", [
    (["Payment Determination Notice", "Federal Independent Dispute Resolution (IDR) Process",
      "The certified IDR entity determines that the offer submitted by the non-initiating party, Mesa Health Plan,",
      "is the out-of-network rate for the qualified IDR item or service listed above."], "other", None),
    (["We cannot give you Qualified Medicare Beneficiary (QMB). We counted what you own: your savings add up",
      "to 12,410.00. A person can have no more than 9,950.00 to get this help. You may ask for a fair hearing."],
     "denial_letter", "eligibility"),
    (["To get this program a person must have Medicare Part A. You have Part B only, so you cannot get this",
      "help now. If you think our decision is wrong, you can ask for a fair hearing within 90 days."],
     "denial_letter", "eligibility"),
    (["Su solicitud ha sido denegada. Su ingreso contable de US$1,505.35 al mes es mayor que el limite de",
      "ingresos del programa. Si cree que esta decision es incorrecta, puede pedir una audiencia."],
     "denial_letter", "eligibility"),
    (["EXPLANATION OF BENEFITS - THIS IS NOT A BILL", "A1 - Your plan gives providers 180 days from the date of",
      "service to send us a claim, and this one came in after that, so we did not pay it.",
      "You may ask us to review this decision within 180 days."], "eob", "timely_filing"),
    (["EXPLICACION DE BENEFICIOS - ESTO NO ES UNA FACTURA", "29 - El plazo para presentar la reclamacion ha",
      "vencido. No pagamos esta reclamacion. Puede apelar dentro de 180 dias."], "eob", "timely_filing"),
    (["Claim reprocessed - timely filing proof accepted", "On Jan 19, 2026 we denied this claim because the time",
      "limit for filing had expired. We accepted this proof of timely filing and reprocessed the claim.",
      "It has been paid under the member's benefits."], "other", None),
    (["OFFICE OF WORKERS' COMPENSATION PROGRAMS", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
      "X41 Service is not related to the accepted pulmonary condition. The program pays only for that condition."],
     "eob", "not_covered"),
    (["OFFICE OF WORKERS' COMPENSATION PROGRAMS", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
      "417 - Prior authorization is required for this service and was not obtained."], "eob", "prior_authorization"),
    (["OFFICE OF WORKERS' COMPENSATION PROGRAMS", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
      "X18 Duplicate bill. This service was billed and processed on an earlier bill."], "eob", "other"),
    (["Medicare Cannot Pay Your Claim", "We denied the claim above. You have group health plan coverage through",
      "your spouse's employer, so the group health plan pays first and Medicare pays second."],
     "denial_letter", "other"),
    (["Surprise Billing Protection Form", "Standard Notice and Consent Documents Under the No Surprises Act",
      "IMPORTANT: You aren't required to sign this form. This estimate is valid until 11/20/2026."], "other", None),
    (["Prior Authorization Request Decision: NON-AFFIRMED", "Reasons for non-affirmation",
      "The beneficiary's mobility needs in the home can be met by a lower level device (a manual wheelchair)."],
     "denial_letter", "medical_necessity"),
])
def test_decisions_told_in_plain_words(rules, text, kind, denial):
    got = classify(doc_of(*text), rules)
    assert (got.document_type, got.denial_type) == (kind, denial)


def test_a_screening_billed_with_a_problems_diagnosis_is_a_coding_matter(rules):
    got = classify(doc_of("EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
                          "P17 Preventive benefit does not apply. The claim was billed with a diagnosis code for a",
                          "condition rather than a screening code, so it was processed under your diagnostic benefits."),
                   rules)
    assert got.denial_type == "coding_error"


def test_a_threshold_in_prose_is_no_claim_amount():
    got = fields_of(line(300, (100, "Compounds with a submitted cost over $200.00 require prior authorization.")))
    assert got.get("claim_amount") is None


def test_a_statements_own_number_in_its_footer_is_no_plan_id():
    got = fields_of(line(300, (100, "Member ID XK4471902")),
                    line(3150, (900, "Mesa Health Plan of Kansas - EOB 5990112233 - page 1 of 1")))
    assert got.get("plan_id") is None


def test_a_claim_forms_boxes_and_answers():
    got = fields_of(line(300, (100, "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)"),
                         (1300, "11. INSURED'S POLICY GROUP OR FECA NUMBER")),
                    line(350, (100, "REYES, ANA, M"), (1300, "GRP -W23412")),
                    line(420, (100, "NO"), (600, "b. AUTO ACCIDENT?")),
                    line(470, (100, "12 03 52")))
    assert got["member_name"] == "Ana M. Reyes" and got["group_number"] == "GRP-W23412"
    assert got.get("member_id") != "120352"


def test_a_notice_addressed_to_a_providers_office_names_the_provider():
    got = fields_of(line(200, (100, "Mesa Community Health Plan")), line(260, (100, "PO Box 100")),
                    line(500, (100, "07/16/2026")), line(600, (100, "Riverside Internal Medicine")),
                    line(660, (100, "Attn: Billing Office")), line(720, (100, "NPI 1234567893")),
                    line(900, (100, "Provider notice: claim denied for untimely filing")),
                    line(960, (100, "Patient: Ana M. Reyes")),
                    line(1100, (100, "To request reconsideration, send proof of timely filing within 60 days of the")),
                    line(1160, (100, "date of this notice.")))
    assert got["provider"] == "Riverside Internal Medicine"
    assert got["appeal_deadline"] == "2026-09-14"


def test_dispute_numbers_and_issuers_with_phone_like_syllables():
    got = fields_of(line(300, (100, "Dispute reference number DISP-838056")), line(360, (100, "Claim number 32JK6978424")))
    assert got["case_numbers"] == ["DISP-838056", "32JK6978424"]
    from intake.extract.insurer import _plausible
    from intake.rules import cached_rules

    assert _plausible("Telsiai Health Benefits Agency", cached_rules())
    assert not _plausible("Phone 1-800-555-0100", cached_rules())


def test_an_offices_unit_is_no_person():
    from intake.extract.names import clean_person

    assert clean_person("Eligibility Section") is None and clean_person("REYES, ANA, M") == "Ana M. Reyes"


def test_an_application_id_is_the_case_and_its_date_no_notice_date():
    got = fields_of(line(300, (100, "Date of notice"), (700, "05/11/2026")),
                    line(360, (100, "Date of application"), (700, "05/07/2026")),
                    line(420, (100, "Application ID"), (700, "4410073355")))
    assert got["case_numbers"] == ["4410073355"] and got["denial_date"] == "2026-05-11"


def test_form_headings_procedure_codes_and_form_fillers_are_not_the_facts():
    from intake.extract.insurer import _plausible
    from intake.rules import cached_rules

    assert not _plausible("POLICYHOLDER/SUBSCRIBER INFORMATION", cached_rules())
    assert not _plausible("CERTIFICATE OF MEDICAL NECESSITY", cached_rules())
    got = fields_of(line(300, (100, "Name of person completing form: Ana M. Reyes")),
                    line(420, (100, "Procedure ID"), (700, "D0150")))
    assert got.get("member_name") is None and got.get("member_id") is None


def test_a_policy_number_is_the_insureds_unless_the_policy_is_an_employers():
    individual = fields_of(line(200, (100, "Accident Indemnity Claim Decision")),
                           line(360, (100, "Policy number:"), (700, "QX-4471902-T")))
    assert individual["member_id"] == "QX-4471902-T"
    workers_comp = fields_of(line(200, (100, "Notice of Workers' Compensation Denial")),
                             line(360, (100, "Policy number:"), (700, "WC 591-000111")))
    assert workers_comp.get("member_id") is None


def test_an_id_read_as_1d_is_still_an_id():
    assert fields_of(line(360, (100, "Member 1D number:"), (700, "QX4471902")))["member_id"] == "QX4471902"


def test_a_dollar_sign_opening_a_dashed_id_is_an_s():
    from intake.extract import ids as id_finder

    assert id_finder.find_ids("Enrollee ID no.: $Q-4471-90211")[0][0] == "SQ-4471-90211"
    assert id_finder.find_ids("Amount billed $125.00") == []


def test_a_total_row_named_before_total_is_not_summed_with_its_rows():
    got = fields_of(line(300, (100, "Service date"), (500, "Code"), (800, "Billed"), (1100, "Paid")),
                    line(360, (100, "01/05/26"), (500, "99213"), (800, "$120.00"), (1100, "$0.00")),
                    line(420, (100, "01/05/26"), (500, "94010"), (800, "$80.50"), (1100, "$0.00")),
                    line(480, (100, "Bill total"), (800, "$200.50"), (1100, "$0.00")))
    assert got["claim_amount"] == "200.50"


def test_a_caption_naming_an_unknown_programs_id_is_a_label_not_a_name():
    got = fields_of(line(300, (100, "STATEMENT DATE"), (600, "MINER / CLAIMANT"), (1100, "QUARRY LUNG ID")),
                    line(360, (100, "03/02/2026"), (600, "Ana M. Reyes"), (1100, "483920175")))
    assert got["member_name"] == "Ana M. Reyes" and got["member_id"] == "483920175"


def test_a_department_letterhead_over_a_provider_addressee_is_the_payer():
    got = fields_of(line(150, (100, "U.S. Department of Example Affairs")),
                    line(210, (100, "Office of Example Compensation Programs")),
                    line(400, (100, "Quarry Hill Orthopaedic Group")),
                    line(460, (100, "Billing Department")),
                    line(700, (100, "PROVIDER REMITTANCE VOUCHER")),
                    line(800, (100, "Provider: Quarry Hill Orthopaedic Group")))
    assert got["insurer"] == "U.S. Department of Example Affairs"


def test_a_grievance_heading_naming_a_fair_hearing_does_not_hide_the_appeal_deadline():
    got = fields_of(line(200, (100, "Date: June 2, 2026")),
                    line(900, (100, "YOUR RIGHT TO A GRIEVANCE AND A FAIR HEARING")),
                    line(960, (100, "You may appeal this decision by sending a written grievance within 30")),
                    line(1020, (100, "days of the date of this letter. You may then ask for a fair hearing.")))
    assert got["appeal_deadline"] == "2026-07-02"


def test_a_recertification_number_is_the_case():
    assert fields_of(line(300, (100, "Recertification #: RC-400112")))["case_numbers"] == ["RC-400112"]


def test_a_plans_policy_id_is_the_members_and_a_code_column_is_no_id():
    got = fields_of(line(300, (100, "Primary: Example Health Plan Policy ID: QX-40-1122-07 Group: 5512345")))
    assert got["member_id"] == "QX-40-1122-07" and got.get("plan_id") is None
    codes = fields_of(line(300, (100, "Date"), (500, "Code"), (800, "Charge")),
                      line(360, (100, "March 9, 2026"), (500, "99203"), (800, "$245.00")))
    assert codes.get("member_id") is None


def test_a_bills_control_number_is_the_case():
    assert fields_of(line(300, (100, "Bill ICN 7300112299331")))["case_numbers"] == ["7300112299331"]


def test_a_span_table_of_rental_months_gives_the_denied_months():
    got = fields_of(line(300, (100, "Mo."), (200, "From"), (420, "To"), (640, "HCPCS"), (900, "Billed"), (1150, "Paid"),
                         (1400, "Remark")),
                    line(360, (100, "4"), (200, "10/05/25"), (420, "11/03/25"), (640, "E2402"), (900, "1,742.00"),
                         (1150, "1,011.40")),
                    line(420, (100, "5"), (200, "11/04/25"), (420, "12/03/25"), (640, "E2402"), (900, "1,742.00"),
                         (1150, "0.00"), (1400, "R5")),
                    line(520, (100, "R5 This rental month is denied: the documentation requirements were not met.")),
                    line(600, (100, "Your right to appeal")),
                    line(660, (100, "You may appeal within 180 days of the date of this statement.")))
    assert got["service_dates"] == ["2025-11-04/2025-12-03"]  # (the rights section below is no part of the table)


def test_a_veterans_integration_control_number_is_the_member_id_not_a_case():
    got = fields_of(line(300, (100, "ICN: 1234567890V123456")), line(360, (100, "Claim number: CC-26-4000001")))
    assert got["member_id"] == "1234567890V123456" and got["case_numbers"] == ["CC-26-4000001"]


def test_an_amount_billed_in_prose_needs_no_dollar_sign_when_it_has_cents():
    got = fields_of(line(300, (100, "The claim was for a test you received on 9 Oct 2025. The provider billed 3,815.27.")))
    assert got["claim_amount"] == "3815.27"
    assert fields_of(line(300, (100, "The provider billed 2 units on that day."))).get("claim_amount") is None
    got = fields_of(line(300, (100, "Your claim for the stay was billed at $27,430.00. We received it on March 30, 2026.")))
    assert got["claim_amount"] == "27430.00"


def test_a_remittance_claim_line_in_capitals_opens_its_values_without_colons():
    got = fields_of(line(300, (100, "NAME DOE, ANA M MID 1EG4TE5MK72 ACNT 55001-10 ICN 990011223344550 ASG Y MOA MA01")))
    assert got["member_id"] == "1EG4TE5MK72" and got["case_numbers"] == ["990011223344550"]
    prose = fields_of(line(300, (100, "WE DENIED THE CLAIM 12345678 BECAUSE THE MEMBER ID 55 WAS NOT FOUND")))
    assert prose.get("member_id") is None


def test_a_remittances_fixed_columns_and_code_glossary_deny_nothing(rules):
    got = classify(doc_of("MEDICARE REMITTANCE NOTICE", "EXPLANATION OF BENEFITS",
                          "NAME DOE, ANA M MID 1EG4TE5MK72 ACNT 55001-10 ICN 990011223344550 ASG Y MOA MA01",
                          "ADJ TO TOTALS: PREV PD 0.00 INTEREST 0.00 LATE FILING CHARGE 0.00",
                          "PR Patient Responsibility. Amount that may be billed to a patient or another payer."), rules)
    assert got.denial_type is None
    late = classify(doc_of("EXPLANATION OF BENEFITS", "This claim was denied for late filing."), rules)
    assert late.denial_type == "timely_filing"
