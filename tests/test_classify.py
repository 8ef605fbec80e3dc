"""Classification on text alone: rule cues decide, boilerplate never does, reason codes count."""

from __future__ import annotations

import pytest

from intake.classify import Cue, classify, decide
from intake.model import Document, Line, PageText, SourceFile, Word

SRC = SourceFile("mem.pdf", "0" * 64, "pdf", 1, 1)
APPEAL_RIGHTS = [
    "YOUR APPEAL RIGHTS",
    "You may ask for an external review by an independent review organization if our decision was based on",
    "medical necessity, level of care, or because a treatment is experimental or investigational.",
]


def doc_of(*texts: str) -> Document:
    lines = []
    for i, t in enumerate(texts):
        words, x = [], 100.0
        for tok in t.split():
            words.append(Word(tok, 0.95, (x, 100 + 40 * i, x + 20 * len(tok), 130 + 40 * i)))
            x += 20 * len(tok) + 15
        lines.append(Line(words=words, page=1, index=i))
    return Document(SRC, [PageText(1, 2550, 3300, lines, "ocr")])


@pytest.mark.parametrize("body,doc_type,denial", [
    pytest.param(["We have denied the MRI because it is not medically necessary for your condition."],
                 "denial_letter", "medical_necessity", id="medical-necessity"),
    pytest.param(["We denied the claim: prior authorization was not obtained before the surgery."],
                 "denial_letter", "prior_authorization", id="prior-auth"),
    pytest.param(["We have denied the inpatient stay. The care could have been provided at a lower level of care."],
                 "denial_letter", "level_of_care", id="level-of-care"),
    pytest.param(["Hemos denegado el servicio porque no es medicamente necesario."],
                 "denial_letter", "medical_necessity", id="spanish"),
    pytest.param(["Good news: your request has been approved."], "other", None, id="approval"),
    pytest.param(["Advance Beneficiary Notice of Noncoverage (ABN)",
                  "Medicare may not pay for the test below. Medicare does not pay for everything, even care you",
                  "need. We expect Medicare may not pay because it may find the test not reasonable and necessary."],
                 "other", None, id="advance-notice-denies-nothing-yet"),
    pytest.param(["Notice of Rejected Pharmacy Claim", "Reject code: 75 - Prior authorization required.",
                  "There was no approval on file for this drug."],
                 "denial_letter", "prior_authorization", id="pharmacy-reject"),
    # reasons no listed phrase words this way: caught by what they say (denial_types.yaml `patterns`)
    pytest.param(["We denied the claim. Your doctor sent it to us 14 months after the visit, past our limit."],
                 "denial_letter", "timely_filing", id="concept-late-filing"),
    pytest.param(["We denied the claim. There was no valid referral on file for these visits."],
                 "denial_letter", "prior_authorization", id="concept-no-referral"),
    pytest.param(["We denied the claim. Your coverage had already ended when you got this care."],
                 "denial_letter", "eligibility", id="concept-coverage-ended"),
    pytest.param(["Medicare is not expected to pay for the stay: the surgery can be done safely as an outpatient",
                  "procedure."], "denial_letter", "level_of_care", id="concept-not-expected-to-pay"),
    pytest.param(["EXPLANATION OF BENEFITS", "THIS IS NOT A BILL", "Claim 123 Billed $100.00 Paid $80.00 CO-45"],
                 "eob", None, id="paid-eob"),
    pytest.param(["EXPLANATION OF BENEFITS", "THIS IS NOT A BILL", "Billed $100.00 Paid $0.00 CO-197"],
                 "eob", "prior_authorization", id="denied-eob-by-code"),
    pytest.param(["We have denied this claim because it is a duplicate claim."], "denial_letter", "other",
                 id="duplicate"),
])
def test_classify_text(body, doc_type, denial, rules):
    got = classify(doc_of(*body, *APPEAL_RIGHTS), rules)
    assert (got.document_type, got.denial_type) == (doc_type, denial)


