"""The rules snapshot: a run that finds it reads the same rules without pydantic; a changed file is validated again."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from intake import frozen

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import json, sys
from intake.rules import cached_rules
from intake.notice.rules import cached_notice_rules
r = cached_rules(); n = cached_notice_rules()
print(json.dumps({"pydantic": "pydantic" in sys.modules, "digest": r.digest,
                  "fields": sorted(r.lexicon.fields), "requirements": len(n.requirements),
                  "cues": n.cues_of(n.requirements[0], "es")}))
"""


def plain(obj):
    """Any rules object (validated model or frozen twin) as plain data, to compare the two."""
    if hasattr(type(obj), "model_fields"):
        return {k: plain(getattr(obj, k)) for k in type(obj).model_fields}
    if isinstance(obj, frozen.Frozen):
        return {k: plain(v) for k, v in vars(obj).items() if k != "_model_name"}
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [plain(v) for v in obj]
    return obj


def probe(cache: Path, rules_dir: Path | None = None) -> dict:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), PYTHONPATH=str(ROOT))
    env.pop("INTAKE_NO_CACHE", None)
    if rules_dir:
        env["INTAKE_RULES_DIR"] = str(rules_dir)
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-500:]
    return json.loads(out.stdout)


def test_frozen_rules_hold_every_validated_value():
    from intake.notice.rules import load_notice_rules
    from intake.rules import load_rules

    for model in (load_rules(), load_notice_rules()):
        twin = frozen.thaw(frozen.encode(model))
        assert plain(twin) == plain(model)
    notice = load_notice_rules()
    twin = frozen.thaw(frozen.encode(notice))
    for req in notice.requirements[:5]:
        twin_req = next(r for r in twin.requirements if r.id == req.id)
        for lang in ("en", "es"):  # the models' methods answer the same on the frozen twin
            assert twin.cues_of(twin_req, lang) == notice.cues_of(req, lang)
        assert (twin_req.citation("erisa") is None) == (req.citation("erisa") is None)


def test_frozen_rules_are_read_only_and_travel_to_workers():
    from intake.rules import cached_rules

    rules = cached_rules()
    with pytest.raises(AttributeError):
        rules.digest = "changed"
    assert pickle.loads(pickle.dumps(rules)) == rules


def test_second_run_reads_the_snapshot_without_pydantic(tmp_path):
    first = probe(tmp_path)
    assert first["pydantic"]  # nothing snapshotted yet: validated by the models
    snaps = sorted((tmp_path / "intake").glob("snapshot-*.marshal"))
    assert [p.name.split("-")[1] for p in snaps] == ["notice", "rules"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in snaps)
    second = probe(tmp_path)
    assert not second["pydantic"] and {**second, "pydantic": True} == first


def test_changed_rule_file_is_validated_again_and_a_bad_one_refused(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    good = probe(tmp_path / "cache", rules)
    names = rules / "names.yaml"
    names.write_text(names.read_text() + "\n# a comment changes the file's bytes\n")
    changed = probe(tmp_path / "cache", rules)
    assert changed["pydantic"] and changed["digest"] != good["digest"]
    assert len(list((tmp_path / "cache" / "intake").glob("snapshot-rules-*.marshal"))) == 1  # the old one pruned
    names.write_text(names.read_text() + "\nnot_a_key: 1\n")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), INTAKE_RULES_DIR=str(rules))
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True)
    assert out.returncode != 0 and "not_a_key" in out.stderr


def test_damaged_snapshot_is_validated_again(tmp_path):
    first = probe(tmp_path)
    for p in (tmp_path / "intake").glob("snapshot-*.marshal"):
        p.write_bytes(b"\x00garbage" * 40)
    again = probe(tmp_path)
    assert again["pydantic"] and {**again, "pydantic": True} == first
    assert not probe(tmp_path)["pydantic"]  # and written anew
