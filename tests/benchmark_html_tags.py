"""Benchmark: html_to_text on pages full of stray end tags must take linear time.

Prints the median of 5 runs for each page shape at 12.5k, 25k and 50k tags; the time per tag
should stay flat as the count doubles (it grew with the count before the fix: a stray end tag
searched the whole stack of open elements). Not a timed test: `python -m tests.benchmark_html_tags`.
"""

from __future__ import annotations

import statistics
import time

from app.ingest.html_text import html_to_text

RUNS = 5
SHAPES = {
    "stray </span> under open <div>s": lambda n: "<div>" * n + "</span>" * n,
    "stray </b> in a paragraph": lambda n: "<p>x" + "</b>" * n + "</p>",
    "unclosed <p>s then stray </i>": lambda n: "<p>x" * (n // 2) + "</i>" * (n // 2),
}


def main() -> None:
    for name, make in SHAPES.items():
        for n in (12_500, 25_000, 50_000):
            page = "<html><body><h1>Tiêu đề</h1>" + make(n) + "</body></html>"
            runs = []
            for _ in range(RUNS):
                start = time.perf_counter()
                html_to_text(page)
                runs.append(time.perf_counter() - start)
            median = statistics.median(runs)
            print(f"{name:36s} {n:>6} tags  median {median:7.3f} s  ({median / n * 1e6:6.2f} µs/tag)")


if __name__ == "__main__":
    main()
