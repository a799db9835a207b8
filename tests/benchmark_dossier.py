"""Benchmark: a country dossier for the archive's largest host country, and its PDF (medians).

    python -m tests.benchmark_dossier --db ARCHIVE [--runs 5]

Prints the country, its number of visits, and the median time to build the dossier, to render
the briefing's HTML and to write its PDF (Qt's QPdfWriter, offscreen). Also the number of
agreements and honours the archive holds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from app.store.briefing import dossier_html
from app.store.db import open_archive
from app.store.dossier import country_dossier


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    db = open_archive(args.db)
    rows = db.execute("SELECT host_country, COUNT(*) FROM visits WHERE host_country IS NOT NULL "
                      "AND host_country != 'Việt Nam' GROUP BY 1 ORDER BY 2 DESC LIMIT 1").fetchall()
    country = rows[0][0]
    dossier = country_dossier(db, country)
    print(f"articles {db.execute('SELECT COUNT(*) FROM articles').fetchone()[0]}, largest host country "
          f"{country}: {len(dossier['visits'])} visits, {len(dossier['sources'])} sources")
    print(f"dossier query: {_median(lambda: country_dossier(db, country), args.runs) * 1000:.1f} ms (median)")
    print(f"briefing HTML: {_median(lambda: dossier_html(dossier), args.runs) * 1000:.1f} ms (median)")
    from app.ui.briefing_pdf import write_pdf

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "b.pdf"
        write_pdf("<p>warm-up</p>", out)  # the Qt application and fonts, once
        html_text = dossier_html(dossier)
        pdf = _median(lambda: write_pdf(html_text, out), args.runs)
        print(f"PDF written: {pdf * 1000:.0f} ms (median), {out.stat().st_size // 1024} KB")
    agreements = honours = with_any = 0
    for a, h in db.execute("SELECT agreements, honours FROM visits").fetchall():
        na, nh = len(json.loads(a or "[]")), len(json.loads(h or "[]"))
        agreements, honours, with_any = agreements + na, honours + nh, with_any + bool(na or nh)
    print(f"agreements {agreements}, honours {honours}, on {with_any} visits")


if __name__ == "__main__":
    main()
