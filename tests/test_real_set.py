"""The real labelled set (tests/labelled/real): its draw, its form, and that it copies no text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.real_scoring import CORPUS, CORPUS_MISSING, KINDS, REAL, VISIT_KINDS, corpus_present, load_real_gold

needs_corpus = pytest.mark.skipif(not corpus_present(), reason=CORPUS_MISSING)
DAY_MONTH = re.compile(r"\d{2}/\d{2}")


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    return {json.loads(p.read_text(encoding="utf-8"))["file"]: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(REAL.glob("*.json"))}


def _manifest() -> list[list[str]]:
    lines = (REAL / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    return [(line.split("\t") + [""])[:4] for line in lines if line.strip()]


def test_the_set_has_its_strata_splits_and_entity_gold(gold):
    manifest = _manifest()
    assert sorted(gold) == sorted(row[0] for row in manifest)
    strata = Counter(g["stratum"] for g in gold.values())
    assert strata["random"] >= 120 and strata["visit_like"] >= 120
    for stratum in ("random", "visit_like"):
        part = [g for g in gold.values() if g["stratum"] == stratum]
        assert sum(g["split"] == "heldout" for g in part) == len(part) // 3
    # Drawn later for development only (draw.py, steps 6 and 7): no held-out file.
    assert all(g["split"] == "dev" for g in gold.values()
               if g["stratum"] in ("visit_like_extra", "rest_extra", "rest_cued"))
    # Drawn later for measuring only (step 9): all held-out.
    assert all(g["split"] == "heldout" for g in gold.values() if g["stratum"] == "visit_like_heldout")
    assert set(strata) <= {"random", "visit_like", "visit_like_extra", "rest_extra", "visit_like_heldout", "rest_cued"}
    assert sum("entities" in g for g in gold.values()) >= 110
    for file, stratum, split, entities in manifest:
        assert (gold[file]["stratum"], gold[file]["split"], "entities" in gold[file]) == (
            stratum, split, entities == "entities")


def test_every_annotation_is_well_formed_and_checked(gold):
    from app.nlp.gazetteer import load_gazetteer

    countries = {p.name for p in load_gazetteer().countries()}
    for file, g in gold.items():
        assert g["kind"] in KINDS, file
        assert g["checked_by"] and g["labelled_by"] and g["checked_by"] != g["labelled_by"], file
        assert bool(g["visits"]) == (g["kind"] in VISIT_KINDS), file
        for v in g["visits"]:
            assert v["host_country"] is None or v["host_country"] in countries, (file, v["host_country"])
            assert v["day_month"] is None or DAY_MONTH.fullmatch(v["day_month"]), file
            assert v["year"] is None or 1990 <= v["year"] <= 2018, file
            assert all(m["name"] for m in v["met"]), file


@needs_corpus
def test_the_draw_reproduces_the_manifest():
    proc = subprocess.run([sys.executable, str(REAL / "draw.py"), str(CORPUS)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == (REAL / "manifest.tsv").read_text(encoding="utf-8").splitlines()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


@needs_corpus
def test_no_text_of_the_corpus_is_copied_into_the_gold(gold):
    """The corpus has no licence: gold holds names, titles and dates, and notes in the annotators'
    own words. No note shares a run of eight words with its article."""
    run = 8

    def grams(words: list[str]) -> set[tuple[str, ...]]:
        return {tuple(words[i : i + run]) for i in range(len(words) - run + 1)}

    for file, g in load_real_gold().items():
        article = grams(_words(Path(g["path"]).read_text(encoding="utf-8")))
        facts = [v.get(k) or "" for v in g["visits"] for k in ("leader", "leader_title")]
        facts += [m.get(k) or "" for v in g["visits"] for m in v["met"] for k in ("name", "title")]
        facts += [e.get(k) or "" for e in g.get("entities", []) for k in ("name", "title")]
        quoted_facts = set().union(*(grams(_words(f)) for f in facts))  # a long title may be quoted
        grams_ = article - quoted_facts
        for field in ("notes", "check_notes"):
            words = _words(g.get(field) or "")
            copied = [" ".join(words[i : i + run]) for i in range(len(words) - run + 1)
                      if tuple(words[i : i + run]) in grams_]
            assert not copied, (file, field, copied[:1])
