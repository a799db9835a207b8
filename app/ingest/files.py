"""Find the article files under the paths a user names: recursive, symlink-loop safe."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.os_errors import explain as explain_os_error

# Documents with their own reader (app/ingest/reader.py); .doc is taken so that it is named and
# refused with its reason instead of passed over in silence.
DOCUMENT_SUFFIXES = {".docx", ".odt", ".pdf", ".eml", ".msg", ".doc"}
ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".mhtml", ".mht"} | DOCUMENT_SUFFIXES
PAGE_SUFFIXES = (".html", ".htm")


def not_regular_reason(mode: int) -> str | None:
    """Why a file of this stat mode is not read, or None for a regular file. A FIFO would block
    the import forever and a device (/dev/zero, /dev/urandom) never ends: both are refused by
    their type, before anything opens them."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "ống dẫn có tên, không phải tệp thường (named pipe/FIFO, not a regular file)"
    if stat.S_ISSOCK(mode):
        return "socket, không phải tệp thường (socket, not a regular file)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "thiết bị, không phải tệp thường (device, not a regular file)"
    return "không phải tệp thường (not a regular file)"


def find_article_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Yield (path, None) for each file to import, or (path, reason) for a path that cannot be.

    Files named explicitly are always tried; inside folders only files of ARTICLE_SUFFIXES are
    taken, hidden entries are skipped, and so is the "NAME_files" folder a browser saves beside
    NAME.html (the page's images, scripts and frames: never articles). Each real folder is
    walked once, so symlink loops end.
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
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, seen_dirs, seen_files)
        elif (reason := not_regular_reason(st.st_mode)) is not None:
            yield path, reason
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
    names = {e.name for e in entries}
    for entry in entries:
        if entry.name.startswith(".") or _is_saved_page_folder(entry.name, names):
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
        if (reason := not_regular_reason(fst.st_mode)) is not None:
            yield path, reason
            continue
        if (fst.st_dev, fst.st_ino) not in seen_files:
            seen_files.add((fst.st_dev, fst.st_ino))
            yield path, None


def _is_saved_page_folder(name: str, names_beside: set[str]) -> bool:
    """"Trang_files" beside "Trang.html": the folder of a page saved as "Webpage, Complete"."""
    if not name.endswith("_files"):
        return False
    stem = name[: -len("_files")]
    return any(stem + suffix in names_beside for suffix in PAGE_SUFFIXES)
