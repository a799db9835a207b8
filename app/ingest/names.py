"""File names that are not valid UTF-8, kept losslessly and shown readably.

On POSIX a name is bytes; Python gives undecodable bytes as lone surrogates (surrogateescape),
which SQLite and most output streams refuse. The archive shows such a name with ``\\xNN`` escapes
and keeps its exact bytes beside it.
"""

from __future__ import annotations

import os
from pathlib import Path


def _is_clean(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def display_path(path: str | Path) -> str:
    """The name as text any stream or database accepts: undecodable bytes as \\xNN."""
    text = os.fspath(path)
    if _is_clean(text):
        return text
    return os.fsencode(text).decode("utf-8", errors="backslashreplace")


def path_bytes(path: str | Path) -> bytes | None:
    """The exact bytes of a name that is not valid UTF-8; None for a valid one."""
    text = os.fspath(path)
    return None if _is_clean(text) else os.fsencode(text)
