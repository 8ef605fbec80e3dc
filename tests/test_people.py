"""Doctors named in running text: the treating provider, never the plan's reviewer or the letter's signer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from intake.extract.people import doctors_in
from intake.rules import cached_rules

WORDS = frozenset(cached_rules().names.reviewer_words)


def names(text: str) -> list[str]:
    return [m.value for m in doctors_in(text, WORDS)]


def test_a_doctor_who_gave_care_is_named():
    assert names("We reviewed the claim for the MRI you received from Dr. Tamsin Orley on May 2, 2026.") == \
        ["Dr. Tamsin Orley"]
    assert names("Chest X-ray (71046) on 11/14/2025 - Dr. Tamsin Orley, Harbor Cardiology") == ["Dr. Tamsin Orley"]
    assert names("Ordering physician Pell Q. Varden, MD") == ["Pell Q. Varden"]


def test_reviewers_and_signers_are_not_providers():
    assert names("The decision was reviewed by Dr. Tamsin Orley, medical director.") == []
    assert names("Dr. Tamsin Orley, board-certified reviewer in orthopedics, made this decision.") == []
    assert names("Firmado por la revisora Dra. Elena Varga") == []


def test_sentence_case_words_after_a_name_are_not_part_of_it():
    assert names("You saw Dr. Tamsin Orley on 3 March") == ["Dr. Tamsin Orley"]


def test_capitals_that_spell_an_instruction_are_no_doctor():
    assert names("WHAT YOU NEED TO DO NOW") == []


@given(st.text(max_size=200))
def test_never_fails_on_any_text(text):
    for m in doctors_in(text, WORDS):
        assert m.value and 0 <= m.start < len(text)


def test_a_trailer_word_inside_a_name_cuts_nothing():
    from intake.extract.names import clean_org

    assert clean_org("Dr. Persephone Ashdale") == "Dr. Persephone Ashdale"  # 'phone' inside the name
    assert clean_org("Valley Clinic Phone 555-0100") == "Valley Clinic"


def test_a_credentialed_person_before_a_practice_is_the_person():
    from intake.extract.providers import _credentialed_person

    assert _credentialed_person("Ivy Marchant, CPO, Larchmont Limb and Brace, LLC") == "Ivy Marchant"
    assert _credentialed_person("Ivo Brennan, MA, BCBA (Millbrook ABA Partners)") == "Ivo Brennan"
    assert _credentialed_person("Mesa Clinic, Inc.") is None and _credentialed_person("Reyes, Ana") is None


def test_the_doctor_who_referred_the_patient_is_not_the_provider_but_one_referred_to_is():
    referrers = frozenset(cached_rules().names.referrer_words)

    def named(text: str) -> list[str]:
        return [m.value for m in doctors_in(text, WORDS, referrers)]

    assert named("Claim number 55501234 Referred by: Dr. Tamsin Orley") == []
    assert named("Número de reclamación 55501234 Remitida por: Dr. Tamsin Orley") == []
    assert named("Referring physician Dr. Tamsin Orley") == []
    assert named("You were referred to Dr. Tamsin Orley for the test.") == ["Dr. Tamsin Orley"]
