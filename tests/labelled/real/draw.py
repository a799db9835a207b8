"""The seeded draw that chose the real labelled set (run once; re-running prints the same list).

`python tests/labelled/real/draw.py [CORPUS_DIR]` prints, one per line, `file<TAB>stratum<TAB>split`
for the articles of ../shared/corpus/baomoi-2017 that make up tests/labelled/real/. It reads only
file names, titles and leads; nothing of the corpus is copied into the project.

Procedure (decided before any article was read):
1. Sort the corpus's file names.
2. Stratum `random`: 126 files drawn with random.Random(SEED_RANDOM).sample from all of them.
3. Stratum `visit_like`: the files not drawn in step 2 whose title or lead (the first two lines)
   contains one of VISIT_CUES (a visit, a reception, talks, a delegation, a call or an ambassador),
   sorted; 126 of them drawn with random.Random(SEED_VISIT_LIKE).sample.
4. Held-out third: within each stratum, sorted by file name, random.Random(SEED_HELDOUT).sample
   picks 42 files (one third) as `heldout`; the rest are `dev`. The held-out articles are never
   read while rules are developed; only the benchmark scores them.
5. Full entity gold: among the 252 articles of at most ENTITY_MAX_CHARS characters (a bound that
   keeps a hand annotation of every name feasible), random.Random(SEED_ENTITIES).sample picks 84.
6. Stratum `visit_like_extra` (drawn later, when the development part proved too small to tell a
   rule from a fit): of the step-3 candidates not drawn in step 3, sorted,
   random.Random(SEED_EXTRA).sample picks EXTRA more, all `dev`, without entity gold. Together with
   step 3 they are still a random sample of the same pool, so the per-stratum estimate counts them
   with the `visit_like` ones; the held-out files are unchanged.
7. Stratum `rest_extra` (drawn later still, when the corpus-wide count could not be judged: the
   random stratum held only 112 articles outside the visit-like pool, so its estimate of the
   visits outside the pool spanned 232–1,050): of the corpus files outside the step-3 pool and not
   drawn in step 2, sorted, random.Random(SEED_REST).sample picks REST_EXTRA, all `dev`, without
   entity gold. With the random stratum's own articles outside the pool they are a uniform sample
   of the rest, so the per-stratum estimate counts them together.
8. More of stratum `visit_like_extra` (when the held-out third kept missing inbound and foreign
   visits the development part had too few of to study): of the step-3 candidates drawn in none of
   steps 3 and 6, sorted, random.Random(SEED_EXTRA_MORE).sample picks EXTRA_MORE, all `dev`.
9. Stratum `visit_like_heldout` (when the held-out third's 33 true visits left the targets
   unmeasurable: one visit was three points of "found right"): of the step-3 candidates drawn in
   none of steps 3, 6 and 8, sorted, random.Random(SEED_HELDOUT_MORE).sample picks HELDOUT_MORE,
   all `heldout`, labelled and checked by readers who had not seen the rules' output. Like step 6
   they are a random sample of the same pool, counted with it by the per-stratum estimate.
10. More full entity gold (when the 54 development articles with it held too few of the general
   news whose organisations the held-out part showed the rules getting wrong): among the step-7
   `rest_extra` articles of at most ENTITY_MAX_CHARS characters, random.Random(SEED_ENTITIES_MORE)
   .sample picks ENTITY_MORE; they stay `dev`.
11. More of stratum `visit_like_extra` (when the development part scored 86% of its visits right
   and the held-out part 67%: the rules fitted the development articles, so fresh ones were needed
   to find the failures that generalise): of the step-3 candidates drawn in none of steps 3, 6, 8
   and 9, sorted, random.Random(SEED_EXTRA_LAST).sample picks EXTRA_LAST, all `dev`.
12. One more draw of stratum `visit_like_extra` (when the rules written on the step-11 articles
   raised the development part to 88% of its visits right and the held-out part only to 72%: the
   failures that generalise still needed fresh articles): of the step-3 candidates drawn in none
   of steps 3, 6, 8, 9 and 11, sorted, random.Random(SEED_EXTRA_FINAL).sample picks EXTRA_FINAL,
   all `dev`.
13. The rest of the visit-like pool (when step 12's first run scored 71% of its visits right, as
   the held-out part did: each fresh draw still showed new failures): every step-3 candidate drawn
   in none of the steps before, sorted, all `dev`. The pool is then labelled whole, so its part of
   the corpus estimate is a count, not a sample.
14. More full entity gold on general news (when the held-out 30 kept organisation precision at
   0.61 while dev reached 0.91: the organisation rules did not reach news they were not written
   on): among the step-7 `rest_extra` articles of at most ENTITY_MAX_CHARS characters that step 10
   did not pick, random.Random(SEED_ENTITIES_LAST).sample picks ENTITY_LAST; they stay `dev`.
15. More of stratum `rest_extra` (when the whole visit-like pool was labelled and the corpus-wide
   estimate still spanned 727–1,285 visits, nearly all of its width from the rest of the corpus,
   where the archive showed about 228 of some 558 estimated visits): of the step-7 candidates that
   neither step 2 nor step 7 drew, sorted, random.Random(SEED_REST_MORE).sample picks REST_MORE, all
   `dev`, without entity gold. The union with step 7 is still a uniform sample of the rest.
16. Full entity gold on ENTITY_REST of the step-15 articles of at most ENTITY_MAX_CHARS characters,
   random.Random(SEED_ENTITIES_REST).sample (when the names rules written on the first 104 dev
   articles needed fresh general news to be judged on before the held-out 30); they stay `dev`.
17. Stratum `rest_cued` (when the pool was labelled whole and the rest's visits — half of them
   missed — were too few in a uniform draw to study: 18 in 370 development articles): of the corpus
   files outside the step-3 pool drawn by none of the steps before, sorted, those whose first
   BODY_CUE_CHARS characters hold BODY_CUE_MIN matches of BODY_CUES; random.Random(SEED_REST_CUED)
   .sample picks REST_CUED, all `dev`. Chosen by their words, they are no uniform sample: the
   per-stratum estimate leaves them out.
18. More of stratum `rest_cued` (when the rules written on the step-17 articles had lifted them from
   60% to 67% of their visits right, and the rest's visits still needed fresh articles to be judged
   on): of the step-17 candidates it did not draw, sorted, random.Random(SEED_REST_CUED_MORE).sample
   picks REST_CUED_MORE, all `dev`.
19. More full entity gold (when the held-out 30 scored organisations at F1 0.66 and precision 0.64
   while the 124 development articles with entity gold reached 0.83 and 0.89: the names rules
   still fitted the articles they were written on, and their first score on fresh ones was needed):
   among the `dev` articles of at most ENTITY_MAX_CHARS characters without entity gold, in the
   order above, random.Random(SEED_ENTITIES_FRESH).sample picks ENTITY_FRESH; they stay `dev`.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

SEED_RANDOM = 20261201
SEED_VISIT_LIKE = 20261202
SEED_HELDOUT = 20261203
PER_STRATUM = 126
HELDOUT_PER_STRATUM = PER_STRATUM // 3
SEED_ENTITIES = 20261204
SEED_EXTRA = 20261205
EXTRA = 60
SEED_REST = 20261206
REST_EXTRA = 140
SEED_EXTRA_MORE = 20261207
EXTRA_MORE = 80
SEED_HELDOUT_MORE = 20261208
HELDOUT_MORE = 84
SEED_ENTITIES_MORE = 20261209
ENTITY_MORE = 30
SEED_ENTITIES_LAST = 20261212
ENTITY_LAST = 20
SEED_REST_MORE = 20261213
REST_MORE = 160
SEED_ENTITIES_REST = 20261214
ENTITY_REST = 20
SEED_REST_CUED = 20261215
REST_CUED = 100
SEED_REST_CUED_MORE = 20261216
REST_CUED_MORE = 100
SEED_ENTITIES_FRESH = 20261217
ENTITY_FRESH = 24
BODY_CUE_CHARS = 3000
BODY_CUE_MIN = 2
SEED_EXTRA_LAST = 20261210
EXTRA_LAST = 84
SEED_EXTRA_FINAL = 20261211
EXTRA_FINAL = 84
ENTITY_GOLD = 84
ENTITY_MAX_CHARS = 6000

VISIT_CUES = re.compile(
    r"thăm chính thức|thăm cấp nhà nước|thăm hữu nghị|thăm làm việc|chuyến thăm|sang thăm|tới thăm|"
    r"đến thăm|thăm Việt Nam|hội đàm|hội kiến|tiếp xã giao|tiếp Đại sứ|tiếp đoàn|tiếp Bộ trưởng|"
    r"tiếp Thủ tướng|tiếp Chủ tịch|tiếp Tổng thống|tiếp Phó|điện đàm|Đại sứ|đoàn đại biểu|dẫn đầu đoàn|"
    r"Hội nghị cấp cao|thượng đỉnh|Thượng đỉnh|lễ đón",
)

BODY_CUES = re.compile(
    r"thăm chính thức|thăm cấp nhà nước|thăm làm việc|chuyến thăm|hội đàm|hội kiến|tiếp xã giao|điện đàm|"
    r"công du|đoàn đại biểu|Hội nghị cấp cao|thượng đỉnh",
)

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus" / "baomoi-2017"


def _title_and_lead(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace") as f:
        return f.readline() + f.readline()


def _take(pool: list[str], seed: int, n: int) -> tuple[list[str], list[str]]:
    """(n files drawn from the sorted pool with the seed, sorted; the pool left, sorted)."""
    drawn = sorted(random.Random(seed).sample(pool, n))
    return drawn, sorted(set(pool) - set(drawn))


def draw(corpus: Path) -> list[tuple[str, str, str, str]]:
    """(file, stratum, split, "entities" or "") for every article of the set, in a fixed order."""
    names = sorted(p.name for p in corpus.glob("*.txt"))
    chosen_random = random.Random(SEED_RANDOM).sample(names, PER_STRATUM)
    taken = set(chosen_random)
    candidates = [n for n in names if n not in taken and VISIT_CUES.search(_title_and_lead(corpus / n))]
    chosen_visit = random.Random(SEED_VISIT_LIKE).sample(candidates, PER_STRATUM)
    rows = []
    for stratum, files in (("random", chosen_random), ("visit_like", chosen_visit)):
        files = sorted(files)
        heldout = set(random.Random(SEED_HELDOUT).sample(files, HELDOUT_PER_STRATUM))
        rows += [(f, stratum, "heldout" if f in heldout else "dev") for f in files]
    short = [f for f, _s, _p in rows if len((corpus / f).read_text(encoding="utf-8", errors="replace")) <= ENTITY_MAX_CHARS]
    with_entities = set(random.Random(SEED_ENTITIES).sample(short, ENTITY_GOLD))
    rows = [(f, s, p, "entities" if f in with_entities else "") for f, s, p in rows]
    left = sorted(set(candidates) - set(chosen_visit))
    extra, still_left = _take(left, SEED_EXTRA, EXTRA)
    rows += [(f, "visit_like_extra", "dev", "") for f in extra]
    rest = sorted(set(names) - set(candidates) - taken)
    rest_extra = sorted(random.Random(SEED_REST).sample(rest, REST_EXTRA))
    short_rest = [f for f in rest_extra if len((corpus / f).read_text(encoding="utf-8", errors="replace")) <= ENTITY_MAX_CHARS]
    more_entities = set(random.Random(SEED_ENTITIES_MORE).sample(short_rest, ENTITY_MORE))
    last_entities = set(random.Random(SEED_ENTITIES_LAST).sample(sorted(set(short_rest) - more_entities), ENTITY_LAST))
    rows += [(f, "rest_extra", "dev", "entities" if f in more_entities | last_entities else "") for f in rest_extra]
    more, last_left = _take(still_left, SEED_EXTRA_MORE, EXTRA_MORE)
    rows += [(f, "visit_like_extra", "dev", "") for f in more]
    held_more, final_left = _take(last_left, SEED_HELDOUT_MORE, HELDOUT_MORE)
    rows += [(f, "visit_like_heldout", "heldout", "") for f in held_more]
    extra_last, pool_rest = _take(final_left, SEED_EXTRA_LAST, EXTRA_LAST)
    rows += [(f, "visit_like_extra", "dev", "") for f in extra_last]
    extra_final, pool_last = _take(pool_rest, SEED_EXTRA_FINAL, EXTRA_FINAL)
    rows += [(f, "visit_like_extra", "dev", "") for f in extra_final]
    rows += [(f, "visit_like_extra", "dev", "") for f in pool_last]
    rest_more, _rest_left = _take(sorted(set(rest) - set(rest_extra)), SEED_REST_MORE, REST_MORE)
    short_more = [f for f in rest_more if len((corpus / f).read_text(encoding="utf-8", errors="replace")) <= ENTITY_MAX_CHARS]
    rest_entities = set(random.Random(SEED_ENTITIES_REST).sample(short_more, ENTITY_REST))
    rows += [(f, "rest_extra", "dev", "entities" if f in rest_entities else "") for f in rest_more]
    cued = [f for f in _rest_left if len(BODY_CUES.findall(
        (corpus / f).read_text(encoding="utf-8", errors="replace")[:BODY_CUE_CHARS])) >= BODY_CUE_MIN]
    rest_cued, cued_left = _take(cued, SEED_REST_CUED, REST_CUED)
    rest_cued_more, _cued_rest = _take(cued_left, SEED_REST_CUED_MORE, REST_CUED_MORE)
    rows += [(f, "rest_cued", "dev", "") for f in rest_cued + rest_cued_more]
    bare = [f for f, _s, split, ent in rows if split == "dev" and not ent
            and len((corpus / f).read_text(encoding="utf-8", errors="replace")) <= ENTITY_MAX_CHARS]
    fresh = set(random.Random(SEED_ENTITIES_FRESH).sample(bare, ENTITY_FRESH))
    return [(f, s, split, "entities" if f in fresh else ent) for f, s, split, ent in rows]


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    for row in draw(corpus):
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
