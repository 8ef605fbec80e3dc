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


def _letter_then(*second: str) -> list[list[int]]:
    """The split plan of a plan's one-page letter followed by a second page of these lines."""
    from dataclasses import replace

    from intake.rules import cached_rules
    from intake.split import page_features, plan_split
    from tests.test_reading_rules_bx import _page

    rules = cached_rules()
    letter = page_features(_page("Example Health Insurance Co.", "Letter date: 29-Apr-2031", "Ana B. Reyes",
                                 "12 Ferry Lane", "Dunmore, PA 18512", "Claim Denial Notice"), rules)
    page = page_features(_page(*second), rules)
    return plan_split([replace(letter, number=1), replace(page, number=2)])


@pytest.mark.parametrize("second", [
    # a bill's boxed head: the patient's name under the column heads, no colon
    ("EXAMPLE THORACIC SURGEONS, PC", "STATEMENT DATE ACCOUNT NO. PATIENT PLEASE PAY",
     "18-Mar-2031 5007887 Ana B. Reyes $16,310.50"),
    # a lab's bill: 'BILL DATE ... BALANCE DUE' opens it, an address block addresses it
    ("Example Precision Diagnostics", "BILL DATE ACCOUNT NO. ACCESSION BALANCE DUE", "May 22, 2031 7696 CPD19 $784.00",
     "Ana B. Reyes", "12 Ferry Lane", "Dunmore, PA 18512"),
    # a surgery center's guarantor statement under a logo OCR could not read
    ("CMEN]", "Guarantor STATEMENT DATE ACCOUNT", "Leo B, Reyes May 18, 2031 RB-5391"),
    # a hospital's letter 'To:' the patient about the same service
    ("EXAMPLE REGIONAL MEDICAL CENTER", "Patient Financial Services", "Sunday, March 22, 2031", "To: Ana B. Reyes",
     "Financial responsibility for a non-covered service"),
])
def test_a_providers_bill_or_letter_behind_the_plans_letter_is_a_paper_of_its_own(second):
    assert _letter_then(*second) == [[1], [2]]


def test_a_policy_excerpt_with_a_patient_column_but_no_name_stays_with_the_letter():
    assert _letter_then("Example Health Insurance Co.", "Medical Policy MP-114 revised 01/02/2031",
                        "CRITERIA PATIENT MUST MEET", "Documented trial of two medicines") == [[1, 2]]
