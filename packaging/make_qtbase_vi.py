"""Writes qtbase_vi.ts: the app's own Vietnamese translation of the Qt strings its window shows (Qt
ships none). Run `python packaging/make_qtbase_vi.py` after editing the table, then
`pyside6-lrelease resources/translations/qtbase_vi.ts` (the .qm is committed next to it and bundled
with resources/ by the PyInstaller spec)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

# context → {Qt's English source: Vietnamese}
STRINGS: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có",
        "Yes to &All": "Có với &tất cả", "&No": "&Không", "N&o to All": "K&hông với tất cả",
        "Abort": "Huỷ bỏ", "Retry": "Thử lại", "Ignore": "Bỏ qua", "Close": "Đóng", "Cancel": "Huỷ",
        "Discard": "Bỏ đi", "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại",
        "Restore Defaults": "Khôi phục mặc định",
    },
    "QLineEdit": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép",
        "&Paste": "&Dán", "Delete": "Xoá", "Select All": "Chọn tất cả",
    },
    "QWidgetTextControl": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép",
        "Copy &Link Location": "Sao chép địa chỉ &liên kết", "&Paste": "&Dán", "Delete": "Xoá",
        "Select All": "Chọn tất cả",
    },
    "QAbstractSpinBox": {"&Select All": "&Chọn tất cả", "&Step up": "&Tăng", "Step &down": "&Giảm"},
    "QMessageBox": {
        "Show Details...": "Xem chi tiết...", "Hide Details...": "Ẩn chi tiết...", "OK": "Đồng ý",
        "About Qt": "Về Qt", "Help": "Trợ giúp",
    },
    "QProgressDialog": {"Cancel": "Huỷ"},
    "QDialogButtonBox": {"OK": "Đồng ý", "Cancel": "Huỷ", "&OK": "Đồng ý", "&Cancel": "&Huỷ"},
    "QFileDialog": {
        "Look in:": "Tìm trong:", "&Look in:": "&Tìm trong:", "Files of &type:": "&Loại tệp:",
        "Back": "Lùi", "Forward": "Tới", "Parent Directory": "Thư mục cha",
        "Create New Folder": "Tạo thư mục mới", "List View": "Xem dạng danh sách",
        "Detail View": "Xem chi tiết", "File &name:": "&Tên tệp:", "Files of type:": "Loại tệp:",
        "&Open": "&Mở", "&Save": "&Lưu", "&Choose": "&Chọn", "Open": "Mở", "Save As": "Lưu thành",
        "Find Directory": "Chọn thư mục", "Directory:": "Thư mục:", "Directories": "Thư mục",
        "All Files (*)": "Mọi tệp (*)", "All Files (*.*)": "Mọi tệp (*.*)", "New Folder": "Thư mục mới",
        "&New Folder": "Thư mục &mới", "&Delete": "&Xoá", "&Rename": "Đổi &tên",
        "Show &hidden files": "Hiện tệp &ẩn", "Recent Places": "Nơi mở gần đây", "Go back": "Lùi lại",
        "Go forward": "Đi tới", "Go to the parent directory": "Lên thư mục cha",
        "Create a New Folder": "Tạo một thư mục mới", "Change to list view mode": "Chuyển sang xem danh sách",
        "Change to detail view mode": "Chuyển sang xem chi tiết", "Sidebar": "Thanh bên",
        "List of places and bookmarks": "Danh sách nơi và dấu trang", "Files": "Tệp",
        "My Computer": "Máy tính", "Computer": "Máy tính", "Drive": "Ổ đĩa", "File": "Tệp",
        "File Folder": "Thư mục", "Folder": "Thư mục", "Alias": "Bí danh", "Shortcut": "Lối tắt",
        "Unknown": "Không rõ", "Remove": "Bỏ", "Clear": "Xoá",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn thay nó không?",
        "Are you sure you want to delete '%1'?": "Bạn có chắc muốn xoá «%1»?",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "«%1» được bảo vệ chống ghi.\nVẫn xoá nó?",
        "Could not delete directory.": "Không xoá được thư mục.",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
    },
    "QFileSystemModel": {
        "Name": "Tên", "Size": "Cỡ", "Type": "Loại", "Kind": "Loại", "Date Modified": "Ngày sửa",
        "My Computer": "Máy tính", "Computer": "Máy tính", "Invalid filename": "Tên tệp không hợp lệ",
        "%1 TB": "%1 TB", "%1 GB": "%1 GB", "%1 MB": "%1 MB", "%1 KB": "%1 KB", "%1 bytes": "%1 byte",
        "<b>The name \"%1\" cannot be used.</b><p>Try using another name, with fewer characters or no "
        "punctuation marks.": "<b>Không dùng được tên «%1».</b><p>Hãy dùng tên khác, ngắn hơn hoặc "
        "không có dấu câu.",
    },
    "QFileInfoGatherer": {},
    "QSideBar": {"Remove": "Bỏ"},
    "QScrollBar": {
        "Scroll here": "Cuộn tới đây", "Left edge": "Mép trái", "Top": "Trên cùng",
        "Right edge": "Mép phải", "Bottom": "Dưới cùng", "Page left": "Trang trái", "Page up": "Trang trên",
        "Page right": "Trang phải", "Page down": "Trang dưới", "Scroll left": "Cuộn trái",
        "Scroll up": "Cuộn lên", "Scroll right": "Cuộn phải", "Scroll down": "Cuộn xuống",
    },
    "QCalendarWidget": {"Today": "Hôm nay", "Week": "Tuần"},
    "QDateTimeParser": {"AM": "SA", "PM": "CH", "am": "sa", "pm": "ch"},
    "QToolButton": {},
    "QColorDialog": {},
    "QMenu": {},
}


def write(path: Path) -> int:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="vi_VN">']
    n = 0
    for context, messages in STRINGS.items():
        if not messages:
            continue
        lines += ["<context>", f"    <name>{context}</name>"]
        for source, translation in messages.items():
            lines += ["    <message>", f"        <source>{escape(source)}</source>",
                      f"        <translation>{escape(translation)}</translation>", "    </message>"]
            n += 1
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


if __name__ == "__main__":
    print(write(Path(__file__).resolve().parents[1] / "resources" / "translations" / "qtbase_vi.ts"), "messages")
