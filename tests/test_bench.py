"""The benchmark runs end to end on a tiny input (timings are reported, never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

NEW_CASES = ("text_letter_s", "scanned_page_vs_script", "short8_vs_script", "short16_vs_script", "day200_vs_script")


def test_benchmark_smoke(tmp_path):
    out = tmp_path / "bench.json"
    got = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--tiny", "--out", str(out)],
                         capture_output=True, text=True, timeout=1500, cwd=ROOT)
    assert got.returncode == 0, got.stderr[-2000:]
    res = json.loads(out.read_text())
    for key in ("batch_vs_raw", "single_vs_raw", "born_vs_ocr", "rss_long_vs_1", "help_s", *NEW_CASES):
        assert res["targets"][key]["value"] > 0
    assert "intake --help" in got.stdout
    for case in ("short8", "short16", "day200"):  # each against the pdftoppm + tesseract script, CPU kept too
        assert res[case]["reference_s"] > 0 and res[case]["intake_cpu_s"] > 0 and res[case]["pages"] > 0


def test_one_case_alone(tmp_path):
    out = tmp_path / "one.json"
    got = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--tiny", "--case", "text_letter",
                          "--out", str(out)], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert got.returncode == 0, got.stderr[-2000:]
    res = json.loads(out.read_text())
    assert res["cases"] == ["text_letter"] and list(res["targets"]) == ["text_letter_s"]
    assert "one text-layer letter" in got.stdout
