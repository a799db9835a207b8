"""Extraction benchmark on the labelled sets: `python -m tests.benchmark_extraction [OPTIONS]`.

Without options it scores the written set (tests/labelled: 36 written articles + the five seeds,
with their page debris), then the real set (tests/labelled/real: 252 real articles read from
../shared/corpus, dev and held-out splits apart), then counts what the whole corpus's export says.
Each set is imported into a throwaway archive exactly as a user would, and the export is scored:
entity P/R/F1 per type; person titles; visits; event dates; wrong years; on the real set the
article's kind (accuracy, confusion), and leader, host, date and counterparts as right / honestly
unknown / wrong; and the speed of our pipeline next to plain underthesea.ner(). Prints numbers;
asserts nothing.

  --real             only the real set and the corpus      --heldout    only the written held-out set
  --no-corpus        skip the 10,000-article corpus       --corpus-db PATH   reuse (or build once) its archive
  --dev-only         real set: the dev split only           -v           the individual errors (dev splits)
  --no-baseline, --no-speed   skip the underthesea comparison / the speed run
  --ablate RULE      the real set's dev split with and without one rule or component (a frame of
                     resources/rules/frames.tsv, title_gate, not_event, planned, side_apposition,
                     leader_by_office, leader_later, trip_countries, a date rule of
                     app.nlp.dates.DATE_RULES, or names/dates/event/visits)
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests import page_scoring as ps

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "labelled"
SEEDS = HERE.parent / "seeds"


def _key(kind: str, name: str) -> tuple[str, str]:
    from app.nlp.gazetteer import load_gazetteer
    from app.nlp.text import fold_diacritics, normalize_vi

    name = normalize_vi(name)
    if kind == "location":
        place = load_gazetteer().lookup(name)
        name = place.name if place else name
    if kind == "organization":
        # read through the archive's alias table, as places through the gazetteer: "NATO" in the
        # gold and "Tổ chức Hiệp ước Bắc Đại Tây Dương" found are one organisation (the guide's
        # canonical full form), not a miss and a false name
        from app.nlp.spans import extractor

        name = extractor().org_aliases.get(name, name)
    key = fold_diacritics(name)
    if kind == "organization":  # "UBND TP Hà Nội" = "Ủy ban nhân dân thành phố Hà Nội" (the rule)
        key = re.sub(r"\btp\.?\s", "thanh pho ", key)
    return kind, key


def load_gold(which: str = "dev") -> dict[str, dict]:
    """dev: the 36 written articles and the seeds, which the rules were developed on;
    heldout: articles written afterwards by someone who never saw the rules."""
    folders = {"dev": [(LABELLED / "articles", LABELLED / "articles"), (LABELLED / "seeds", SEEDS)],
               "heldout": [(LABELLED / "heldout", LABELLED / "heldout")]}[which]
    gold = {}
    for gold_dir, text_dir in folders:
        for path in sorted(gold_dir.glob("*.json")):
            g = json.loads(path.read_text(encoding="utf-8"))
            gold[g["file"]] = {**g, "path": text_dir / g["file"]}
    return gold


def run_import(paths: list[Path]) -> tuple[dict[str, dict], float]:
    from app.importer import import_paths
    from app.store.db import open_archive
    from app.store.export import export_articles

    with tempfile.TemporaryDirectory() as tmp:
        db = open_archive(Path(tmp) / "bench.db")
        started = time.perf_counter()
        import_paths(db, paths)
        elapsed = time.perf_counter() - started
        return {a["file"]: a for a in export_articles(db)["articles"]}, elapsed


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def entity_counts(gold: dict[str, dict], got: dict[str, dict]) -> tuple[dict, dict, tuple[int, int]]:
    """tp/fp/fn per entity type, the differences, and person titles (exact, of those found)."""
    from app.nlp.text import fold_diacritics, normalize_vi

    counts = {t: [0, 0, 0] for t in ("person", "organization", "location")}
    errors: dict[str, list[str]] = {t: [] for t in counts}
    titles_right = titles_total = 0
    for file, g in gold.items():
        a = got.get(file)
        if a is None:
            continue
        want = {_key(e["type"], e["name"]) for e in g["entities"]}
        have = {_key(e["type"], e["name"]) for e in a["entities"]}
        for t in counts:
            w = {k for k in want if k[0] == t}
            h = {k for k in have if k[0] == t}
            counts[t][0] += len(w & h)
            counts[t][1] += len(h - w)
            counts[t][2] += len(w - h)
            errors[t] += [f"{file[:8]} +{n}" for _, n in h - w] + [f"{file[:8]} -{n}" for _, n in w - h]
        got_titles = {_key("person", e["name"]): e["title"] for e in a["entities"] if e["type"] == "person"}
        for e in g["entities"]:
            if e["type"] == "person" and _key("person", e["name"]) in got_titles:
                titles_total += 1
                mine = got_titles[_key("person", e["name"])] or ""
                same = [re.sub(r"[\s-]+", " ", fold_diacritics(normalize_vi(t))) for t in (mine, e["title"] or "")]
                titles_right += same[0] == same[1]  # "châu Á-Thái Bình Dương" = "châu Á Thái Bình Dương"
    return counts, errors, (titles_right, titles_total)


def score(gold: dict[str, dict], got: dict[str, dict]) -> dict:
    counts, errors, (titles_right, titles_total) = entity_counts(gold, got)
    visits_right = dates_right = wrong_years = 0
    details = []
    for file, g in gold.items():
        a = got.get(file)
        if a is None:
            details.append(f"{file}: not imported")
            continue
        gv, av = g["visit"], (a["visits"] or [{}])[0]
        ok = (
            _key("person", av.get("leader") or "") == _key("person", gv["leader"])
            and _key("location", av.get("host_country") or "") == _key("location", gv["host_country"])
            and {_key("location", p) for p in av.get("places") or []} >= {_key("location", p) for p in gv["places"]}
        )
        visits_right += ok
        if not ok:
            details.append(f"visit {file[:3]}: got {av.get('leader')}/{av.get('host_country')}/{av.get('places')}"
                           f" want {gv['leader']}/{gv['host_country']}/{gv['places']}")
        ge, ae = g["event"], a["event"]
        want_start = ge["start"] or (f"{g['archive_year']}-" if g.get("archive_year") else None)
        right = (
            (ae["start"] == ge["start"] and (ae["day_month"] or "") == (ge["day_month"] if not ge["start"] else ""))
            or (g.get("archive_year") and ae["start"] and ae["start"].startswith(str(g["archive_year"]))
                and ae["start"][5:] == "-".join(reversed((ge["day_month"] or "").split("/"))))
            or (not ge["start"] and not ae["start"] and _dm(ae["day_month"]) == _dm(ge["day_month"]))
        )
        dates_right += bool(right)
        if ae["start"] and want_start and not ae["start"].startswith(want_start[:4]):
            wrong_years += 1
            details.append(f"WRONG YEAR {file[:3]}: got {ae['start']} want {want_start}")
        elif ae["start"] and not want_start:
            wrong_years += 1
            details.append(f"WRONG YEAR {file[:3]}: got {ae['start']}, year should be unknown")
        elif not right:
            details.append(f"date {file[:3]}: got {ae['start']} {ae['day_month']} want {ge['start']} {ge['day_month']}")
    return {"counts": counts, "errors": errors, "titles": (titles_right, titles_total), "visits": visits_right,
            "dates": dates_right, "wrong_years": wrong_years, "n": len(gold), "details": details}


def _dm(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    d, m = re.findall(r"\d+", text)[:2]
    return int(d), int(m)


def speed(gold: dict[str, dict], repeats: int = 3) -> tuple[float, float, int]:
    """Sentences per second: our analysis vs underthesea.ner() alone, medians of repeats."""
    from underthesea import ner, sent_tokenize

    from app.ingest.reader import read_article_file
    from app.nlp.pipeline import analyze

    articles = [read_article_file(g["path"]).article for g in gold.values()]
    sentences = [s for a in articles for p in [a.title, *a.prose] for s in sent_tokenize(p)]
    ours, theirs = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        for a in articles:
            analyze(a)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        for s in sentences:
            ner(s)
        theirs.append(time.perf_counter() - t)
    n = len(sentences)
    return n / statistics.median(ours), n / statistics.median(theirs), n


_NER_TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}


def underthesea_baseline(gold: dict[str, dict]) -> dict[str, dict]:
    """What plain underthesea.ner() finds in the same clean articles, in the export's shape."""
    from underthesea import ner, sent_tokenize

    from app.ingest.reader import read_article_file

    out = {}
    for file, g in gold.items():
        article = read_article_file(g["path"]).article
        entities = set()
        for paragraph in [article.title, *article.prose]:
            for sentence in sent_tokenize(paragraph):
                current: list[str] = []
                kind = None
                for word, _pos, _chunk, tag in [*ner(sentence), ("", "", "", "O")]:
                    if tag.startswith("I-") and current:
                        current.append(word)
                        continue
                    if current:
                        entities.add((_NER_TYPES[kind], " ".join(current)))
                    current, kind = ([word], tag[2:]) if tag.startswith("B-") and tag[2:] in _NER_TYPES else ([], None)
        out[file] = {"entities": [{"type": t, "name": n, "title": None} for t, n in entities],
                     "visits": [], "event": {"start": None, "day_month": None}}
    return out


