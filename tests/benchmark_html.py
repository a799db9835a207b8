"""Main-text extraction from saved web pages, library vs our own tag rules:
`python -m tests.benchmark_html`.

The pages: tests/pages/html (20 pages in the markup shapes of Vietnamese news sites, our own
text; `python -m tests.pages.make_html_pages` writes them) and the saved pages of the written
labelled set (tests/labelled/articles/*.html). Each extractor's article is scored on its title,
its lead, its body (every must-contain fragment, none of the debris), the page's date and the
photo's caption (where the gold gives them). Prints numbers; asserts nothing.

  rules        the tag rules used before (app.ingest.html_text, <article> or the whole body) and
               the page-debris rules
  trafilatura  trafilatura's main text alone, then the page-debris rules
  adopted      what import uses (app.ingest.web_page): trafilatura, the page's metadata, the
               sapo put back, then the page-debris rules
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_pages() -> list[tuple[str, str, dict]]:
    pages = []
    for gold_path in sorted((HERE / "pages" / "html").glob("*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        pages.append((g["file"], (gold_path.parent / g["file"]).read_text(encoding="utf-8"), g))
    for html in sorted((HERE / "labelled" / "articles").glob("*.html")):
        g = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        pages.append((g["file"], html.read_text(encoding="utf-8"), g))
    return pages


def extractors() -> dict:
    from app.ingest.debris import split_article
    from app.ingest.html_text import html_to_text
    from app.ingest.web_page import article_from_html, main_text

    return {
        "rules": lambda page: split_article(html_to_text(page)),
        "trafilatura": lambda page: split_article(main_text(page) or ""),
        "adopted": article_from_html,
    }


def score(article, g: dict) -> dict[str, bool | None]:
    body = article.body
    lead = g.get("lead_starts") or g["body_must_contain"][0][:25]
    return {
        "title": article.title == g["title"],
        "lead": lead in (article.lead or ""),
        "body": all(f in body for f in g["body_must_contain"]) and not any(f in body for f in g["body_must_not_contain"]),
        "page date": (article.page_date == g["page_date"]) if "page_date" in g else None,
        "caption": ([b.text for b in article.blocks if b.kind == "caption"] == [g["caption"]]
                    if "caption" in g else None),
    }


def main() -> int:
    pages = load_pages()
    print(f"{len(pages)} saved pages ({sum(1 for f, _, _ in pages if f[:2].isdigit() and '_' in f[:3])} page shapes"
          " of tests/pages/html + the written set's .html pages)")
    fields = ("title", "lead", "body", "page date", "caption")
    print(f"{'extractor':<13}" + "".join(f"{f:>12}" for f in fields) + f"{'all right':>12}{'ms/page':>10}")
    for name, extract in extractors().items():
        totals = {f: [0, 0] for f in (*fields, "all")}
        times, failures = [], []
        for file, page, g in pages:
            started = time.perf_counter()
            try:
                article = extract(page)
            except Exception as exc:  # an extractor that crashes scores nothing on the page
                failures.append(f"{file}: {type(exc).__name__}")
                article = None
            times.append(time.perf_counter() - started)
            result = score(article, g) if article else {f: False for f in fields}
            for f, ok in result.items():
                if ok is not None:
                    totals[f][0] += ok
                    totals[f][1] += 1
            totals["all"][0] += all(ok is not False for ok in result.values())
            totals["all"][1] += 1
            if "-v" in sys.argv and not all(ok is not False for ok in result.values()):
                failures.append(f"{file}: {[f for f, ok in result.items() if ok is False]}")
        print(f"{name:<13}" + "".join(f"{totals[f][0]:>6}/{totals[f][1]:<5}" for f in (*fields, "all"))
              + f"{statistics.median(times) * 1000:>10.1f}")
        if failures and "-v" in sys.argv:
            print("    " + "\n    ".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