def test_boilerplate_decides_nothing(rules):
    """The external-review text names every category; only the reason may decide."""
    got = classify(doc_of("We have denied payment: the provider is out-of-network.", *APPEAL_RIGHTS), rules)
    assert got.denial_type == "out_of_network"
    assert all("experimental" not in e and "level of care" not in e for e in got.denial_evidence)


def test_denial_evidence_names_the_cue(rules):
    got = classify(doc_of("We have denied the claim.", "Reason code PR-204"), rules)
    assert got.denial_type == "not_covered" and "PR-204" in got.denial_evidence


@pytest.mark.parametrize("cues,expected", [
    pytest.param([Cue("DOC", "denial_letter", "r", "we denied", 5)], ("denial_letter", "other"), id="no-reason"),
    pytest.param([], ("other", None), id="nothing"),
    pytest.param([Cue("DOC", "eob", "r", "explanation of benefits", 6, top=True),
                  Cue("DOC", "denial_letter", "r", "denied", 4), Cue("CARC", "timely_filing", "r", "CO-29", 6)],
                 ("eob", "timely_filing"), id="eob-with-code"),
    pytest.param([Cue("DOC", "overturn", "r", "overturned", 10), Cue("DOC", "denial_letter", "r", "denied", 7),
                  Cue("DENIAL", "experimental", "r", "investigational", 5)],
                 ("other", None), id="an-overturn-recounting-the-denial"),
])
def test_decide_is_pure(cues, expected):
    got = decide(cues, eob_denied=False)
    assert (got.document_type, got.denial_type) == expected


PARTLY = [Cue("DOC", "other", "r", "we approved", 6), Cue("DOC", "denial_letter", "r", "are denied", 4),
          Cue("DENIAL", "medical_necessity", "r", "not medically necessary", 5)]


def test_a_partial_approval_with_a_way_to_contest_the_rest_is_a_denial():
    got = decide(PARTLY, eob_denied=False, appealable=True)
    assert (got.document_type, got.denial_type) == ("denial_letter", "medical_necessity")


def test_an_approval_recounting_an_earlier_refusal_without_appeal_rights_is_no_denial():
    got = decide(PARTLY, eob_denied=False, appealable=False)
    assert (got.document_type, got.denial_type) == ("other", None)


@pytest.mark.parametrize("text,plan", [
    pytest.param("Your employer group health plan is governed by ERISA section 502(a).", "erisa", id="erisa"),
    pytest.param("This Medicare Advantage plan notice, form CMS-10003.", "medicare_advantage", id="ma"),
    pytest.param("Medi-Cal members may ask for a state fair hearing.", "medicaid", id="medicaid"),
    pytest.param("We have denied the claim.", "unknown", id="unknown"),
])
def test_plan_type(text, plan, rules):
    assert classify(doc_of("We have denied the claim.", text), rules).plan_type == plan


def test_unchecked_options_type_lists_and_zero_counts_decide_nothing():
    from intake.classify import NONE_DENIED, Cue, unchecked_spans, without_type_lists

    text = "\u2610 Approved \u2612 Denied \u2610 Level of care changed\nReason: not medically necessary."
    spans = unchecked_spans(text)
    assert any(text[a:b].startswith("\u2610 Level of care") for a, b in spans)
    assert not any("Denied" in text[a:b] for a, b in spans)
    sentence = "decisions about eligibility, network limits or filing limits go to the state."
    cues = [Cue("DENIAL", k, "r", "t", 3.0, offset=o) for k, o in
            (("eligibility", 16), ("out_of_network", 29), ("timely_filing", 46))]
    assert without_type_lists(cues, [(0, len(sentence))], sentence) == []
    assert NONE_DENIED.search("number of services medicare denied: 0")
    assert not NONE_DENIED.search("this service was denied: it was not medically necessary")


