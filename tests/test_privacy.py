"""No document text or field value in logs at INFO or above; files we create are private."""

from __future__ import annotations

import json

from tests.conftest import SAMPLES, intake_cmd


def test_info_logs_carry_no_values(tmp_path):
    got = intake_cmd("process", str(SAMPLES / "bd_classic_mednec.pdf"), "--json", "-v", "--out", str(tmp_path))
    assert got.returncode == 0
    result = json.loads(got.stdout)
    values = [v for v in result["fields"].values() if isinstance(v, str)] + result["fields"]["case_numbers"]
    assert values
    for v in values:
        assert v not in got.stderr, "a field value reached the log"
    assert "INFO" in got.stderr  # -v did log something


def test_batch_logs_carry_no_values(tmp_path):
    got = intake_cmd("batch", str(SAMPLES / "bd_grid_priorauth.pdf"), "--db", f"sqlite:///{tmp_path / 'x.db'}", "-v")
    assert got.returncode == 0
    for word in ("Lindqvist", "Riverside"):
        assert word not in got.stderr
