"""Reading rules from session 23 (rounds CB on), each a general one (no OCR for the fields; words placed as OCR
would place them; invented values)."""

from __future__ import annotations

import pytest

from tests.test_kv import fields_of, line


@pytest.mark.parametrize("row, provider", [
    # a label's word before a number's mark begins the row's next cell
    ("Provider: Ana B. Reyes, LMT Claim #QX7741902", "Ana B. Reyes"),
    ("Provider: Example Massage Studio Account No. 55120", "Example Massage Studio"),
    # label words ending in a colon after the name
    ("Provider: Example Imaging Center Date claim received: June 29, 2031", "Example Imaging Center"),
    # a company's suffix, a closing bracket or a separator ends the name; a short label follows
    ("Provider: Example Cranial Orthotics, LLC Orthotist: Ana B. Reyes, CO", "Example Cranial Orthotics, LLC"),
    ("Provider: Example Family Therapy (Ana B. Reyes, LMFT) Also present at sessions: Leo Reyes", "Example Family Therapy"),
    ("Requesting vendor: Example AAC Solutions + Evaluating SLP: Ana B. Reyes, CCC-SLP", "Example AAC Solutions"),
])
def test_a_provider_stops_where_the_rows_next_label_begins(row, provider):
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, row)),
                    line(240, (100, "We denied this claim. The service is not covered by your plan.")))
    assert got["provider"] == provider


def test_a_name_with_a_colon_free_row_is_kept_whole():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Provider: Example Orthopedic & Spine Center")))
    assert got["provider"] == "Example Orthopedic & Spine Center"