def test_boxes_ocr_read_as_o_are_unchecked_options(rules):
    """'O | No referral: ...' is an empty box and its option: what was not decided. The unmarked option
    (its tick lost by the fax) is the reason."""
    def row(i: int, *cells: tuple[float, str]) -> Line:
        words = []
        for x, text in cells:
            for tok in text.split():
                words.append(Word(tok, 0.9, (x, 100 + 50 * i, x + 18 * len(tok), 130 + 50 * i)))
                x += 18 * len(tok) + 12
        return Line(words=words, page=1, index=i)

    lines = [row(0, (100, "We denied payment for this care. The reason is checked below:")),
             row(1, (160, "O"), (260, "No referral: non-emergency care was received without prior approval.")),
             row(2, (260, "Alternate resource: another payer is available and must be used first.")),
             row(3, (160, "O"), (260, "Eligibility: the patient is not eligible, not enrolled in the program."))]
    got = classify(Document(SRC, [PageText(1, 2550, 3300, lines, "ocr")]), rules)
    assert got.denial_type == "other"


def test_a_decision_after_its_cover_notices_rights_section_is_read(rules):
    cover = ["NOTICE OF DECISION", "The decision is UNFAVORABLE. This notice tells you what you can do next.",
             "If you disagree with the decision",
             "You may ask the appeals council to review the decision within 60 days of the date you get it."]
    decision = ["DECISION", "The request for coverage is denied. The records do not show the scan was medically "
                "necessary for the condition."]
    got = classify(doc_of(*cover, *decision), rules)
    assert got.document_type == "denial_letter" and got.denial_type == "medical_necessity"
    granted = ["NOTICE OF DECISION", "The decision is FULLY FAVORABLE. You do not have to do anything.",
               "The contractor issued an unfavorable reconsideration earlier. The items are covered."]
    got = classify(doc_of(*granted), rules)
    assert got.document_type == "other" and got.denial_type is None


def test_network_tags_and_the_surprise_billing_notice_say_nothing_of_why(rules):
    eob = ["Explanation of Benefits", "Provider: Marlow Ridge Hospital (out-of-network)",
           "11/02/2025 99285 ER visit $2,410.00 $980.40 $784.32 $196.08 N1",
           "11/02/2025 96374 IV push $298.00 $0.00 $0.00 $298.00 L7",
           "N1 Paid at the in-network rate. L7 Not covered: the claim was sent after the filing limit.",
           "Your rights and protections against surprise medical bills",
           "When you are treated by an out-of-network provider at an in-network hospital, federal law protects you."]
    got = classify(doc_of(*eob), rules)
    assert got.document_type == "eob" and got.denial_type == "timely_filing"


def test_a_letter_that_refers_to_your_eob_is_still_a_letter(rules):
    letter = ["Dear Ana Reyes:", "We decided not to pay for the MRI of your knee because it was not medically necessary.",
              "Your share is shown on your Explanation of Benefits, which we sent separately."]
    below_the_title = [""] * 28  # the reference sits in the body, not in the title area
    got = classify(doc_of("Northway Health Plan", *below_the_title, *letter), rules)
    assert got.document_type == "denial_letter"


def test_a_partial_approval_denies_in_part_and_an_unticked_option_says_nothing(rules):
    got = classify(doc_of("Notice of partial approval of ABA services",
                          "97153 Direct ABA by technician 40 30 Partly approved",
                          "We approved 30 of the 40 hours. More hours are not likely to help more than the hours we "
                          "approved."), rules)
    assert got.document_type == "denial_letter"
    row = doc_of("Decision:")
    words, x = [], 100.0
    for cell in ("& Approved", "O Denied", "O Partially approved", "O Level of care changed"):
        for tok in cell.split():
            words.append(Word(tok, 0.9, (x, 300, x + 20 * len(tok), 330)))
            x += 20 * len(tok) + 15
        x += 200  # a wide gap: each option is a cell of its own
    row.pages[0].lines.append(Line(words=words, page=1, index=1))
    row.pages[0].lines.append(Line(words=[Word(w, 0.9, (100 + 90 * k, 400, 180 + 90 * k, 430)) for k, w in enumerate(
        "The service is approved as requested.".split())], page=1, index=2))
    got = classify(row, rules)
    assert got.document_type == "other" and got.denial_type is None


