"""Real Tesseract on the sample documents, through the CLI, as a user runs it; every JSON output fits the schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from tests.conftest import SAMPLES, field_ok, intake_cmd, source_of, truth_files

FIELDS = ["insurer", "plan_id", "group_number", "member_id", "member_name", "case_numbers", "claim_amount",
          "service_dates", "denial_date", "provider", "appeal_deadline"]
ONE_PER_CONDITION = ["bd_classic_mednec.pdf", "scan_grid_elig.pdf", "scan_spanish_pa.png", "copy_classic_notcov.pdf",
                     "faxf_classic_pa.tif", "faxs_classic_mednec.tif", "rot_idn_pa.png", "photo_classic_loc.jpg",
                     "lowres_grid_oon.png", "stack_fax_b.tif", "bd_spanish_notcov.pdf"]


def check_against_truth(docs, truth, min_fields):
    truth_docs = truth if isinstance(truth, list) else [truth]
    assert len(docs) == len(truth_docs)
    for got, want in zip(sorted(docs, key=lambda d: d["pages"]), truth_docs):
        if "pages" in want:
            assert got["pages"] == want["pages"]
        assert got["document_type"] == want["document_type"]
        assert got["denial_type"] == want["denial_type"]
        scored = [f for f in FIELDS if f not in want.get("unscored", [])]
        right = [f for f in scored if field_ok(f, got["fields"][f], want["fields"][f])]
        assert len(right) >= min_fields * len(scored), sorted(set(scored) - set(right))
        for f in right:
            if want["fields"][f] not in (None, []):
                assert got["evidence"][f]["page"] in got["pages"]


@pytest.mark.ocr
@pytest.mark.parametrize("name", ONE_PER_CONDITION)
def test_real_ocr(name, schema):
    got = intake_cmd("process", str(SAMPLES / name), "--json")
    assert got.returncode == 0, got.stderr
    out = json.loads(got.stdout)
    docs = out if isinstance(out, list) else [out]
    for d in docs:
        jsonschema.validate(d, schema)
    truth = json.loads((SAMPLES / f"{name}.truth.json").read_text())
    check_against_truth(docs, truth, min_fields=0.8)


BORN_DIGITAL = [source_of(t).name for t in truth_files() if source_of(t).name.startswith(("bd_", "stack_bd"))]


@pytest.mark.parametrize("name", BORN_DIGITAL)
def test_born_digital_json_fits_schema(name, schema):
    got = intake_cmd("process", str(SAMPLES / name), "--json")
    assert got.returncode == 0, got.stderr
    out = json.loads(got.stdout)
    for d in out if isinstance(out, list) else [out]:
        jsonschema.validate(d, schema)
    check_against_truth(out if isinstance(out, list) else [out],
                        json.loads((SAMPLES / f"{name}.truth.json").read_text()), min_fields=0.9)


def test_summary_lists_missing_with_where_to_look():
    got = intake_cmd("process", str(SAMPLES / "bd_classic_mednec.pdf"))
    assert got.returncode == 0
    assert "missing:" in got.stdout and "insurance card" in got.stdout
    assert "Member ID" in got.stdout
