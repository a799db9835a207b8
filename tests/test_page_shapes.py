"""The article found in each page shape of tests/pages/ (pages written after real Vietnamese news
sites' layouts, with our own text): title, lead, body, caption, author, source, page date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.ingest.reader import read_article_file

PAGES = Path(__file__).resolve().parent / "pages"
GOLD = sorted(PAGES.glob("*/*.json"))


def load_page_gold() -> dict[str, dict]:
    """file → gold with "path", in the tests/labelled schema plus the page-shape fields."""
    out = {}
    for path in GOLD:
        g = json.loads(path.read_text(encoding="utf-8"))
        out[g["file"]] = {**g, "path": path.parent / g["file"]}
    return out


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_page_shape(gold_path):
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    article = read_article_file(gold_path.parent / g["file"]).article
    assert article.title == g["title"]
    assert g["lead_starts"] in (article.lead or ""), article.lead
    for fragment in g["body_must_contain"]:
        assert fragment in article.body, fragment
    for fragment in g["body_must_not_contain"]:
        assert fragment not in article.body, fragment
    for key in ("author", "source", "page_date"):
        if key in g:
            assert getattr(article, key) == g[key], key
    if "caption" in g:
        assert [b.text for b in article.blocks if b.kind == "caption"] == [g["caption"]]
