"""The trained denial-reason model: read as plain JSON weights, combined with the rules in pure code, explained."""

from __future__ import annotations

import json

import pytest

from intake.classify import MODEL_OVERRULES, MODEL_SURE, combine_denial
from intake.denial_model import DenialModel, default_path, features, load

TOY = DenialModel.from_json({
    "classes": ["eligibility", "medical_necessity"], "intercepts": [0.0, 0.0], "stop": ["the"],
    "weights": {"not covered": [2.0, -1.0], "needed": [-1.5, 2.5], "code:27": [3.0, -1.0]},
})


def test_features_are_words_pairs_and_reason_codes():
    f = features("The drug is not NEEDED. CO-27", frozenset({"the"}))
    assert {"drug", "needed", "not needed", "code:27"} <= f
    assert "the" not in f and "the drug" not in f


def test_probabilities_follow_the_weights_and_sum_to_one():
    p = TOY.probabilities("this drug is not needed for your condition")
    assert p["medical_necessity"] > 0.95 and abs(sum(p.values()) - 1) < 1e-9
    assert TOY.probabilities("")["eligibility"] == pytest.approx(0.5)
    assert TOY.why("this drug is not needed", "medical_necessity") == ["needed"]


@pytest.mark.parametrize("rules,probs,expected", [
    pytest.param({}, {"eligibility": MODEL_SURE + 0.1, "other": 0.4}, ("eligibility", "model"), id="rules-silent"),
    pytest.param({}, {"eligibility": MODEL_SURE - 0.1, "other": 0.6 - MODEL_SURE}, ("other", "rules"),
                 id="unsure-model-leaves-other"),
    pytest.param({"not_covered": 3.0}, {"eligibility": MODEL_OVERRULES + 0.05}, ("eligibility", "model"),
                 id="stray-cue-overruled"),
    pytest.param({"not_covered": 3.0}, {"eligibility": MODEL_OVERRULES - 0.05}, ("not_covered", "rules"),
                 id="stray-cue-kept"),
    pytest.param({"not_covered": 9.0}, {"eligibility": 0.99}, ("not_covered", "rules"), id="reason-phrase-wins"),
])
def test_combine_is_pure(rules, probs, expected):
    assert combine_denial(rules, probs) == expected


def test_shipped_model_loads_and_knows_every_denial_type():
    model = load(default_path())
    assert model is not None, "models/denial_type.json is missing: run models/train_denial.py"
    data = json.loads(open(default_path(), encoding="utf-8").read())
    assert set(model.classes) == {"medical_necessity", "prior_authorization", "level_of_care", "coding_error",
                                  "experimental", "out_of_network", "not_covered", "eligibility",
                                  "timely_filing", "other"}
    assert data["trained_on"] >= 200


def test_plain_words_reason_reads_as_medical_necessity(rules):
    """A reason in plain words no phrase rule lists: the model, trained on other wordings, still reads it."""
    from tests.test_classify import doc_of
    from intake.classify import classify

    doc = doc_of("NOTICE OF ACTION", "We have denied your request.",
                 "Why we made this decision: the records we received do not show that you need this many",
                 "hours of help at home for your condition at this time.")
    got = classify(doc, rules)
    assert got.document_type == "denial_letter"
    assert got.denial_type == "medical_necessity"
    assert got.denial_evidence


def test_the_model_is_not_consulted_where_it_could_not_change_the_verdict():
    """model_can_decide is the exact condition under which combine_denial may pick the model's answer."""
    import itertools

    from intake.classify import combine_denial, model_can_decide

    kinds = ["medical_necessity", "prior_authorization", "timely_filing"]
    for strength, sure in itertools.product([0.0, 2.0, 5.9, 6.0, 12.0], [0.3, 0.6, 0.95]):
        for rule_kind, model_kind in itertools.product(kinds, kinds):
            scores = {rule_kind: strength} if strength else {}
            probs = {k: (sure if k == model_kind else (1 - sure) / 2) for k in kinds}
            _, how = combine_denial(scores, probs)
            if not model_can_decide(scores):
                assert how == "rules"
