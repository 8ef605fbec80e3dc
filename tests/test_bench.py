"""The benchmark runs end to end on a tiny input (timings are reported, never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_benchmark_smoke(tmp_path):
    out = tmp_path / "bench.json"
    got = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--tiny", "--out", str(out)],
                         capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert got.returncode == 0, got.stderr[-2000:]
    res = json.loads(out.read_text())
    for key in ("batch_vs_raw", "single_vs_raw", "born_vs_ocr", "rss_long_vs_1", "help_s"):
        assert res["targets"][key]["value"] > 0
    assert "intake --help" in got.stdout
