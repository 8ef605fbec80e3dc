"""Reading rules from session 24 (round CF on), each a general one (words placed as OCR would place them;
invented values)."""

from __future__ import annotations

import pytest

from tests.test_kv import line


def _classify(*lines):
    from intake.classify import classify
    from intake.model import Document, PageText, SourceFile
    from intake.rules import cached_rules

    for i, ln in enumerate(lines):
        ln.index = i
    doc = Document(SourceFile("eob.png", "0" * 64, "png", 1, 100), [PageText(1, 2550, 3300, list(lines), "ocr")])
    return classify(doc, cached_rules())


def _sidebar_eob(*body_notes: str):
    """An EOB whose grey sidebar (member facts, then a rights box at its foot) sits left of the claims body."""
    side = ["SUBSCRIBER", "Ana B. Reyes", "ID #", "QX5512078", "GROUP #", "60-1234", "QUESTIONS",
            "1-800-555-0100", "YOUR RIGHT TO APPEAL", "Appeal by 18 Sep 2031.", "Urgent care: fast appeal",
            "decided in 72 hours."]
    body = ["Example Health Cooperative", "EXPLANATION OF BENEFITS - This is not a bill", "Claim #: QX30262809",
            "Date Service Billed Allowed Plan paid You owe Rem.",
            "02/08/2031 Skin lesion removal 701.00 0.00 0.00 701.00 X19", "Total 701.00 0.00 0.00 701.00",
            "Remark codes", *body_notes, "P1 Paid at the in-network rate.",
            "Your provider may not bill you more than the amount in the You owe column",
            "for in-network care. Keep this statement for your records."]
    lines = [line(400 + 120 * i, (230, t)) for i, t in enumerate(side)]
    lines += [line(200 + 90 * i, (950, t)) for i, t in enumerate(body)]
    return sorted(lines, key=lambda ln: ln.bbox[1])


def test_a_rights_box_at_the_foot_of_a_sidebar_does_not_silence_the_body_beside_it():
    # the sidebar is read first, so its rights heading comes before the body's remark codes in reading order
    got = _classify(*_sidebar_eob("X19 Your plan does not pay for cosmetic removal of skin growths."))
    assert (got.document_type, got.denial_type) == ("eob", "not_covered")


def test_a_sidebar_eob_whose_notes_deny_nothing_still_denies_nothing():
    got = _classify(*_sidebar_eob("X19 Paid at the in-network rate."))
    assert got.document_type == "eob" and got.denial_type is None


@pytest.mark.parametrize("row, provider", [
    # the name's sentence ends and the next begins on the same line
    ("Provider: Example Endodontic Specialists. The first root canal on this tooth was paid", "Example Endodontic Specialists"),
    ("Provider: Example Springs Medical Center. A board-certified reviewer read the records", "Example Springs Medical Center"),
    # a credential's point ends the sentence when a word that opens sentences follows
    ("Performing physician: Ana B. Reyes, MD. If you appeal to your insurer, call us", "Ana B. Reyes"),
])
def test_a_providers_name_stops_where_its_sentence_ends(row, provider):
    from tests.test_kv import fields_of

    got = fields_of(line(100, (100, "Member ID: QX5512078")), line(170, (100, row)),
                    line(240, (100, "We denied this claim. The service is not covered by your plan.")))
    assert got["provider"] == provider


@pytest.mark.parametrize("row", [
    "Eye doctor: Example Vision Benefits complies with Federal civil rights laws. Language help: call us",
    "Provider: Skin lesion removal, two views",
])
def test_a_sentence_or_a_service_is_no_providers_name(row):
    from tests.test_kv import fields_of

    got = fields_of(line(100, (100, "Member ID: QX5512078")), line(170, (100, row)),
                    line(240, (100, "We denied this claim. The service is not covered by your plan.")))
    assert got.get("provider") is None


def test_a_company_with_small_joining_words_is_still_a_name():
    from tests.test_kv import fields_of

    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Provider: Example Center for Pain and Spine of the Valley")))
    assert got["provider"] == "Example Center for Pain and Spine of the Valley"


@pytest.mark.parametrize("label", ["Prepared", "Prepared on", "Date prepared"])
def test_the_day_a_statement_was_prepared_is_its_date(label):
    from tests.test_kv import fields_of

    got = fields_of(line(100, (100, "EXPLANATION OF BENEFITS")),
                    line(170, (100, label), (700, "12-Mar-2031")),
                    line(240, (100, "Patient"), (700, "Ana B. Reyes")),
                    line(310, (100, "Date of service"), (700, "02-Feb-2031")))
    assert got["denial_date"] == "2031-03-12"


