"""Rule files are validated data: a wrong key or pattern is reported with its file and key."""

from __future__ import annotations

import shutil

import pytest

from intake.errors import ExitCode, RulesError
from intake.rules import load_rules
from tests.conftest import ROOT, intake_cmd


@pytest.fixture
def rules_copy(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    return target


def test_shipped_rules_load(rules):
    assert set(rules.lexicon.fields) >= {"member_id", "case_numbers", "claim_amount"}
    assert "medical_necessity" in rules.denial_types.denial_types


def test_unknown_key_is_named(rules_copy):
    path = rules_copy / "carc.yaml"
    path.write_text(path.read_text() + "\nsurprise: 1\n")
    with pytest.raises(RulesError) as err:
        load_rules(rules_copy)
    assert "carc.yaml" in err.value.one_line() and "surprise" in err.value.one_line()


def test_bad_regex_is_named(rules_copy):
    path = rules_copy / "fields.yaml"
    path.write_text(path.read_text().replace("- 'expedit'", "- 'expedit('", 1))
    with pytest.raises(RulesError) as err:
        load_rules(rules_copy)
    assert "fields.yaml" in err.value.one_line() and "regular expression" in err.value.one_line()


def test_unknown_word_class_is_named(rules_copy):
    """A field's signal may only use word classes the lexicon defines."""
    path = rules_copy / "lexicon.yaml"
    path.write_text(path.read_text().replace("{all: [patient, head], score: 1.0}", "{all: [patiant, head], score: 1.0}", 1))
    with pytest.raises(RulesError) as err:
        load_rules(rules_copy)
    assert "lexicon.yaml" in err.value.one_line() and "patiant" in err.value.one_line()


def test_a_word_class_given_twice_is_named(rules_copy):
    """YAML keeps the last of two equal keys without a word: a word class written again further down the
    lexicon would replace the first one unseen (the stay-span labels once lost their words that way)."""
    path = rules_copy / "lexicon.yaml"
    path.write_text(path.read_text().replace("classes:\n", "classes:\n  ends: [finish]\n", 1))
    with pytest.raises(RulesError) as err:
        load_rules(rules_copy)
    line = err.value.one_line()
    assert "lexicon.yaml" in line and "'ends'" in line and "twice" in line


def test_unknown_denial_type_rejected(rules_copy):
    path = rules_copy / "denial_types.yaml"
    path.write_text(path.read_text().replace("  timely_filing:", "  timely_filling:", 1))
    with pytest.raises(RulesError) as err:
        load_rules(rules_copy)
    assert "timely_filling" in err.value.one_line()


def test_cli_rules_check(rules_copy):
    ok = intake_cmd("rules", "check", "--rules-dir", str(rules_copy))
    assert ok.returncode == 0 and "rules ok" in ok.stdout
    (rules_copy / "layout.yaml").write_text("version: 1\npage_of: [\n")
    bad = intake_cmd("rules", "check", "--rules-dir", str(rules_copy))
    assert bad.returncode == ExitCode.rules_invalid
    assert "layout.yaml" in bad.stderr and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_models_are_built_from_current_rules(rules):
    """models/ holds the spaCy pipelines built from rules/; rebuild with `intake rules build`."""
    import spacy

    for lang in ("en", "es"):
        nlp = spacy.load(ROOT / "models" / f"intake_{lang}")
        assert nlp.meta["intake_rules_digest"] == rules.digest, "run: intake rules build"


@pytest.fixture
def templates_copy(tmp_path):
    target = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", target)
    return target


def test_rules_check_covers_the_templates_data(templates_copy):
    ok = intake_cmd("rules", "check", "--templates", str(templates_copy))
    assert ok.returncode == 0 and "templates ok" in ok.stdout, ok.stderr
    legal = templates_copy / "es" / "legal.yaml"
    legal.write_text(legal.read_text() + 'hmo_plan: "una ley"\n')
    bad = intake_cmd("rules", "check", "--templates", str(templates_copy))
    assert bad.returncode == ExitCode.rules_invalid
    assert "es/legal.yaml" in bad.stderr and "hmo_plan" in bad.stderr and "Traceback" not in bad.stderr


def test_a_checklist_must_extend_a_list_of_the_same_file(templates_copy):
    from intake.papers.templates import load_templates

    path = templates_copy / "en" / "checklists.yaml"
    path.write_text(path.read_text().replace("extends: base", "extends: basis", 1))
    with pytest.raises(RulesError) as err:
        load_templates(str(templates_copy), "en")
    assert "checklists.yaml" in err.value.one_line() and "basis" in err.value.one_line()
    path.write_text(path.read_text().replace("extends: basis", "extends: base") + "\n  colour: blue\n")
    with pytest.raises(RulesError):
        load_templates(str(templates_copy), "en")


def test_rules_check_covers_a_requester_profile(tmp_path):
    profile = tmp_path / "me.yaml"
    profile.write_text("name: Jo Park\nadvocate: true\nphone: 5550199\ndate: 2026-03-01\nlang: es\n")
    ok = intake_cmd("rules", "check", "--config", str(profile))
    assert ok.returncode == 0 and "requester profile ok" in ok.stdout, ok.stderr
    profile.write_text("name: Jo Park\nadvocat: true\n")
    bad = intake_cmd("rules", "check", "--config", str(profile))
    assert bad.returncode == ExitCode.input_file and "advocat" in bad.stderr and "me.yaml" in bad.stderr
    profile.write_text("name: Jo Park\nlang: fr\n")
    bad = intake_cmd("rules", "check", "--config", str(profile))
    assert bad.returncode == ExitCode.input_file and "lang" in bad.stderr and "Traceback" not in bad.stderr
