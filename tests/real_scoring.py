"""Scores of the archive's export against the real labelled set (tests/labelled/real/).

Every fact is counted as right, honestly unknown or wrong — never "wrong" folded into "missed" —
because a wrong leader or host shown to an officer is worse than a blank. Pure functions over the
export's JSON shape and the gold files; `tests/benchmark_extraction.py` prints them and
`tests/test_labelled.py` holds floors on them.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = HERE / "labelled" / "real"
CORPUS = HERE.parent.parent / "shared" / "corpus" / "baomoi-2017"

KINDS = ("outbound", "inbound", "reception", "foreign", "multilateral", "call", "none")
VISIT_KINDS = frozenset(KINDS[:5])
CORPUS_MISSING = f"the real corpus is not at {CORPUS} (it lives beside the project in ../shared/corpus)"


def corpus_present() -> bool:
    return CORPUS.is_dir() and any(CORPUS.glob("*.txt"))


def load_real_gold(split: str | None = None) -> dict[str, dict]:
    """file → gold (with "path" into the corpus), for one split ("dev", "heldout") or both."""
    gold = {}
    for path in sorted(REAL.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        if split is None or g["split"] == split:
            gold[g["file"]] = {**g, "path": CORPUS / g["file"]}
    return gold


def _norm(text: str | None) -> str:
    from app.nlp.text import fold_diacritics, normalize_vi

    return re.sub(r"[\s-]+", " ", fold_diacritics(normalize_vi(text or ""))).strip()


def _country(name: str | None) -> str:
    from app.nlp.gazetteer import load_gazetteer

    place = load_gazetteer().lookup(name or "") if name else None
    return _norm(place.country if place and place.country else name)


def found_kind(article: dict) -> str:
    """The kind the export states; an export from before kinds existed says it by its visits."""
    if article.get("kind"):
        return article["kind"]
    visits = [v for v in article.get("visits") or [] if v.get("leader") or v.get("host_country")]
    if not visits:
        return "none"
    return "inbound" if _country(visits[0].get("host_country")) == _country("Việt Nam") else "outbound"


def _year_of(visit: dict, article: dict) -> int | None:
    start = visit.get("start") or (article.get("event") or {}).get("start")
    return int(start[:4]) if start else None


def _day_month_of(visit: dict, article: dict) -> str | None:
    start = visit.get("start") or (article.get("event") or {}).get("start")
    if start:
        return f"{start[8:10]}/{start[5:7]}"
    return visit.get("day_month") or (article.get("event") or {}).get("day_month")


@dataclass
class Tally:
    """right / honestly unknown / wrong counts of one kind of fact."""

    right: int = 0
    unknown: int = 0
    wrong: int = 0
    wrong_cases: list[str] = field(default_factory=list)

    def add(self, verdict: str, case: str = "") -> None:
        setattr(self, verdict, getattr(self, verdict) + 1)
        if verdict == "wrong":
            self.wrong_cases.append(case)

    @property
    def total(self) -> int:
        return self.right + self.unknown + self.wrong

    def line(self) -> str:
        return f"right {self.right:3d}  unknown {self.unknown:3d}  WRONG {self.wrong:3d}  (of {self.total})"


def _pick_visit(gold_visit: dict, found: list[dict]) -> dict | None:
    """The found visit that reports the gold one: same host if any, else the first."""
    want = _country(gold_visit.get("host_country"))
    for v in found:
        if want and _country(v.get("host_country")) == want:
            return v
    return found[0] if found else None


def _verdict(want: str, have: str) -> str:
    if not have:
        return "unknown"
    return "right" if want and have == want else "wrong"


@dataclass
class RealScores:
    n: int = 0
    by_kind: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold kind, found kind) → n
    leader: Tally = field(default_factory=Tally)
    host: Tally = field(default_factory=Tally)
    date: Tally = field(default_factory=Tally)
    counterparts: Tally = field(default_factory=Tally)  # per gold counterpart (unknown = missed)
    wrong_years: int = 0
    years_from_same_visit: int = 0
    false_visits: list[str] = field(default_factory=list)
    missed_visits: list[str] = field(default_factory=list)
    true_visits: int = 0
    visits_right: int = 0  # true visits found with the right leader and host
    wrong_leader_or_host: list[str] = field(default_factory=list)

    @property
    def kind_accuracy(self) -> float:
        right = sum(n for (g, f), n in self.confusion.items() if g == f)
        return right / self.n if self.n else 1.0


def score_real(gold: dict[str, dict], got: dict[str, dict]) -> RealScores:
    s = RealScores()
    for file, g in gold.items():
        a = got.get(file, {"visits": [], "event": {}})
        s.n += 1
        s.by_kind[g["kind"]] += 1
        fk = found_kind(a)
        s.confusion[(g["kind"], fk)] += 1
        found = [v for v in a.get("visits") or [] if v.get("leader") or v.get("host_country")]
        if g["kind"] not in VISIT_KINDS:
            if found:
                s.false_visits.append(file)
            continue
        s.true_visits += 1
        if not found:
            s.missed_visits.append(file)
        gv = g["visits"][0] if g["visits"] else {}
        v = _pick_visit(gv, found) or {}
        leader = _verdict(_norm(gv.get("leader")), _norm(v.get("leader")))
        host = _verdict(_country(gv.get("host_country")), _country(v.get("host_country")))
        s.leader.add(leader, f"{file}: {v.get('leader')!r} for {gv.get('leader')!r}")
        s.host.add(host, f"{file}: {v.get('host_country')!r} for {gv.get('host_country')!r}")
        s.visits_right += leader == "right" and host == "right"
        if "wrong" in (leader, host):
            s.wrong_leader_or_host.append(file)
        _score_date(s, file, gv, v, a)
        _score_counterparts(s, file, gv, v)
    return s


def _score_date(s: RealScores, file: str, gv: dict, v: dict, a: dict) -> None:
    want_dm, want_year = gv.get("day_month"), gv.get("year")
    have_dm, have_year = (_day_month_of(v, a), _year_of(v, a)) if v else (None, None)
    if have_year is not None and want_year is None and (a.get("event") or {}).get("year_from_article"):
        # The article states no year; another report of the same visit (same leader, host and
        # days) does. Not checkable against this article's gold: counted apart, not as right.
        s.years_from_same_visit += 1
        have_year = None
    if have_year is not None and have_year != want_year:
        s.wrong_years += 1
    if not have_dm:
        s.date.add("unknown")
    elif have_dm == want_dm and have_year in (None, want_year):
        s.date.add("right")
    else:
        s.date.add("wrong", f"{file}: {have_dm} {have_year} for {want_dm} {want_year}")


def _score_counterparts(s: RealScores, file: str, gv: dict, v: dict) -> None:
    want = {_norm(m["name"]) for m in gv.get("met") or []}
    have = {_norm(m["name"] if isinstance(m, dict) else m) for m in v.get("met") or []}
    for name in want:
        s.counterparts.add("right" if name in have else "unknown")
    for name in have - want:
        s.counterparts.add("wrong", f"{file}: {name}")


def print_real(label: str, s: RealScores) -> None:
    print(f"\nReal set, {label}: {s.n} articles — " + ", ".join(f"{k} {s.by_kind[k]}" for k in KINDS))
    print(f"kind accuracy: {s.kind_accuracy:.3f}")
    print("confusion (rows: true kind, columns: kind found)")
    print(f"{'':<13}" + "".join(f"{k[:6]:>7}" for k in KINDS))
    for g in KINDS:
        if s.by_kind[g]:
            print(f"{g:<13}" + "".join(f"{s.confusion[(g, f)] or '.':>7}" for f in KINDS))
    n = max(s.n, 1)
    nv = max(s.true_visits, 1)
    print(f"true visits {s.true_visits}: found with right leader and host {s.visits_right} "
          f"({s.visits_right / nv:.0%}); missed entirely {len(s.missed_visits)}")
    print(f"false visits (a visit shown for a call/none article): {len(s.false_visits)} "
          f"({len(s.false_visits) / n:.1%} of articles)")
    print(f"wrong leader or wrong host: {len(s.wrong_leader_or_host)} ({len(s.wrong_leader_or_host) / n:.1%} of articles)")
    for name, tally in (("leader", s.leader), ("host country", s.host), ("date", s.date),
                        ("counterparts", s.counterparts)):
        print(f"  {name:<13} {tally.line()}")
    print(f"  wrong years: {s.wrong_years}; years taken from another article of the same visit "
          f"(not stated in the article itself, so not scored): {s.years_from_same_visit}")


def print_real_details(s: RealScores) -> None:
    for name, tally in (("leader", s.leader), ("host", s.host), ("date", s.date), ("counterpart", s.counterparts)):
        for case in tally.wrong_cases:
            print(f"  WRONG {name} {case}")
    print("  false visits: " + " ".join(s.false_visits))
    print("  missed visits: " + " ".join(s.missed_visits))


def visit_share_estimate(gold_random: dict[str, dict]) -> tuple[float, float, float]:
    """Share of corpus articles that report a visit, from the random stratum: (p, low, high) at 95%
    (Wilson interval). The random stratum is a uniform draw from the whole corpus."""
    return _wilson(sum(g["kind"] in VISIT_KINDS for g in gold_random.values()), len(gold_random))


def _wilson(k: int, n: int) -> tuple[float, float, float]:
    if n == 0:
        return 0.0, 0.0, 0.0
    z, p = 1.96, k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return p, centre - half, centre + half


def stratified_estimate(gold: dict[str, dict], articles: list[dict]) -> dict:
    """Visits in the corpus estimated per stratum of the draw (draw.py): the visit-like pool (title
    or lead names a visit cue) from every labelled article of the pool — the visit-like stratum is
    a uniform draw from it — and the rest from the random stratum's other articles and the
    rest_extra draw; with the visits the archive found in each part. The random stratum alone is a small sample: it drew 14
    pool articles of 126 where the corpus has 7.5%, so its single rate overstates the total."""
    from tests.labelled.real.draw import VISIT_CUES, _title_and_lead

    in_pool = {a["file"]: bool(VISIT_CUES.search(_title_and_lead(CORPUS / a["file"]))) for a in articles}
    found = Counter(in_pool[a["file"]] for a in articles if found_kind(a) in VISIT_KINDS)
    size = Counter(in_pool.values())
    pool = [g for g in gold.values() if in_pool.get(g["file"])]
    # The rest: the random stratum's articles outside the pool and the later uniform draw from
    # outside it (draw.py, step 7).
    rest = [g for g in gold.values() if g["stratum"] in ("random", "rest_extra") and not in_pool.get(g["file"])]
    parts = {}
    for name, labelled, key in (("visit-like pool", pool, True), ("rest", rest, False)):
        p, lo, hi = _wilson(sum(g["kind"] in VISIT_KINDS for g in labelled), len(labelled))
        if len(labelled) == size[key]:  # labelled whole (draw.py step 13): a count, no interval
            lo = hi = p
        parts[name] = {"articles": size[key], "labelled": len(labelled), "rate": (p, lo, hi),
                       "found": found[key]}
    return parts


def print_stratified(parts: dict) -> None:
    total = [0.0, 0.0, 0.0]
    for name, part in parts.items():
        p, lo, hi = part["rate"]
        n = part["articles"]
        total = [t + r * n for t, r in zip(total, (p, lo, hi))]
        print(f"  {name}: {n} articles, {part['labelled']} labelled, visit rate {p:.1%} ({lo:.1%}–{hi:.1%}) "
              f"→ about {p * n:.0f} ({lo * n:.0f}–{hi * n:.0f}) visits; the archive shows {part['found']}")
    print(f"  by stratum, the corpus holds about {total[0]:.0f} visits ({total[1]:.0f}–{total[2]:.0f}); "
          f"the archive shows {sum(p['found'] for p in parts.values())}")


def corpus_counts(articles: list[dict]) -> dict:
    """What the whole corpus's export says, with no gold: the numbers that show invented visits."""
    with_visit = [a for a in articles if found_kind(a) in VISIT_KINDS]
    hosts = Counter(v.get("host_country") for a in with_visit for v in a.get("visits") or []
                    if v.get("leader") or v.get("host_country"))
    years: dict[str, Counter] = {"stated": Counter(), "inferred": Counter(), "page date": Counter()}
    for a in with_visit:  # the years a visit is shown with, on the timeline and in the CSV
        ev = a.get("event") or {}
        if ev.get("start") and ev.get("year_basis") in years:
            years[ev["year_basis"]][int(ev["start"][:4])] += 1
    return {"articles": len(articles), "with_visit": len(with_visit), "hosts": hosts, "years": years,
            "kinds": Counter(found_kind(a) for a in articles)}


def print_corpus(counts: dict, estimate: tuple[float, float, float]) -> None:
    n = counts["articles"]
    p, lo, hi = estimate
    print(f"\nWhole corpus: {n} articles; {counts['with_visit']} show a visit "
          f"({counts['with_visit'] / max(n, 1):.1%}). The random stratum implies {p:.1%} "
          f"(95% {lo:.1%}–{hi:.1%}), i.e. about {p * n:.0f} ({lo * n:.0f}–{hi * n:.0f}).")
    print("kinds found: " + ", ".join(f"{k} {counts['kinds'][k]}" for k in KINDS if counts["kinds"][k]))
    print("visits per host country (top 15): " + ", ".join(
        f"{h} {c}" for h, c in counts["hosts"].most_common(15)))
    for basis, by_year in counts["years"].items():
        if by_year:
            print(f"{basis} years of visits: " + ", ".join(f"{y}: {c}" for y, c in sorted(by_year.items())))
        else:
            print(f"{basis} years of visits: none")