@pytest.mark.parametrize("said", [
    "This is not a denial. Your claim for the office visit is on hold while we review the procedure notes.",
    "We have not billed your plan yet, and nothing has been denied. Please send the signed order within 14 days.",
    "Hello Ana, we are still reviewing the request. This letter is not a denial; our nurse reviewer needs the notes.",
    "Esta carta no es una denegacion. Necesitamos las notas de la visita para decidir su reclamo.",
])
def test_a_claim_held_for_information_is_no_denial(said):
    from intake.classify import classify
    from intake.rules import cached_rules
    from tests.test_classify import doc_of

    got = classify(doc_of("Example Health Plan", "WE NEED MORE INFORMATION TO FINISH YOUR CLAIM",
                          "Claim reference QX7426380", "Service date 28-Mar-2031", said,
                          "If we do not receive them within 45 days, we will decide the claim with what we have."),
                   cached_rules())
    assert (got.document_type, got.denial_type) == ("other", None)


@pytest.mark.parametrize("rights, deadline", [
    # the limit follows the offer of a fair hearing and names no process of its own: the hearing's limit
    (["If you disagree, you may ask for a fair hearing. Your request must be received within 30 days of the "
      "date of this notice."], None),
    # the plan's own appeal, named in the sentence that sets the limit, is still the appeal deadline
    (["If you disagree, you may ask for a fair hearing after your appeal. You must ask for an appeal within 60 "
      "days of the date of this notice."], "2031-06-02"),
])
def test_a_fair_hearings_limit_is_no_appeal_deadline(rights, deadline):
    from tests.test_kv import fields_of

    got = fields_of(line(100, (100, "Notice date: April 3, 2031")),
                    line(170, (100, "Member ID: QX5512078")),
                    line(240, (100, "We denied the wheelchair. It is not medically necessary.")),
                    *[line(310 + 70 * i, (100, t)) for i, t in enumerate(rights)])
    assert got.get("appeal_deadline") == deadline


@pytest.mark.parametrize("said, patient", [
    # a colon-less label for the person treated, beside the subscriber's
    (["Subscriber Ana B. Reyes", "Person treated Leo C. Reyes"], "Leo C. Reyes"),
    (["Subscriber Ana B. Reyes", "Claims for: Leo C. Reyes (spouse)"], "Leo C. Reyes"),
    # the child named in the letter to the parent
    (["Ana B. Reyes", "12 Ferry Lane", "Dear Ana Reyes,", "We denied the standing frame for your child Leo C. Reyes."],
     "Leo C. Reyes"),
    # the plan holder named with 'of your spouse' is no patient; no name after the relation is no name
    (["Ana B. Reyes", "12 Ferry Lane", "Dear Ana Reyes,", "You are covered under the plan of your spouse, Leo C. Reyes."],
     "Ana B. Reyes"),
    (["Ana B. Reyes", "12 Ferry Lane", "Estimada Ana Reyes:", "Si no esta de acuerdo con la decision sobre su hijo, pida una "
      "audiencia."], "Ana B. Reyes"),
])
def test_the_person_treated_is_the_patient_not_the_subscriber(said, patient):
    from tests.test_kv import fields_of

    got = fields_of(*[line(100 + 70 * i, (100, t)) for i, t in enumerate(said)],
                    line(100 + 70 * len(said), (100, "Member ID: QX5512078")))
    assert got["member_name"] == patient


@pytest.mark.parametrize("said", [
    "Your office sent a corrected claim. The first claim listed a travel diagnosis, and we had denied it under the "
    "travel exclusion. We reversed the first claim and paid the corrected one as a preventive service.",
    "Corrected claim - processed. This claim (QX27445423) replaces claim QX29052913, which we denied because it was "
    "billed with a dental code. It is now paid under your plan's limited benefit.",
])
def test_a_corrected_claim_paid_in_place_of_the_denied_one_is_no_denial(said):
    from intake.classify import classify
    from intake.rules import cached_rules
    from tests.test_classify import doc_of

    got = classify(doc_of("Example Health Plan", "CLAIM ADJUSTMENT NOTICE", "Member Ana B. Reyes", said,
                          "If you disagree with anything on this notice you may appeal within 180 days."),
                   cached_rules())
    assert got.denial_type is None and got.document_type != "denial_letter"


@pytest.mark.parametrize("other", [
    "Your earlier claim QX4813688 for the insertion of the recorder on December 24, 2030 was paid and",
    "This decision does not change claim QX5969753 for the ultrasound on January 12, 2031, which we paid in full.",
    "Our letter of February 1, 2031 about claim QX1372919 for a different service has nothing to do with this.",
    "The rule comes from 42 CFR 438.114 and the trial is registered as NCT05630064.",
])
def test_a_number_of_another_claim_or_a_citation_is_no_case_number(other):
    from tests.test_kv import fields_of

    got = fields_of(line(100, (100, "Claim number: QX2600077")),
                    line(170, (100, "We denied this claim. The service is not covered by your plan.")),
                    line(240, (100, other)), line(310, (100, "is not affected by this decision.")))
    assert got["case_numbers"] == ["QX2600077"]


def test_the_original_claim_under_appeal_is_still_a_case_number():
    from tests.test_kv import fields_of

    got = fields_of(line(100, (100, "Appeal number: APL-6737724")), line(170, (100, "Original claim: QX3133395")),
                    line(240, (100, "We reviewed your appeal and uphold the denial. The surgery is not covered.")))
    assert set(got["case_numbers"]) == {"APL-6737724", "QX3133395"}
