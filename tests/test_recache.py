"""The compiled-regex cache: the same patterns as re.compile builds, private files, and no harm when damaged."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import json, re, sys
from intake import recache
recache.install()
pats = [(r"(?P<id>[A-Z]{2,3}\d{6,9})\b", 0), (r"claim\s+(?:no|number)\.?\s*:?\s*(\S+)", re.I),
        (r"(\d{1,2})/(\d{1,2})/(\d{2,4})", 0), (rb"%PDF-(\d)\.(\d)", 0), (r"^\s*total\b.*$", re.M | re.I)]
texts = ["Member XQ1234567 ", "Claim Number: 55-1234 and CLAIM NO 9", "on 3/4/2026 or 12/31/25",
         b"%PDF-1.7\n", "line\n  Total due $5\nnext"]
out = []
for (p, f), t in zip(pats, texts):
    rx = re.compile(p, f)
    m = [x.groups() if not isinstance(t, bytes) else [g.decode() for g in x.groups()] for x in rx.finditer(t)]
    out.append([m, rx.groupindex.get("id") if isinstance(p, str) else None, rx.flags])
recache.save()
print(json.dumps({"out": out, "hits": recache.hits}))
"""


def run(tmp: Path, *, disabled: bool = False) -> dict:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp))
    if disabled:
        env["INTAKE_NO_REGEX_CACHE"] = "1"
    proc = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def test_second_run_serves_the_same_patterns_from_a_private_cache(tmp_path):
    first = run(tmp_path)
    files = list((tmp_path / "intake").glob("regex-*.marshal"))
    assert len(files) == 1
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "intake").stat().st_mode) == 0o700
    second = run(tmp_path)
    assert second["hits"] >= 5 > first["hits"]
    assert second["out"] == first["out"] == run(tmp_path / "off", disabled=True)["out"]
    assert not (tmp_path / "off" / "intake").exists()


def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path):
    clean = run(tmp_path / "clean")["out"]
    folder = tmp_path / "intake"
    folder.mkdir(mode=0o700)
    run(tmp_path)
    (path,) = folder.glob("regex-*.marshal")
    path.write_bytes(b"\x00garbage" * 50)
    again = run(tmp_path)
    assert again["out"] == clean and again["hits"] == 0
    assert run(tmp_path)["hits"] >= 5


def test_parsed_rule_files_are_cached_privately_and_follow_the_file(tmp_path, monkeypatch):
    import shutil

    from intake.rules import load_rules

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", rules)
    first = load_rules(rules)
    cached = sorted((tmp_path / "cache" / "intake").glob("rules-*.json"))
    assert cached and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in cached)
    assert load_rules(rules) == first  # read back from the cache: the same validated rules
    for p in cached:
        p.write_text("{not json")  # a damaged cache entry is parsed again from the YAML
    assert load_rules(rules) == first
    names = rules / "names.yaml"
    names.write_text(names.read_text() + "\n# a comment changes the file's hash\n")
    before = set((tmp_path / "cache" / "intake").glob("rules-*.json"))
    assert load_rules(rules).digest != first.digest
    assert len(set((tmp_path / "cache" / "intake").glob("rules-*.json")) - before) == 1
