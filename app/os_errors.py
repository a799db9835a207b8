"""Operating-system errors explained in Vietnamese: "không có tệp hoặc thư mục này (No such file or
directory)". The system's own text is English on most machines; the Vietnamese meaning of each errno
is data (resources/messages/os_errors_vi.tsv), the system's text follows in parentheses. No Qt."""

from __future__ import annotations

import errno
from functools import lru_cache

from app.paths import resource_path


@lru_cache(maxsize=1)
def _messages() -> dict[int, str]:
    messages = {}
    for line in resource_path("messages", "os_errors_vi.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, text = line.partition("\t")
        code = getattr(errno, name.strip(), None)
        if code is not None and text.strip():
            messages[code] = text.strip()
    return messages


def explain(exc: BaseException) -> str:
    """A Vietnamese explanation of an OSError, with the system's text after it; other errors as they are."""
    if not isinstance(exc, OSError):
        return str(exc)
    system = exc.strerror or str(exc)
    meaning = _messages().get(exc.errno) if exc.errno is not None else None
    if meaning is None and isinstance(exc, PermissionError):
        meaning = _messages().get(errno.EACCES)
    if meaning is None:
        return f"lỗi hệ thống ({system})"
    return f"{meaning} ({system})" if system and system.casefold() != meaning.casefold() else meaning
