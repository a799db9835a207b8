"""Quality gate on the labelled set: no wrong year ever, and no silent slide in extraction.

The floors sit a little under today's scores (README, "Extraction quality") so that a change
that makes extraction clearly worse fails here; the benchmark prints the exact numbers.
"""

from __future__ import annotations

import pytest

from tests.benchmark_extraction import load_gold, prf, run_import, score


@pytest.fixture(scope="module")
def dev_scores() -> dict:
    gold = load_gold("dev")
    got, _ = run_import([g["path"] for g in gold.values()])
    return score(gold, got)


def test_no_wrong_year(dev_scores):
    assert dev_scores["wrong_years"] == 0, [d for d in dev_scores["details"] if "WRONG YEAR" in d]


@pytest.mark.parametrize("kind, floor", [("person", 0.95), ("organization", 0.92), ("location", 0.95)])
def test_entity_f1_floor(dev_scores, kind, floor):
    assert prf(*dev_scores["counts"][kind])[2] >= floor


def test_visits_and_dates(dev_scores):
    assert dev_scores["visits"] >= 0.95 * dev_scores["n"]
    assert dev_scores["dates"] >= 0.95 * dev_scores["n"]
