"""The trained document and denial scorers: pure features and decisions, the shipped arrays, and what a reader sees
on letters whose wording no phrase rule lists."""

from __future__ import annotations

import pytest

from intake.classify import classify
from intake.scorers import (DENIAL_FILE, DOCUMENT_FILE, MIN_WORDS, NO_DENIAL, LinearScorer, ScorerInputs, decide,
                            decide_denial, decide_kind, default_path, denial_features, document_features, load)
from tests.test_classify import doc_of


def inputs(text: str, **kw) -> ScorerInputs:
    base = dict(kind_scores={"eob": 0.0, "denial_letter": 5.0, "other": 2.0}, eob_denied=True, appealable=False,
                rule_type="denial_letter", rule_denial="other", reason_scores={"timely_filing": 12.0, "other": 1.0})
    base.update(kw)
    return ScorerInputs(text, **base)


def toy(classes, weights: dict[str, list[float]]) -> LinearScorer:
    names = sorted(weights)
    width = len(classes) if len(classes) > 2 else 1
    return LinearScorer.from_rows(classes, names, [weights[n] for n in names], [0.0] * width)


def test_document_features_are_words_pairs_score_bands_and_the_rules_verdict():
    f = document_features(inputs("we cannot pay this claim 2031"))
    assert {"we", "cannot", "we_cannot", "pay_this", "FLAG_edTrue", "FLAG_rule_denial_letter",
            "S_denial_letter_mid", "S_other_lo"} <= f
    assert not any("2031" in x for x in f)  # (numbers are a letter's own, not a kind of paper's)
    assert not any(x.startswith(("FLAG_ap", "S_eob")) for x in f)  # (only what is there: no appeal offer, no
    # EOB wording are no evidence that a plain letter refuses nothing)


def test_denial_features_band_each_reason_and_name_the_top_one():
    f = denial_features(inputs("filed too late"))
    assert {"filed_too", "RULE_other", "CUE_timely_filing_hi", "CUE_other_lo", "TOP_timely_filing"} <= f


def test_probabilities_follow_the_weights_and_explain_themselves():
    s = toy(["eob", "denial_letter", "other"], {"cannot": [0.0, 3.0, 0.0], "approved": [0.0, -1.0, 3.0]})
    p = s.probabilities({"cannot", "unknown"})
    assert max(p, key=p.get) == "denial_letter" and abs(sum(p.values()) - 1) < 1e-6
    assert s.why({"cannot", "approved"}, "other") == ["approved"]
    assert s.probabilities(set())["eob"] == pytest.approx(1 / 3)


def test_the_shipped_form_reads_back_the_same_scorer():
    s = toy(["eob", "denial_letter", "other"], {"cannot": [0.5, 3.0, -1.0], "approved": [0.0, -1.0, 3.0]})
    back = LinearScorer.from_bytes(s.to_bytes())
    assert back.classes == s.classes and back.index == s.index
    assert back.probabilities({"cannot"}) == pytest.approx(s.probabilities({"cannot"}))
    assert s.to_bytes() == s.to_bytes()  # (no time stamp: a retrained file changes only when the weights do)


def test_decide_denial_by_kind():
    s = toy(["not_covered", NO_DENIAL, "other"], {"paid": [0.0, 4.0, 0.0], "refused": [4.0, 0.0, 0.0]})
    x = inputs("paid in full")
    assert decide_denial(x, "other", s) == (None, 1.0)  # a paper that is no denial has no denial type
    assert decide_denial(x, "eob", s)[0] is None  # an EOB may refuse nothing
    assert decide_denial(x, "denial_letter", s)[0] == "not_covered"  # a denial letter always has a type
    assert decide_kind(inputs("paid", rule_type="eob", kind_scores={"eob": 2.0}),
                       toy(["eob", "other"], {"paid": [5.0]}))[0] == "other"


