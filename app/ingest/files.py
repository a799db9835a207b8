"""Find the article files under the paths a user names: recursive, symlink-loop safe."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.os_errors import explain as explain_os_error

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}


def find_article_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Yield (path, None) for each file to import, or (path, reason) for a path that cannot be.

    Files named explicitly are always tried; inside folders only .txt/.html/.htm files are
    taken and hidden entries are skipped. Each real folder is walked once, so symlink loops end.
    """
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        try:
            st = path.stat()
        except OSError as exc:
            reason = "không tồn tại (not found)" if not path.is_symlink() else "liên kết hỏng (broken link)"
            yield path, f"{reason}: {explain_os_error(exc)}"
            continue
        if path.is_dir():
            yield from _walk(path, seen_dirs, seen_files)
        elif (st.st_dev, st.st_ino) not in seen_files:
            seen_files.add((st.st_dev, st.st_ino))
            yield path, None


def _walk(root: Path, seen_dirs: set, seen_files: set) -> Iterator[tuple[Path, str | None]]:
    try:
        st = root.stat()
    except OSError as exc:
        yield root, f"không đọc được thư mục (cannot read folder): {explain_os_error(exc)}"
        return
    if (st.st_dev, st.st_ino) in seen_dirs:
        return  # a symlink back to a folder already walked
    seen_dirs.add((st.st_dev, st.st_ino))
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield root, f"không đọc được thư mục (cannot read folder): {explain_os_error(exc)}"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=True):
                yield from _walk(path, seen_dirs, seen_files)
                continue
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            fst = entry.stat(follow_symlinks=True)
        except OSError as exc:
            yield path, f"không đọc được (unreadable): {explain_os_error(exc)}"
            continue
        if (fst.st_dev, fst.st_ino) not in seen_files:
            seen_files.add((fst.st_dev, fst.st_ino))
            yield path, None
