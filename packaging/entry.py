"""PyInstaller entry point for Protocol Archive: run the same main() as the console script.

PROTOCOL_ARCHIVE_BUNDLE_CHECK=1 instead checks that the frozen bundle carries the data the app needs
(underthesea's CRF models, the gazetteer, resources/, seeds/), prints a JSON report and
exits 0 if all is there. Used by packaging tests; it reads only files inside the bundle.
"""

import os
import sys


def bundle_check() -> int:
    import json

    report, ok = {}, True

    def probe(name, fn):
        nonlocal ok
        try:
            report[name] = fn()
        except Exception as exc:  # report every missing piece, not only the first
            ok = False
            report[name] = f"FAILED: {type(exc).__name__}: {exc}"

    def _ner():
        import underthesea

        tags = underthesea.ner("Chủ tịch nước Lương Cường hội kiến Thị trưởng Lima.")
        return {"tokens": len(tags), "entities": [f"{t[0]}/{t[3]}" for t in tags if t[3] != "O"]}

    def _ws():
        import underthesea

        return underthesea.word_tokenize("Chủ tịch nước Lương Cường thăm chính thức Peru")

    def _gazetteer():
        from app.nlp.gazetteer import load_gazetteer

        return load_gazetteer().country_of("Pê-ru")

    def _data():
        from app.paths import resource_path, seeds_dir

        seeds = sorted(p.name for p in seeds_dir().glob("*.txt"))
        if not seeds or not resource_path("gazetteer").is_dir():
            raise FileNotFoundError(f"resources/seeds not bundled under {resource_path()}")
        return {"seeds": len(seeds), "resources": sorted(p.name for p in resource_path().iterdir())}

    def _qt():
        import pyqtgraph
        from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401

        return {"qt": QtCore.qVersion(), "pyqtgraph": pyqtgraph.__version__}

    for name, fn in (("ner", _ner), ("word_tokenize", _ws), ("gazetteer_Peru", _gazetteer),
                     ("bundled_data", _data), ("qt", _qt)):
        probe(name, fn)
    report["ok"] = ok
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0 if ok else 1


if __name__ == "__main__":
    if os.environ.get("PROTOCOL_ARCHIVE_BUNDLE_CHECK") == "1":
        sys.exit(bundle_check())
    from app.__main__ import main

    sys.exit(main())
