"""Reading rules from session 47 (what rounds EA and EB showed), each a general one (words placed as OCR or a text
layer would place them; invented values)."""

from __future__ import annotations

from intake.classify import Cue, decide
from tests.test_kv import fields_of, line
from tests.test_reading_rules_cf import _classify

APPEAL = "If you think we got this wrong, you may appeal within 60 days of the date on this letter."


def _letter(*texts: str):
    """One line per text, set from the left margin as a letter's body is."""
    return _classify(*(line(100 + 70 * i, (100, t)) for i, t in enumerate(texts)))


def _kind(*body: str):
    got = _letter("Example Ridge Health Plan", "May 2, 2031", "Dear Ana B. Example:", *body)
    return got.document_type, got.denial_type


def test_a_refusal_told_as_what_was_paid_nothing():
    """'so the plan paid nothing', 'no part of this claim is paid', 'neither ... nor ... pays for it': a refusal
    with no stock denial phrase."""
    for said in ("The drug is not one the program lists, so your drug plan paid nothing on this claim.",
                 "A report written for a court is not treatment, so no part of this claim is paid.",
                 "Neither the assistance program nor the medical benefit pays for it."):
        assert _kind(said, APPEAL)[0] == "denial_letter", said


def test_what_the_member_paid_or_a_claim_not_yet_paid_is_no_refusal():
    """Guards: 'you paid nothing' is the member's share; 'we have not paid it yet' waits for papers."""
    assert _kind("You paid nothing for this visit; the plan paid the clinic in full.")[0] != "denial_letter"
    assert _kind("We have not paid the claim yet because we are waiting for the clinic's notes.")[0] != \
        "denial_letter"


def test_a_refusal_in_plain_spanish_with_its_object_a_pronoun():
    """'El programa no va a pagar esa receta', 'No le vamos a devolver el pago': a refusal, however it is put."""
    for said in ("El programa no va a pagar esa receta porque el plan de la Parte D no la aprobó.",
                 "No le vamos a devolver el pago de la prima de marzo."):
        got = _kind(said, "Si no está de acuerdo, puede apelar dentro de 60 días de la fecha de esta carta.")
        assert got[0] == "denial_letter", said


def test_a_bill_sent_back_unpaid_is_refused():
    """'We are returning it unpaid': the bill is refused whatever the reason."""
    got = _kind("We have the bill from the example clinic for the hearing test. We are returning it unpaid because "
                "another carrier insured the employer on that day.", APPEAL)
    assert got[0] == "denial_letter"


def test_nobody_asking_before_the_care_is_a_prior_authorization_refusal():
    """'Nobody asked before these evenings': the asking not named as approval, still the approval missing."""
    got = _kind("The program began on March 3, 2031. Nobody asked before these evenings, so we are not paying "
                "for them.", APPEAL)
    assert got == ("denial_letter", "prior_authorization")


def test_a_need_judged_of_the_member_is_medical_necessity():
    """'you did not need them to see well': the need, judged of the member, in plain words."""
    got = _kind("Our reviewer read the exam notes. Glasses bring each eye to full sight, so you did not need them. "
                "That is why the plan is not paying for the contact lenses.", APPEAL)
    assert got == ("denial_letter", "medical_necessity")


def test_a_word_said_on_every_line_counts_a_few_times_only():
    """A pharmacy's remittance says 'pharmacy' on every line: its topic, not its kind. Ten times a weight of one
    no longer outweighs the claim lines that make it a statement of claims."""
    cues = [Cue("DOC", "other", "doc.other[15]", "pharmacy", 1.0, offset=i) for i in range(10)]
    cues.append(Cue("DOC", "eob", "structure.claim_lines", "3 service line(s) with amounts", 6.0))
    assert decide(cues, eob_denied=True, appealable=True).document_type == "eob"
    cues = [Cue("DOC", "other", f"doc.other[{i}]", "approved", 1.5, offset=i) for i in range(10)]  # (ten rules)
    cues.append(Cue("DOC", "eob", "structure.claim_lines", "3 service line(s) with amounts", 6.0))
    assert decide(cues, eob_denied=False).document_type == "other"


def test_an_insurers_statement_titled_by_its_policy_is_no_providers_bill():
    """'SUPPLEMENTAL POLICY STATEMENT', 'PROVIDER PAYMENT STATEMENT': a payer's papers; 'PATIENT STATEMENT' stays
    a provider's own."""
    from intake.extract.insurer import provider_paper_title
    from intake.model import PageText
    from intake.rules import cached_rules

    def titled(text: str) -> bool:
        page = PageText(1, 2550, 3300, [line(200, (900, text)), line(400, (100, "Example Ridge Mutual"))],
                        "text_layer")
        return provider_paper_title(page, cached_rules()) is not None

    assert not titled("SUPPLEMENTAL POLICY STATEMENT") and not titled("PROVIDER PAYMENT STATEMENT")
    assert titled("PATIENT STATEMENT")


