"""OS errors are explained in Vietnamese, with the system's own text after it."""

from __future__ import annotations

import errno

from app.ingest.files import find_article_files
from app.os_errors import explain


def test_known_errors_are_explained_in_vietnamese():
    assert explain(FileNotFoundError(errno.ENOENT, "No such file or directory")) == \
        "không có tệp hoặc thư mục này (No such file or directory)"
    assert explain(PermissionError(errno.EACCES, "Permission denied")).startswith("không có quyền truy cập")
    assert explain(OSError(errno.ENOSPC, "No space left on device")).startswith("ổ đĩa đã đầy")
    assert explain(OSError(999_999, "Something odd")) == "lỗi hệ thống (Something odd)"


def test_import_reasons_are_vietnamese(tmp_path):
    ((path, reason),) = list(find_article_files([tmp_path / "không-có.txt"]))
    assert "không có tệp hoặc thư mục này" in reason