def test_a_legend_naming_its_reason_codes_without_a_group_and_a_downcoded_visit(rules):
    eob = ["Explanation of Benefits", "02/14/2026 ER visit 99285, paid as 99283 $2,980.00 $912.35 $729.88 45 150",
           "02/14/2026 Lab panel 80053 $512.00 $204.80 $163.84 45 2",
           "Hospital billed the visit as level 5. The records show moderate severity, so we paid it as level 3.",
           "CARC 150 The information sent does not support the level of service billed.",
           "CARC 45 Charge is more than the amount allowed. You do not owe this difference."]
    got = classify(doc_of(*eob), rules)
    assert got.document_type == "eob" and got.denial_type == "coding_error"


def test_a_reason_said_mildly_in_a_letter_that_refuses_is_a_denial(rules):
    """'is not covered' in the reason, and the letter's own sentence says the claim was refused: a denial letter,
    not a notice that denies nothing, even without 'we denied' anywhere."""
    got = classify(doc_of("Coverage decision about your skilled nursing stay",
                          "We reviewed the claim for the skilled nursing facility stay from June 3 to June 19.",
                          "Why: the stay is not covered because you did not have a qualifying hospital stay of three "
                          "days before it.", "You may appeal this decision within 60 days."), rules)
    assert (got.document_type, got.denial_type) == ("denial_letter", "not_covered")
    info = classify(doc_of("About your benefits", "Hearing aids are not covered under most plans we offer.",
                           "Call us to learn about the discount program."), rules)
    assert info.document_type == "other" and info.denial_type is None


def test_one_sentence_that_approves_and_denies_is_a_partial_denial(rules):
    filler = ["Our member services team is here to help on weekdays."] * 50  # the decision below the letterhead
    got = classify(doc_of("Site of care decision", *filler,
                          "The same test can be done safely at a clinic near you, so we approved it there "
                          "and denied the hospital setting."), rules)
    assert got.document_type == "denial_letter"
    approval = classify(doc_of("Site of care decision", "We approved the test at the clinic you chose."),
                        rules)
    assert approval.document_type == "other"


@pytest.mark.parametrize("said", ["Nothing has been denied.", "This claim is not denied.",
                                  "Nothing in this request was denied.", "No se ha negado ningún servicio."])
def test_a_denial_said_not_to_have_happened_decides_nothing(said, rules):
    got = classify(doc_of("About your claim", "We need the office notes for your visit before we can decide.",
                          said, "Send them by the date below."), rules)
    assert got.document_type == "other" and got.denial_type is None


def test_a_providers_network_tag_with_its_npi_is_no_reason(rules):
    got = classify(doc_of("EXPLANATION OF BENEFITS", "THIS IS NOT A BILL",
                          "Claim 5550123 Provider: Tallow Air Medical, LLC (out of network, NPI 1234567890)",
                          "01/05/2026 Air transport $9,000.00 $0.00 $0.00 $0.00 M1",
                          "M1 Ground transport was safe for your condition; air transport was not medically necessary."),
                   rules)
    assert got.denial_type == "medical_necessity"


def test_a_providers_statement_quoting_the_plans_denial_is_no_denial_letter(rules):
    got = classify(doc_of("PATIENT STATEMENT", "Statement date 04/02/2026 Amount due $418.00",
                          "Your insurance denied this visit: not a covered benefit under your plan.",
                          "Please pay the amount due by 05/01/2026."), rules)
    assert got.document_type == "other" and got.denial_type is None
    plan = classify(doc_of("Notice of denial", "We denied the refill: the drug is not on your plan's drug list.",
                           "You may ask your pharmacy to call us.", *APPEAL_RIGHTS), rules)
    assert plan.document_type == "denial_letter"


