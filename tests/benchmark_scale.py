"""Scale benchmark: `python -m tests.benchmark_scale [--articles N] [--synthetic-total 100000]`.

Imports N articles of the test corpus (../shared/corpus/baomoi-2017, read in place, never copied)
into a throwaway archive through app.importer.import_paths and prints the import rate per 1,000
files, peak RSS and database size; then the latency of the queries behind the window's keystrokes
and clicks (median of 20 runs); then the same after duplicating rows in SQL up to a synthetic
total (test data only: new content hashes, same text); then, offscreen, the time to build the
main window's models on that archive (median of 5); then, in the real main window on each archive,
the time from a keystroke in the search box or the sidebar's filter (or a click on an entity) to
every pane updated and the window painted (median over the keystrokes of a few typed words).
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "baomoi-2017"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus/baomoi-2017")
TEXT = "hợp tác"


def _ms(fn, runs: int = 20) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def import_corpus(db, n: int, batch: int = 1000) -> None:
    from app.importer import import_paths

    files = sorted(CORPUS.glob("*.txt"))[:n]
    marks: list[float] = []
    start = time.perf_counter()

    def progress(done: int, _total: int, _outcome) -> None:
        if done % batch == 0 or done == len(files):
            marks.append(time.perf_counter())

    report = import_paths(db, files, progress=progress)
    end = time.perf_counter()
    edges = [start, *marks]
    sizes = [batch] * (len(marks) - 1) + [len(files) - batch * (len(marks) - 1)]
    rates = [size / (b - a) for size, a, b in zip(sizes, edges, edges[1:])]
    print(f"import: {report.count('imported')} imported, {report.count('duplicate')} duplicate, "
          f"{report.count('skipped')} skipped in {end - start:.1f} s")
    print("  files/s per batch of 1,000: " + " ".join(f"{r:.0f}" for r in rates))
    print(f"  files/s median: {statistics.median(rates):.1f}; after last file (trips, corrections): "
          f"{end - marks[-1]:.2f} s; peak RSS {_rss_mb():.0f} MB")


def synthesize(db, total: int) -> None:
    """Copy articles (and their fts rows, mentions and visits) until there are `total`."""
    m = db.execute("SELECT MAX(id) FROM articles").fetchone()[0]
    vmax = db.execute("SELECT COALESCE(MAX(id), 0) FROM visits").fetchone()[0]
    have = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    art_cols = [c.name for c in db["articles"].columns if c.name not in ("id", "content_hash")]
    vis_cols = [c.name for c in db["visits"].columns if c.name not in ("id", "article_id")]
    men_cols = [c.name for c in db["mentions"].columns if c.name != "article_id"]
    q = ", ".join(f'"{c}"' for c in art_cols)
    copy = 1
    with db.atomic():
        while have < total:
            off, limit = copy * m, total - have
            db.execute(
                f"INSERT INTO articles (id, content_hash, {q}) SELECT id + ?, content_hash || '-copy' || ?,"
                f" {q} FROM articles WHERE id <= ? ORDER BY id LIMIT ?", [off, copy, m, limit])
            db.execute("INSERT INTO articles_fts (rowid, title, body) SELECT rowid + ?, title, body "
                       "FROM articles_fts WHERE rowid IN (SELECT id - ? FROM articles WHERE id > ?)",
                       [off, off, off])
            mc = ", ".join(f'"{c}"' for c in men_cols)
            db.execute(f"INSERT INTO mentions (article_id, {mc}) SELECT article_id + ?, {mc} FROM mentions "
                       "WHERE article_id IN (SELECT id - ? FROM articles WHERE id > ?)", [off, off, off])
            vc = ", ".join(f'"{c}"' for c in vis_cols)
            db.execute(f"INSERT INTO visits (id, article_id, {vc}) SELECT id + ?, article_id + ?, {vc} "
                       "FROM visits WHERE article_id IN (SELECT id - ? FROM articles WHERE id > ?)",
                       [copy * vmax, off, off, off])
            have = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            copy += 1
    db.execute("ANALYZE")


def bench_queries(db, label: str) -> None:
    from app.store.query import Filter, article_ids, entity_facets, search, visits

    person = db.execute(
        "SELECT e.id, e.name FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.type = 'person' "
        "GROUP BY e.id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    empty, text, ent = Filter(), Filter(text=TEXT), Filter(entity_ids=frozenset({person[0]}))
    n = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    print(f"queries on {n:,} articles (ms, median of 20; entity = {person[1]}):")
    rows = [
        ("article_ids empty", lambda: article_ids(db, empty)),
        ("article_ids empty, by leader", lambda: article_ids(db, empty, sort="leader")),
        (f"article_ids text '{TEXT}'", lambda: article_ids(db, text)),
        ("article_ids entity", lambda: article_ids(db, ent)),
        ("entity_facets empty", lambda: entity_facets(db)),
        (f"entity_facets text '{TEXT}'", lambda: entity_facets(db, text)),
        ("entity_facets entity", lambda: entity_facets(db, ent)),
        ("visits()", lambda: visits(db)),
        ("visits(entity)", lambda: visits(db, ent)),
        (f"search '{TEXT}'", lambda: search(db, TEXT)),
    ]
    for name, fn in rows:
        result = fn()
        print(f"  {name:<34} {_ms(fn):8.1f}   ({len(result):,} rows)")
    from app.store.trips import rebuild_trips

    print(f"  {'rebuild_trips':<34} {_ms(lambda: rebuild_trips(db), runs=3):8.1f}   (median of 3)")


def bench_qt(path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.store.query import entity_facets
    from app.ui.archive import Archive
    from app.ui.article_model import ArticleTableModel
    from app.ui.entity_model import EntityTreeModel
    from app.ui.selection import Selection
    from app.ui.timeline import TimelineView

    # PySide6 6.12 on Python 3.11 drops a reference to None on every void method call (see the
    # report); hold extra references so thousands of item calls cannot free None mid-benchmark.
    guard = [None] * 20_000_000  # noqa: F841
    app = QApplication.instance() or QApplication([])
    archive = Archive(path)
    selection = Selection()
    model = ArticleTableModel(archive.db)

    def article_list():
        model.refresh()
        for row in range(min(40, model.rowCount())):
            for col in range(model.columnCount()):
                model.data(model.index(row, col))

    tree = EntityTreeModel()

    def sidebar():
        tree.set_facets(entity_facets(archive.db, selection.filter))

    def timeline():
        view = TimelineView(archive, selection)
        view.resize(1200, 220)
        view.plot.grab()  # paint once
        view.deleteLater()
        app.processEvents()

    print("Qt models on the same archive (ms, median of 5):")
    for name, fn in (("article list reset + first page", article_list), ("entity sidebar", sidebar),
                     ("timeline (build + paint)", timeline)):
        print(f"  {name:<34} {_ms(fn, runs=5):8.1f}")
    archive.close()


SEARCH_TYPED = ("hop tac", "thu tuong")  # typed a key at a time; diacritics optional
SIDEBAR_TYPED = ("nguyen", "viet")


def bench_window(path: Path) -> None:
    """Keystroke → every pane updated → the window painted, in the real MainWindow (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.ui.launch import setup_application
    from app.ui.main_window import MainWindow

    guard = [None] * 20_000_000  # noqa: F841 - see bench_qt
    app = QApplication.instance() or QApplication([])
    setup_application(app)
    window = MainWindow(path, auto_seed=False, interactive=False)
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    def settle() -> None:
        """Run the event loop until the search debounce (if any) has fired, then paint."""
        while window.search_timer.isActive():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        app.processEvents()
        window.grab()  # paints every pane

    def typed(widget, words) -> list[float]:
        times = []
        for word in words:
            for ch in word:
                t = time.perf_counter()
                QTest.keyClick(widget, ch)
                settle()
                times.append((time.perf_counter() - t) * 1000)
            widget.clear()
            settle()
        return times

    def clicks() -> list[float]:
        sidebar = window.sidebar
        times = []
        group = sidebar.proxy.index(0, 0)
        for row in range(min(5, sidebar.proxy.rowCount(group))):
            index = sidebar.proxy.index(row, 0, sidebar.proxy.index(0, 0))
            t = time.perf_counter()
            sidebar.tree.selectionModel().select(index, sidebar.tree.selectionModel().SelectionFlag.ClearAndSelect)
            settle()
            times.append((time.perf_counter() - t) * 1000)
            window.on_clear_filters()
            settle()
        return times

    settle()
    n = window.article_model.rowCount()
    print(f"window on {n:,} articles: keystroke → every pane updated and painted (ms; median, max):")
    for name, times in (("search box", typed(window.search_box, SEARCH_TYPED)),
                        ("sidebar filter", typed(window.sidebar.filter_edit, SIDEBAR_TYPED)),
                        ("click a person in the sidebar", clicks())):
        print(f"  {name:<34} {statistics.median(times):8.1f} {max(times):8.1f}   ({len(times)} events)")
    window.close()
    window.archive.close()
    window.deleteLater()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--synthetic-total", type=int, default=100_000)
    parser.add_argument("--db", help="reuse (or keep) the imported archive at this path")
    parser.add_argument("--no-qt", action="store_true")
    parser.add_argument("--synthetic-db", help="reuse (or keep) the synthetic archive at this path")
    parser.add_argument("--window-only", action="store_true",
                        help="only the window's keystroke latency (needs --db; --synthetic-db too for 100,000)")
    args = parser.parse_args(argv)
    from app.store.db import open_archive

    if args.window_only:
        bench_window(Path(args.db))
        if args.synthetic_db:
            bench_window(Path(args.synthetic_db))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "archive.db"
        fresh = not path.exists()
        db = open_archive(path)
        if fresh:
            import_corpus(db, args.articles)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"db size: {path.stat().st_size / 1e6:.1f} MB")
        bench_queries(db, "corpus")
        big = Path(args.synthetic_db) if args.synthetic_db else Path(tmp) / "synthetic.db"
        if big.exists():
            db.conn.close()
            db = open_archive(big)
        else:
            db.execute("VACUUM INTO ?", [str(big)])
            db.conn.close()
            db = open_archive(big)
            t = time.perf_counter()
            synthesize(db, args.synthetic_total)
            print(f"synthetic archive built in {time.perf_counter() - t:.1f} s; "
                  f"db size {big.stat().st_size / 1e6:.1f} MB")
        bench_queries(db, "synthetic")
        db.conn.close()
        if not args.no_qt:
            bench_qt(big)
            bench_window(path)
            bench_window(big)
    return 0


if __name__ == "__main__":
    sys.exit(main())
