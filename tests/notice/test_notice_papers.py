"""The notice check reaches the user: JSON, the papers (cited only where verified), the store and its export."""

from __future__ import annotations

import json

import docx

from tests.conftest import ROOT, intake_cmd

DOCS = ROOT / "tests" / "notice" / "docs"


def _text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_papers_ask_for_what_the_notice_lacks(tmp_path):
    """dev_erisa_en_4 lacks the denial code's meaning (U), external review (V) and free documents (V)."""
    truth = json.loads((ROOT / "tests" / "notice" / "truth.json").read_text())["dev_erisa_en_4.pdf"]
    missing = {k for k, v in truth["items"].items() if v["status"] == "not_found"}
    assert missing == {"denial_code_meaning", "external_review", "free_documents"}
    run = intake_cmd("process", str(DOCS / "dev_erisa_en_4.pdf"), "--out", str(tmp_path), "--json",
                     "--date", "2026-04-10")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert set(data["notice_check"]["not_found"]) == missing
    folder = next(tmp_path.iterdir())
    request, checklist = _text(folder / "claim_file_request.docx"), _text(folder / "checklist.docx")
    assert "does not show" in request
    assert "including how to start each [42 U.S.C. 300gg-19(a)(1)(B)]" in request
    assert "relevant to my claim [29 CFR 2560.503-1(h)(2)(iii)]" in request
    code_line = next(line for line in request.splitlines() if line.startswith("the denial code for this claim"))
    assert "[" not in code_line  # U: asked for without a citation
    assert "2590.715-2719(b)(2)(ii)(E)(3)" not in request + checklist
    assert "violat" not in request.lower() and "broke" not in request.lower()
    assert "About the notice" in checklist and "the denial code and what it means" in checklist


def test_spanish_papers_and_store(tmp_path):
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    run = intake_cmd("batch", str(DOCS / "dev_erisa_es_1.pdf"), "--db", db, "--out", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    folder = next((tmp_path / "out").iterdir())
    request = _text(folder / "claim_file_request.docx")
    assert "no muestra" in request and "Sobre el aviso" in _text(folder / "checklist.docx")
    shown = json.loads(intake_cmd("show", "1", "--db", db).stdout)
    assert shown["result"]["notice_check"]["items"]
    exported = json.loads(intake_cmd("export", "--format", "json", "--db", db).stdout)
    assert exported[0]["notice_check"] == shown["result"]["notice_check"]
    csv = intake_cmd("export", "--format", "csv", "--db", db).stdout
    assert "notice_not_found" in csv.splitlines()[0]


def test_rule_file_unknown_key_is_named(tmp_path):
    import shutil

    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    path = target / "notice_requirements.yaml"
    path.write_text(path.read_text().replace("    kind: procedural\n", "    kind: procedural\n    colour: red\n", 1))
    bad = intake_cmd("rules", "check", "--rules-dir", str(target))
    assert bad.returncode == 7 and "notice_requirements.yaml" in bad.stderr and "colour" in bad.stderr