@pytest.mark.parametrize("body", [
    ["Medicaid Termination Notice", "We learned that you now live outside the State, so your coverage will end on",
     "October 17, 2026. You no longer meet the residency requirement."],
    ["Aviso de terminación", "Su cobertura terminará el 17 de octubre de 2026 porque ya no cumple el requisito."],
])
def test_a_notice_that_ends_coverage_is_an_eligibility_denial(body, rules):
    got = classify(doc_of(*body, "You can ask for a State Fair Hearing."), rules)
    assert (got.document_type, got.denial_type) == ("denial_letter", "eligibility")


def test_spanish_plain_words_that_refuse_and_a_claim_with_no_line_denied(rules):
    got = classify(doc_of("Decisión sobre su excepción", "Usted pidió pagar menos por este medicamento. No podemos "
                          "bajar lo que paga.", "Su derecho a apelar"), rules)
    assert got.document_type == "denial_letter"
    paid = classify(doc_of("EXPLANATION OF BENEFITS", "THIS IS NOT A BILL",
                           "Claim 5550123 03/02/2026 Office visit $120.00 $80.00 $64.00",
                           "No visits on this claim were denied."), rules)
    assert paid.document_type == "eob" and paid.denial_type is None


def test_a_refusal_with_its_reason_and_an_appeal_is_a_denial_beside_approval_wording():
    """'We approved 6 visits ... we did not pay for the rest because nobody asked first', with appeal
    rights: the approval wording outweighs the denial words, yet the letter refuses something with a reason."""
    cues = [Cue("DOC", "other", "r", "we approved", 6), Cue("DOC", "other", "r", "we approved", 6),
            Cue("DOC", "denial_letter", "r", "denied", 3),
            Cue("DENIAL", "prior_authorization", "r (in the reason)", "did not ask us to approve", 12)]
    got = decide(cues, eob_denied=True, appealable=True)
    assert (got.document_type, got.denial_type) == ("denial_letter", "prior_authorization")
    assert decide(cues, eob_denied=True, appealable=False).document_type == "other"  # no appeal offered
    assert decide(cues, eob_denied=False, appealable=True).document_type == "other"  # nothing refused
    eob = [Cue("DOC", "eob", "r", "this is not a bill", 5)] + cues[3:]  # an EOB's own refusal stays an EOB
    assert decide(eob, eob_denied=True, appealable=True).document_type == "eob"


def test_a_debt_collectors_notice_quoting_the_denial_is_no_denial_letter(rules):
    got = classify(doc_of("Northfield Recovery Services is a debt collector. We are trying to collect a debt",
                          "that you owe to Example Orthopedics. Why the balance was assigned to you: your plan",
                          "processed the claim as out of network and allowed only part of the charge.",
                          "Total amount of the debt now: $812.40"), rules)
    assert got.document_type == "other" and got.denial_type is None


def test_care_ended_by_a_review_decision_is_a_denial_and_continued_care_is_not(rules):
    ended = classify(doc_of("Notice of Decision: Your Request for a Fast Appeal", "Our decision",
                            "Our physician reviewer agreed with your provider that your skilled nursing services",
                            "should end. The records show you no longer need daily skilled nursing care."), rules)
    assert (ended.document_type, ended.denial_type) == ("denial_letter", "level_of_care")
    kept = classify(doc_of("Notice of Decision: Your Request for a Fast Appeal", "Our decision",
                           "Our physician reviewer disagreed with your provider. Your services will continue."), rules)
    assert kept.document_type == "other" and kept.denial_type is None


def test_a_remittance_advice_named_as_a_later_paper_does_not_make_a_letter_an_eob(rules):
    got = classify(doc_of("Prior Authorization Request Decision: NON-AFFIRMED",
                          "The face-to-face examination note does not show that the patient cannot use a walker.",
                          "What to do next: the requester may correct the request and send it again before",
                          "the item is provided. This decision is not an initial determination.",
                          "Questions? Call the contact center at 1-800-555-0100, Monday to Friday.",
                          *["The requester may send more records with a new request at any time."] * 26,  # below the title area
                          "If the item is furnished, the claim will be denied, and the appeal rights will be in",
                          "the claim's remittance advice."), rules)
    assert (got.document_type, got.denial_type) == ("denial_letter", "medical_necessity")
