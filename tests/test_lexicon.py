"""Labels name fields through their words: wordings nobody listed still land on the right field."""

from __future__ import annotations

import pytest

from intake.extract.lexicon import lexicon_of


def field_of(label: str, rules, conf: float = 1.0) -> str | None:
    lex = lexicon_of(rules)
    classes: set[str] = set()
    for word in label.split():
        got = lex.word_classes(word, conf)
        assert got is not None, f"{word!r} is not a label word"
        classes |= got
    scores = lex.field_scores(frozenset(classes))
    return scores[0].field if scores else None


@pytest.mark.parametrize("label,field", [
    ("Member ID:", "member_id"), ("Employee ID #", "member_id"), ("Enrollee Number", "member_id"),
    ("Policyholder ID", "member_id"), ("Beneficiary No.", "member_id"), ("Nº de afiliado", "member_id"),
    ("Medicare Number", "member_id"), ("Cert #", "member_id"),
    ("Group/Employer No.", "group_number"), ("Número de grupo", "group_number"), ("RxGrp:", "group_number"),
    ("Plan Number", "plan_id"), ("Plan code", "plan_id"), ("Contract No.", "plan_id"),
    ("Claim #", "case_numbers"), ("Reference No.", "case_numbers"), ("Authorization Request No.", "case_numbers"),
    ("Número de reclamación", "case_numbers"), ("Appeal Number", "case_numbers"),
    ("Patient Name", "member_name"), ("Nombre del miembro", "member_name"), ("Claimant", "member_name"),
    ("Amount Provider Charged", "claim_amount"), ("Total Charges", "claim_amount"), ("Monto facturado", "claim_amount"),
    ("Dates of Service", "service_dates"), ("Fecha del servicio", "service_dates"), ("Service From", "service_dates"),
    ("Date of this notice", "denial_date"), ("Statement Date", "denial_date"), ("Fecha de emisión", "denial_date"),
    ("Provider of service", "provider"), ("Treating dentist", "provider"), ("Prescriber", "provider"),
    ("Deadline to request an appeal", "appeal_deadline"), ("Appeal by", "appeal_deadline"),
    ("MBI:", "member_id"), ("HIC/MBI", "member_id"), ("Veteran ICN", "member_id"),
    ("Your plan card number", "member_id"), ("Número de su tarjeta del plan", "member_id"),
    ("Claim Control Number (ICN)", "case_numbers"), ("ICN:", "case_numbers"),
    ("Redetermination Number:", "case_numbers"), ("Medicare Appeal Number:", "case_numbers"),
    ("Nuestro expediente", "case_numbers"), ("Persona", "member_name"),
    ("Requested by", "provider"), ("Asked for by", "provider"), ("Solicitado por", "provider"),
    ("Member (child)", "member_name"), ("Dates of care claimed", "service_dates"), ("Appointment date", "service_dates"),
    ("Predetermination #", "case_numbers"), ("Trip ID", "case_numbers"), ("Plan member ID:", "member_id"), ("Plan member number", "member_id"),
])
def test_label_names_field(label, field, rules):
    assert field_of(label, rules) == field


@pytest.mark.parametrize("label", [
    "Provider ID", "Tax ID", "Patient Account Number", "NPI", "Date of Birth", "Procedure Code", "Member Services",
    "Date Received", "Rx #", "Amount Allowed", "Plan Paid", "Form No.", "Denial code", "Document control no.", "Bill No.", "Date received by",
])
def test_decoy_labels_name_no_identifier(label, rules):
    """These look like labels of the fields but are not: blocked by one of their words."""
    assert field_of(label, rules) not in ("member_id", "plan_id", "group_number", "case_numbers", "claim_amount",
                                          "denial_date", "service_dates")


def test_one_ocr_slip_only_where_ocr_was_unsure(rules):
    lex = lexicon_of(rules)
    assert lex.word_classes("Subscrlber", 0.6) == lex.word_classes("Subscriber")
    assert lex.word_classes("Subscrlber", 0.99) is None  # a text layer has no OCR slips: no guessing


def test_glued_label_words(rules):
    """OCR drops the space in 'Amount charged'."""
    lex = lexicon_of(rules)
    assert {"amount", "billed"} <= lex.word_classes("Amountcharged")
