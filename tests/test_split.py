"""Split plans are pure: page features in, page groups out."""

from __future__ import annotations

import pytest

from intake.split import PageFeatures as P
from intake.split import plan_split


@pytest.mark.parametrize("pages,expected", [
    pytest.param([P(1, opener=True), P(2), P(3, opener=True)], [[1, 2], [3]], id="openers"),
    pytest.param([P(1, cover=True), P(2, opener=True), P(3)], [[2, 3]], id="fax-cover-dropped"),
    pytest.param([P(1, opener=True), P(2, blank=True), P(3, opener=True)], [[1], [3]], id="blank-separator"),
    pytest.param([P(1, page_of=(1, 2)), P(2, page_of=(2, 2), opener=True), P(3, page_of=(1, 1))],
                 [[1, 2], [3]], id="page-x-of-y-wins"),
    pytest.param([P(1, opener=True, member_id="A1"), P(2, member_id="B2")], [[1], [2]], id="member-changes"),
    pytest.param([P(1, blank=True)], [], id="only-blank"),
    pytest.param([P(1), P(2), P(3)], [[1, 2, 3]], id="no-cues-one-document"),
])
def test_plan_split(pages, expected):
    assert plan_split(pages) == expected
