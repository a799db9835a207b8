"""Quality gate on the labelled sets (written and real): no wrong year ever, no silent slide.

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


# --- the real labelled set (tests/labelled/real): floors at today's figures -----------------------

REAL_FLOORS = {
    # split: (kind accuracy ≥, visits with right leader and host ≥, wrong leader or host ≤ articles,
    #         false visits ≤, wrong years ≤, wrong event dates ≤)
    # 448 articles since the 140 drawn outside the visit-like pool and the 80 more visit-like ones
    # (draw.py steps 7 and 8): 130 right, 2 wrong (two names misread), 7 false visits.
    # Wrong dates 9 → 3 and 5 → 1 with the date rules visit_range, local_time, visit_end_day, other_day.
    # Dev 133 right, 5 false visits since the summit, conjecture and framing rules. Held-out: 168 since
    # the 84 of draw.py step 9 (measured once the rules of that day were in: kind 0.845, 56 of 82
    # right, 4 wrong leader or host, 3 false visits, 2 wrong dates); with the rest of that day's
    # rules kind 0.839 and 55 right (one visit lost, which rule is not known: the part is not read).
    # Dev 532 since the 84 of draw.py step 11 (first run: 176 of 208 right, 10 false visits, kind
    # 0.925); 182 right, 8 false, kind 0.942 since that day's rules. Held-out since then: kind
    # 0.863, 59 right, 3 wrong leader or host, 2 false visits; 3 wrong dates (1 before: the visits
    # newly found bring their dates, two of them wrong — which, the part is not read to say).
    # Dev 709 since the 177 of draw.py steps 12 and 13 (the visit-like pool labelled whole) and the
    # embassy decision (3 dev articles and 1 held-out relabelled): with the rules of step 11, kind
    # 0.924, 264 of 318 right, 11 wrong leader or host, 10 false visits, 16 wrong dates; held-out
    # kind 0.857, 59 of 83 right, 3 wrong, 2 false, 3 wrong dates. With that day's rules: dev kind
    # 0.931, 273 right, 6 wrong, 9 false, 15 wrong dates; held-out 0.863, 60 right, 3, 2, 2.
    # Dev 969 since the 160 general-news articles of step 15 and the 100 of stratum rest_cued (step
    # 17, chosen by their visit words: 60 visits): with the last stop's rules kind 0.915, 312 of 383
    # right, 8 wrong, 15 false, 19 wrong dates. With that day's rules: dev kind 0.923, 317 right, 7
    # wrong, 13 false, 19 wrong dates (318 right with the quote rule); held-out 0.869, 61 right, 3, 2, 2.
    # Dev 1069 since the 100 more rest_cued articles of step 18 (63 visits; first run with the last
    # stop's rules: 26 of them right, 5 false): kind 0.891, 344 of 446 right, 8 wrong, 18 false, 23
    # wrong dates.
    # With that day's rules: kind 0.902, 355 right, 8 wrong, 17 false, 23 wrong dates; held-out unchanged.
    # Stop 25 (no new articles): kind 0.904, 357 right, 8 wrong, 17 false, 23 wrong dates; held-out
    # 0.875, 62 right, 3, 2, 2.
    # Stop 26: announcement_date — dev wrong dates 23 → 20.
    "dev": (0.90, 357, 8, 17, 0, 20),
    "heldout": (0.87, 62, 3, 2, 0, 2),
}


@pytest.fixture(scope="module")
def real_scores() -> dict:
    from tests import real_scoring as rs

    if not rs.corpus_present():
        pytest.skip(rs.CORPUS_MISSING)
    gold = rs.load_real_gold()
    got, _ = run_import([g["path"] for g in gold.values()])
    return {split: rs.score_real({f: g for f, g in gold.items() if g["split"] == split}, got)
            for split in REAL_FLOORS}


@pytest.mark.parametrize("split", sorted(REAL_FLOORS))
def test_real_set_floors(real_scores, split):
    kind_accuracy, right, wrong, false_visits, wrong_years, wrong_dates = REAL_FLOORS[split]
    s = real_scores[split]
    assert s.kind_accuracy >= kind_accuracy
    assert s.visits_right >= right
    assert len(s.wrong_leader_or_host) <= wrong, s.wrong_leader_or_host
    assert len(s.false_visits) <= false_visits, s.false_visits
    assert s.wrong_years <= wrong_years
    assert s.date.wrong <= wrong_dates