def test_a_strong_rule_verdict_stands_unless_the_scorer_is_sure():
    kinds = toy(["eob", "denial_letter", "other"], {"approved": [0.0, 0.0, 1.0], "glad": [0.0, 0.0, 4.0]})
    strong = dict(rule_type="denial_letter", kind_scores={"denial_letter": 9.0})
    assert decide_kind(inputs("approved", **strong), kinds)[0] == "denial_letter"  # p about 0.58 < 0.8
    assert decide_kind(inputs("approved glad", **strong), kinds)[0] == "other"  # p about 0.99
    assert decide_kind(inputs("approved", rule_type="denial_letter", kind_scores={"denial_letter": 4.0}),
                       kinds)[0] == "other"  # a weak verdict: the likelier kind wins


def test_a_document_of_a_few_words_is_left_to_the_rules():
    kinds = toy(["eob", "denial_letter", "other"], {"approved": [0.0, 0.0, 9.0]})
    denials = toy(["not_covered", NO_DENIAL, "other"], {"approved": [9.0, 0.0, 0.0]})
    x = inputs("approved " * 10, rule_type="denial_letter", rule_denial="timely_filing")
    assert decide(x, kinds, denials) == ("denial_letter", "timely_filing", [])
    kind, denial, notes = decide(inputs("approved " * MIN_WORDS), kinds, denials)
    assert (kind, denial) == ("other", None) and notes[0].startswith("document scorer: other")


def test_shipped_scorers_load_and_know_every_type():
    kinds, denials = load(default_path(DOCUMENT_FILE)), load(default_path(DENIAL_FILE))
    assert kinds is not None and denials is not None, "run models/train_scorers.py"
    assert set(kinds.classes) == {"eob", "denial_letter", "other"}
    assert set(denials.classes) == {NO_DENIAL, "medical_necessity", "prior_authorization", "level_of_care",
                                    "coding_error", "experimental", "out_of_network", "not_covered", "eligibility",
                                    "timely_filing", "other"}
    assert len(kinds.index) > 2000 and len(denials.index) > 5000


RIGHTS = ("Questions? Call member services at the number on your card, Monday to Friday, 8 a.m. to 6 p.m.",
          "You may ask for copies of the documents we used, free of charge. Keep this letter for your records.",
          "If you need help in another language or a large-print copy, call us and we will send one.")


def test_a_benefit_paid_at_a_lower_rate_with_a_review_offered_is_a_denial(rules):
    """No refusal phrase: the benefit table and the review offer say a benefit was refused. The rules alone call
    it 'other'; the scorer reads it as a denial letter and says so in the reasons."""
    doc = doc_of("EXAMPLE MUTUAL LIFE - CLAIM DECISION", "Insured: Example Person  Policy QX-9",
                 "Benefit        Days   Per day   Payable", "Admission benefit   1   1,000.00   0.00",
                 "Daily confinement   2   200.00   0.00", "Observation benefit   3   100.00   300.00",
                 "The hospital record shows outpatient observation on all three days and no order to admit.",
                 "The admission and daily benefits are for days spent as an admitted inpatient, so the",
                 "observation benefit was paid for each day instead. You may ask for a review within 60 days.",
                 *RIGHTS)
    assert classify(doc, rules, scorers=False).document_type == "other"
    got = classify(doc, rules)
    assert got.document_type == "denial_letter" and got.denial_type is not None
    assert any(r.startswith("document scorer: denial_letter") for r in got.reasons)


def test_a_visit_limit_said_in_plain_words_is_not_covered(rules):
    doc = doc_of("Dear Example Person:", "Your plan pays for 20 therapy visits each calendar year. The visit on",
                 "May 2, 2031 was your 21st, so the plan will not pay the $140.00 billed.",
                 "If you disagree you can ask us to look again within 180 days.", *RIGHTS, "Sincerely,",
                 "Example Board")
    got = classify(doc, rules)
    assert (got.document_type, got.denial_type) == ("denial_letter", "not_covered")
    assert got.denial_evidence


def test_an_approval_stays_an_approval(rules):
    doc = doc_of("Dear Example Person:", "Good news. We approved your request for physical therapy, 12 visits",
                 "from March 3, 2031 through June 3, 2031. Your provider has been told.", *RIGHTS, "Sincerely,",
                 "Example Health Plan")
    got = classify(doc, rules)
    assert (got.document_type, got.denial_type) == ("other", None)