def test_a_count_from_the_papers_own_date_named_by_its_caption():
    """'within 90 days of the Remit Dt', 'for 60 days from the date above': counted from the notice's date;
    never from a day the paper does not print ('the date you receive') nor from the care's own day."""
    def deadline(sentence: str):
        return fields_of(line(100, (100, "Example Ridge Health Plan")), line(170, (100, "Remit Dt: May 2, 2031")),
                         line(300, (100, sentence))).get("appeal_deadline")

    assert deadline("To ask us to reconsider a line, write within 90 days of the Remit Dt.") == "2031-07-31"
    assert deadline("Reconsideration requests are accepted for 60 days from the date above.") == "2031-07-01"
    assert deadline("To ask us to reconsider a line, write within 90 days of the date you receive it.") is None
    assert deadline("Ask for a review within 120 days from the day you receive this notice.") is None
    assert deadline("Ask for a review of the claim within 90 days of the date of service.") is None
    # the limit to keep services during the appeal, in the sentence after the one that names it, is no appeal's
    assert deadline("Ask for a Plan Appeal now if you want your services to continue. You must ask within 10 days of the "
                    "date of this notice or by the date the change takes effect.") is None


def test_an_individual_policys_number_and_a_drug_programs_id_are_the_members():
    """'Policy | QX 4471 902' alone on a supplement's paper; 'Example Rx ID: QX4471902' on a drug program's."""
    got = fields_of(line(100, (100, "Example Ridge Mutual")), line(300, (100, "Policy"), (700, "QX 4471 902")))
    assert got.get("member_id") == "QX 4471 902"
    got = fields_of(line(100, (100, "Example Ridge Drug Help")), line(300, (100, "Example Rx ID: QX4471902")))
    assert got.get("member_id") == "QX4471902"


def test_care_dated_in_a_sentence_with_its_giver_named_at_length():
    """'On March 3, 2031 you bought a hearing aid', 'On March 19, 2031, Ana B. Example, CPO, of Example Orthotics
    & Prosthetics fitted ...': the care's own day."""
    got = fields_of(line(300, (100, "On March 3, 2031 you bought a hearing aid from an online seller.")))
    assert got.get("service_dates") == ["2031-03-03"]
    got = fields_of(line(300, (100, "On March 19, 2031, Ana B. Example, CPO, of Example Ridge Orthotics & "
                                    "Prosthetics fitted your son with a pair of braces.")))
    assert got.get("service_dates") == ["2031-03-19"]


def test_a_number_captioned_by_a_programs_name_in_mixed_capitals():
    """'Número de ExRx: QX4471902': a program's own name ends the caption, its number is the member's."""
    got = fields_of(line(100, (100, "Example Ridge Drug Help")),
                    line(300, (100, "Número de ExRx: QX4471902"), (1300, "Número de reclamo: 3103311223")))
    assert got.get("member_id") == "QX4471902"


def test_the_plans_own_number_beside_a_programs_is_the_members():
    """'Example Care ID: QX...' beside 'Medicaid ID' and 'Medicare Number' on a dual plan's paper: the plan's own;
    alone, or beside a notice's number, the program's number stays the member's."""
    got = fields_of(line(100, (100, "Example Ridge Care Plan")),
                    line(300, (100, "Example Care ID: QX4471902 | Medicaid ID: 310000333124 | Medicare Number: "
                                    "3XQ4-TR5-MK71")))
    assert got.get("member_id") == "QX4471902"
    got = fields_of(line(100, (100, "Example State Medicaid")),
                    line(300, (100, "Medicaid ID: 310000333124"), (1300, "Notice ID: QN31004417")))
    assert got.get("member_id") == "310000333124"


def test_a_cover_letter_forwarding_the_payers_decision_decides_nothing():
    """'Its letter is attached. It did not approve the trips': the ambulance company passes the contractor's
    decision on; 'Enclosed is the plan's final decision': an advocate's cover letter."""
    for said in ("Medicare's contractor has answered our request. Its letter is attached. It did not approve the "
                 "trips as asked.",
                 "Enclosed is the plan's final decision on the member's appeal. The plan has now decided the appeal "
                 "and will not pay more."):
        assert _kind(said)[0] == "other", said


def test_a_letter_that_sets_out_its_claim_lines_is_still_a_letter():
    """'Dear ...:' to 'Sincerely,' around a table of six billed lines and a refusal in the letter's words: a
    denial letter, not a statement of claims; the same words and table without the letter's form stay a
    statement."""
    rows = [line(1700 + 60 * i, (100, f"03/0{i + 1}/2031"), (400, "99213"), (600, "Office visit"),
                 (1200, f"${i + 1}12.00"), (1500, "$0.00"), (1800, "$0.00")) for i in range(6)]

    def kind(form: bool) -> str:
        head = [line(100, (100, "Example Ridge Health Plan")), line(200, (100, "May 2, 2031"))] + \
            ([line(1400, (100, "Dear Ana B. Example:"))] if form else []) + \
            [line(1500, (100, "Your cover had ended on March 1, 2031, so we cannot pay them.")),
             line(1600, (100, "Date Code Service Billed Allowed Paid"))]
        tail = [line(2200, (100, "You may appeal within 60 days of the date of this letter."))] + \
            ([line(2300, (100, "Sincerely,")), line(2360, (100, "Claims Review"))] if form else [])
        return _classify(*head, *rows, *tail).document_type

    assert kind(form=True) == "denial_letter"
    assert kind(form=False) == "eob"


def test_a_sharing_ministrys_refusal_in_its_own_words():
    """'we cannot share it', 'bills for care while a membership is paused are not shared': a refusal, its reason
    the member's standing; 'not made known ahead': the telling first that the guidelines ask."""
    got = _kind("Your membership was paused from March 1, so the bill for the visit is not shared and we cannot "
                "share it.", APPEAL)
    assert got == ("denial_letter", "eligibility")
    got = _kind("The surgery was not made known ahead, as the guidelines ask, so the facility's bill is not shared.",
                APPEAL)
    assert got == ("denial_letter", "prior_authorization")