def with_crf_people(got: dict[str, dict], crf: dict[str, dict]) -> dict[str, dict]:
    """Our export plus the CRF's multi-word persons that overlap none of ours (one signal more)."""
    out = {}
    for file, article in got.items():
        ours = [_key(e["type"], e["name"])[1] for e in article["entities"]]
        extra = [
            e for e in crf.get(file, {}).get("entities", [])
            if e["type"] == "person" and len(e["name"].split()) >= 2
            and not any(_key("person", e["name"])[1] in k or k in _key("person", e["name"])[1] for k in ours)
        ]
        out[file] = {**article, "entities": article["entities"] + extra}
    return out


def print_entities(counts: dict) -> None:
    print(f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}   tp  fp  fn")
    for t, (tp, fp, fn) in counts.items():
        p, r, f = prf(tp, fp, fn)
        print(f"{t:<14}{p:7.3f}{r:7.3f}{f:7.3f} {tp:4d}{fp:4d}{fn:4d}")
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    print(f"{'all':<14}" + "".join(f"{x:7.3f}" for x in prf(tp, fp, fn)))


def written_set(which: str, args: list[str]) -> None:
    gold = load_gold(which)
    got, elapsed = run_import([g["path"] for g in gold.values()])
    s = score(gold, got)
    label = "held-out set" if which == "heldout" else "development set (36 written + 5 seeds)"
    print(f"Written {label}: {s['n']} articles; import took {elapsed:.1f} s")
    print_entities(s["counts"])
    tr, tt = s["titles"]
    print(f"person titles exact: {tr}/{tt} = {tr / max(tt, 1):.3f}")
    print(f"visits right (leader, host, places): {s['visits']}/{s['n']} = {s['visits'] / s['n']:.3f}")
    print(f"event dates right or honestly unknown: {s['dates']}/{s['n']} = {s['dates'] / s['n']:.3f}")
    print(f"wrong years: {s['wrong_years']}")
    pages = ps.score_written(gold, got)
    print(pages.line("the article in the page"))
    if which == "dev":
        from tests.test_page_shapes import load_page_gold

        shapes = load_page_gold()
        # One archive per page: several shapes carry the same story, which one archive keeps once.
        shapes_got = {}
        for g in shapes.values():
            shapes_got.update(run_import([g["path"]])[0])
        shape_score = ps.score_written(shapes, shapes_got)
        print(shape_score.line(f"page shapes (tests/pages, {len(shapes)} pages)"))
        if "-v" in args:
            print("  " + "\n  ".join(shape_score.errors))
    if "--no-baseline" not in args:
        crf = underthesea_baseline(gold)
        base = score(gold, crf)
        print("plain underthesea.ner() on the same clean text (entity F1):  " + "  ".join(
            f"{t} {prf(*c)[2]:.3f}" for t, c in base["counts"].items()))
        combined = score(gold, with_crf_people(got, crf))
        p, r, f = prf(*combined["counts"]["person"])
        print(f"rules + underthesea persons the rules missed: person P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if "--no-speed" not in args:
        ours, theirs, n = speed(gold)
        print(f"speed on {n} sentences: pipeline {ours:.0f} sent/s, underthesea.ner() {theirs:.0f} sent/s "
              f"(ratio {ours / theirs:.1f}×)")
    if "-v" in args:
        for t, errs in s["errors"].items():
            print(f"\n{t} errors (+ spurious, - missed):\n  " + "\n  ".join(errs))
        print("\n" + "\n".join(s["details"]))
        print("\n" + "\n".join(pages.errors))


def real_set(args: list[str]) -> None:
    """Both splits of tests/labelled/real, then the whole corpus (no gold) unless --no-corpus."""
    from tests import real_scoring as rs

    if not rs.corpus_present():
        print(f"\nReal set skipped: {rs.CORPUS_MISSING}")
        return
    gold = rs.load_real_gold()
    got, elapsed = run_import([g["path"] for g in gold.values()])
    print(f"\nReal labelled set: {len(gold)} articles of ../shared/corpus/baomoi-2017; import took {elapsed:.1f} s")
    splits = ["dev"] + (["heldout"] if "--dev-only" not in args else [])
    for split in splits:
        part = {f: g for f, g in gold.items() if g["split"] == split}
        s = rs.score_real(part, got)
        rs.print_real(f"{split} ({'never read while developing' if split == 'heldout' else 'developed on'})", s)
        pages = ps.score_real_pages(part, got)
        print(pages.line("the article in the file (title = line 1)"))
        if "-v" in args and split == "dev":
            print("  " + "\n  ".join(pages.errors))
        with_entities = {f: g for f, g in part.items() if "entities" in g}
        if with_entities:
            counts, errors, (tr, tt) = entity_counts(with_entities, got)
            print(f"entities on the {len(with_entities)} fully annotated {split} articles "
                  f"(person titles exact {tr}/{tt}):")
            print_entities(counts)
            if "-v" in args and split == "dev":
                for t, errs in errors.items():
                    print(f"\n{t} errors (+ spurious, - missed):\n  " + "\n  ".join(errs))
        if "-v" in args and split == "dev":
            rs.print_real_details(s)
    if "--no-corpus" in args:
        return
    random_stratum = {f: g for f, g in gold.items() if g["stratum"] == "random"}
    articles = corpus_export(args)
    rs.print_corpus(rs.corpus_counts(articles), rs.visit_share_estimate(random_stratum))
    rs.print_stratified(rs.stratified_estimate(gold, articles))


def corpus_export(args: list[str]) -> list[dict]:
    """The export of an archive of the whole corpus: --corpus-db PATH reuses (or builds once) one."""
    from app.importer import import_paths
    from app.store.db import open_archive
    from app.store.export import export_articles
    from tests import real_scoring as rs

    path = Path(args[args.index("--corpus-db") + 1]) if "--corpus-db" in args else None
    with tempfile.TemporaryDirectory() as tmp:
        db_path = path or Path(tmp) / "corpus.db"
        fresh = not db_path.exists()
        db = open_archive(db_path)
        if fresh:
            started = time.perf_counter()
            import_paths(db, [rs.CORPUS])
            print(f"\n(imported the corpus in {time.perf_counter() - started:.0f} s)")
        return export_articles(db)["articles"]


def ablate(rule: str, args: list[str]) -> None:
    """The real set's dev split with and without one rule or component (app.nlp.pipeline.disabled)."""
    from app.nlp.pipeline import disabled
    from tests import real_scoring as rs

    if not rs.corpus_present():
        print(f"Ablation skipped: {rs.CORPUS_MISSING}")
        return
    gold = rs.load_real_gold("dev")
    paths = [g["path"] for g in gold.values()]
    full = rs.score_real(gold, run_import(paths)[0])
    with disabled(rule):
        without = rs.score_real(gold, run_import(paths)[0])
    print(f"Real set, dev split ({full.n} articles): with and without {rule!r}")
    rows = [
        ("kind accuracy", lambda s: f"{s.kind_accuracy:.3f}"),
        ("visits right (leader and host)", lambda s: s.visits_right),
        ("wrong leader or host (articles)", lambda s: len(s.wrong_leader_or_host)),
        ("false visits", lambda s: len(s.false_visits)),
        ("missed visits", lambda s: len(s.missed_visits)),
        ("counterparts right / WRONG", lambda s: f"{s.counterparts.right} / {s.counterparts.wrong}"),
        ("dates right / WRONG", lambda s: f"{s.date.right} / {s.date.wrong}"),
        ("wrong years", lambda s: s.wrong_years),
    ]
    print(f"{'':<34}{'with':>10}{'without':>10}")
    for label, value in rows:
        print(f"{label:<34}{value(full)!s:>10}{value(without)!s:>10}")


def main() -> int:
    args = sys.argv[1:]
    if "--ablate" in args:
        ablate(args[args.index("--ablate") + 1], args)
        return 0
    if "--real" not in args:
        written_set("heldout" if "--heldout" in args else "dev", args)
    if "--heldout" not in args:
        real_set(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
