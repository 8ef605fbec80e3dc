"""Reading rules from rounds BA and BB at first sight, each a general one (no OCR for the fields; words
placed as OCR would place them; invented values)."""

from __future__ import annotations

import pytest

from tests.test_kv import fields_of, line


@pytest.mark.parametrize("label", ["Coverage Determination #:", "Payer authorization request no.",
                                   "Plan's claim no.:", "Plan claim number:", "UTN", "Núm. de reconsideración"])
def test_a_plan_or_payer_word_beside_a_case_or_claim_number_label_still_names_a_case_number(label):
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, f"{label} QD-2031-448170")),
                    line(240, (100, "We denied this request.")))
    assert got["case_numbers"] == ["QD-2031-448170"], label


def test_a_coverage_period_or_plan_number_is_still_no_case_number():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Plan number: 0447")),
                    line(240, (100, "Coverage period: 01/01/2031 - 12/31/2031")),
                    line(310, (100, "Claim number: QD-2031-448170")))
    assert got["case_numbers"] == ["QD-2031-448170"]
