"""Small dialogs that ask for a correction: the event date, the leader, the host country, an entity's
new name and the entity to merge into. They only ask; the caller writes the correction.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.nlp.text import fold_diacritics
from app.store.query import APPROXIMATE_YEARS

CORRECTED_MARK = "✎"
DATE_FORMAT = "dd/MM/yyyy"
DAY_MONTH_FORMAT = "dd/MM"


def _iso(qdate: QDate) -> str:
    return qdate.toString("yyyy-MM-dd")


def _qdate(iso: str | None) -> QDate:
    return QDate.fromString(iso or "", "yyyy-MM-dd")


class _AskDialog(QDialog):
    """A form above OK / Cancel; OK is enabled only while the form is valid."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.validate()

    def is_valid(self) -> bool:
        return True

    def validate(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.is_valid())

    def accept(self) -> None:
        if self.is_valid():
            super().accept()


class DateDialog(_AskDialog):
    """Start and end of the event, and its year — or *năm chưa rõ* (year unknown).

    It pre-fills only what is known: a date the archive has, or the day and month an article
    gives without a year (then "year unknown" is ticked and no year is shown), or nothing at all
    ("chưa rõ"). A year is never made up: unticking "year unknown" asks for one before Lưu.
    While the year is unknown the two fields hold a day and month (on a leap year inside, so
    29/02 exists); a range may cross the new year.
    """

    NO_DATE = QDate(1899, 12, 31)  # the fields' minimum: shown as "chưa rõ", never saved
    NO_YEAR = 1899  # the year field's minimum: shown as "—", a year not chosen yet
    YEARLESS = 2000  # the leap year day/month fields sit on while the year is unknown

    def __init__(self, detail: dict, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sửa ngày"), parent)
        self.setObjectName("dateDialog")
        title = QLabel(detail.get("title") or "", self)
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        title.setStyleSheet("font-weight:600")
        self.layout_.insertWidget(0, title)
        self.year_unknown_box = QCheckBox(self.tr("Năm chưa rõ"), self)
        self.year_unknown_box.setObjectName("yearUnknown")
        self.year_unknown_box.setToolTip(self.tr("Chỉ lưu ngày và tháng; năm để trống"))
        self.year_edit = QSpinBox(self)
        self.year_edit.setObjectName("eventYear")
        self.year_edit.setRange(self.NO_YEAR, 2100)
        self.year_edit.setSpecialValueText("—")
        self.year_edit.setGroupSeparatorShown(False)
        self.start_edit = QDateEdit(self)
        self.start_edit.setObjectName("startDate")
        self.end_edit = QDateEdit(self)
        self.end_edit.setObjectName("endDate")
        for edit in (self.start_edit, self.end_edit):
            edit.setDateRange(self.NO_DATE, QDate(2101, 12, 31))
            edit.setSpecialValueText(self.tr("chưa rõ"))
        self.note = QLabel(self)
        self.note.setObjectName("yearNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#a15c00")

        start, end = _qdate(detail.get("event_start")), _qdate(detail.get("event_end"))
        self.year_unknown = not start.isValid()  # what the archive knew when the dialog opened
        if self.year_unknown:
            start = self._day_month(detail.get("day_month"), self.YEARLESS)
            end = self._day_month(detail.get("end_day_month"), self.YEARLESS)
            if end.isValid() and start.isValid() and end < start:
                end = end.addYears(1)
            if detail.get("day_month"):
                self.note.setText(self.tr("Chưa rõ năm: bài chỉ ghi ngày {dm}. Nếu biết năm, bỏ chọn "
                                          "«Năm chưa rõ» và nhập năm.").format(dm=detail["day_month"]))
            else:
                self.note.setText(self.tr("Chưa rõ ngày: bài không ghi ngày của sự kiện."))
        elif detail.get("year_basis") in APPROXIMATE_YEARS:
            self.note.setText(self.tr("Năm được suy ra từ ngữ cảnh, chưa chắc chắn."))
        if not start.isValid():
            start = self.NO_DATE
        if not end.isValid() or end < start:
            end = start
        self.year_unknown_box.setChecked(self.year_unknown)
        self.year_edit.setValue(self.NO_YEAR if self.year_unknown else start.year())
        self.start_edit.setDate(start)
        self.end_edit.setDate(end)
        self._show_year_mode()
        self.note.setVisible(bool(self.note.text()))

        year_row = QHBoxLayout()
        year_row.addWidget(self.year_edit)
        year_row.addWidget(self.year_unknown_box, 1)
        self.form.addRow(self.tr("Năm"), year_row)
        self.form.addRow(self.tr("Từ ngày"), self.start_edit)
        self.form.addRow(self.tr("Đến ngày"), self.end_edit)
        self.layout_.addWidget(self.note)
        self.year_unknown_box.toggled.connect(self.on_year_unknown_toggled)
        self.year_edit.valueChanged.connect(self.on_year_changed)
        self.start_edit.dateChanged.connect(self.on_start_changed)
        self.end_edit.dateChanged.connect(self.validate)
        self.finish()

    @staticmethod
    def _day_month(day_month: str | None, year: int) -> QDate:
        try:
            day, month = (int(p) for p in (day_month or "").split("/")[:2])
        except ValueError:
            return QDate()
        return QDate(year, month, day)

    # --- state ------------------------------------------------------------------------------
    def year_is_unknown(self) -> bool:
        return self.year_unknown_box.isChecked()

    def year(self) -> int | None:
        """The chosen year, or None (unknown, or not chosen yet)."""
        if self.year_is_unknown() or self.year_edit.value() == self.NO_YEAR:
            return None
        return self.year_edit.value()

    def _has_date(self) -> bool:
        return self.start_edit.date() != self.NO_DATE

    def _show_year_mode(self) -> None:
        unknown = self.year_is_unknown()
        self.year_edit.setEnabled(not unknown)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(DAY_MONTH_FORMAT if unknown else DATE_FORMAT)
            edit.setCalendarPopup(not unknown and self.year() is not None)

    def _move_to_year(self, year: int) -> None:
        """Put the day/month fields on ``year`` (the end one a year later when it wraps)."""
        if not self._has_date():
            return
        start, end = self.start_edit.date(), self.end_edit.date()
        wraps = (end.month(), end.day()) < (start.month(), start.day())
        new_start = QDate(year, start.month(), min(start.day(), QDate(year, start.month(), 1).daysInMonth()))
        end_year = year + (1 if wraps else 0)
        new_end = QDate(end_year, end.month(), min(end.day(), QDate(end_year, end.month(), 1).daysInMonth()))
        with QSignalBlocker(self.start_edit), QSignalBlocker(self.end_edit):
            self.start_edit.setDate(new_start)
            self.end_edit.setDate(max(new_end, new_start))

    def on_year_unknown_toggled(self, unknown: bool) -> None:
        if unknown:
            self._move_to_year(self.YEARLESS)
        elif self.year() is not None:
            self._move_to_year(self.year())
        else:
            self.year_edit.setFocus()  # a year must be typed: none is made up
        self._show_year_mode()
        self.validate()

    def on_year_changed(self, _year: int) -> None:
        if self.year() is not None:
            self._move_to_year(self.year())
        self._show_year_mode()
        self.validate()

    def on_start_changed(self, start: QDate) -> None:
        if not self.year_is_unknown() and self.year() is not None and start.year() != self.year() \
                and self._has_date():  # a day picked in another year of the calendar
            with QSignalBlocker(self.year_edit):
                self.year_edit.setValue(start.year())
        if self.end_edit.date() < start or not self._has_date():
            self.end_edit.setDate(start)
        self.validate()

    def is_valid(self) -> bool:
        if not self._has_date():
            return False
        if self.year_is_unknown():
            return True
        return self.year() is not None and self.end_edit.date() >= self.start_edit.date()

    # --- results ----------------------------------------------------------------------------
    def start_iso(self) -> str:
        return _iso(self.start_edit.date())

    def end_iso(self) -> str:
        return _iso(self.end_edit.date())

    def start_day_month(self) -> str:
        return self.start_edit.date().toString("dd/MM")

    def end_day_month(self) -> str:
        return self.end_edit.date().toString("dd/MM")


class LeaderDialog(_AskDialog):
    """Name and title of the delegation's leader, edited together: choosing a person the archive
    knows (completed from its people) brings their title with them, so a new leader never keeps the
    old one's title. The title may be emptied (the leader is shown without one)."""

    def __init__(self, people: list[dict] | list[str], leader: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sửa trưởng đoàn"), parent)
        self.setObjectName("leaderDialog")
        # name → title as the archive knows it ("" when it knows none)
        self._titles = {p: "" for p in people if isinstance(p, str)}
        self._titles.update({p["name"]: p.get("title") or "" for p in people if isinstance(p, dict)})
        self.name_edit = QLineEdit(leader, self)
        self.name_edit.setObjectName("leaderName")
        completer = QCompleter(sorted(self._titles, key=fold_diacritics), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(completer)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("leaderTitle")
        self.title_edit.setPlaceholderText(self.tr("ví dụ: Chủ tịch nước"))
        self._initial = (leader, title)
        self.form.addRow(self.tr("Trưởng đoàn"), self.name_edit)
        self.form.addRow(self.tr("Chức vụ"), self.title_edit)
        self.name_edit.textChanged.connect(self.on_name_changed)
        completer.activated.connect(self.on_name_changed)
        self.finish()

    def on_name_changed(self, *_args) -> None:
        name = self.leader()
        if name == self._initial[0]:
            self.title_edit.setText(self._initial[1])
        elif name in self._titles:  # a person the archive knows: their title comes with them
            self.title_edit.setText(self._titles[name])
        self.validate()

    def is_valid(self) -> bool:
        return bool(self.name_edit.text().strip())

    def leader(self) -> str:
        return " ".join(self.name_edit.text().split())

    def title(self) -> str:
        """The leader's title as it should be saved ("" for none)."""
        return " ".join(self.title_edit.text().split())


class CountryDialog(_AskDialog):
    """Host country chosen among the gazetteer's countries (type to complete)."""

    def __init__(self, countries: list[str], current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sửa nước chủ nhà"), parent)
        self.setObjectName("countryDialog")
        self.combo = QComboBox(self)
        self.combo.setObjectName("countryCombo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(sorted(set(countries), key=fold_diacritics))
        self.combo.setMaxVisibleItems(15)
        completer = QCompleter(self.combo.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.combo.setCurrentText(current)
        self.form.addRow(self.tr("Nước chủ nhà"), self.combo)
        self.combo.editTextChanged.connect(self.validate)
        self.finish()

    def is_valid(self) -> bool:
        return bool(self.combo.currentText().strip())

    def country(self) -> str:
        return self.combo.currentText().strip()


class KindDialog(_AskDialog):
    """What the article reports, chosen among the kinds (labels: app.ui.kinds)."""

    def __init__(self, kinds: list[tuple[str, str]], current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sửa loại sự kiện"), parent)
        self.setObjectName("kindDialog")
        self.combo = QComboBox(self)
        self.combo.setObjectName("kindCombo")
        for kind, label in kinds:
            self.combo.addItem(label, kind)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.form.addRow(self.tr("Loại sự kiện"), self.combo)
        self.finish()

    def is_valid(self) -> bool:
        return self.combo.currentIndex() >= 0

    def kind(self) -> str:
        return self.combo.currentData()


class CounterpartDialog(_AskDialog):
    """Someone the visiting side met, with their title as of the article."""

    def __init__(self, people: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thêm người đã gặp"), parent)
        self.setObjectName("counterpartDialog")
        self.name_edit = QComboBox(self)
        self.name_edit.setObjectName("counterpartName")
        self.name_edit.setEditable(True)
        self.name_edit.addItems(sorted(set(people), key=fold_diacritics))
        self.name_edit.setCurrentText("")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("counterpartTitle")
        self.form.addRow(self.tr("Họ tên"), self.name_edit)
        self.form.addRow(self.tr("Chức danh"), self.title_edit)
        self.name_edit.editTextChanged.connect(self.validate)
        self.finish()

    def is_valid(self) -> bool:
        return bool(self.name_edit.currentText().strip())

    def name(self) -> str:
        return self.name_edit.currentText().strip()

    def title(self) -> str | None:
        return self.title_edit.text().strip() or None


class RenameDialog(_AskDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Đổi tên"), parent)
        self.setObjectName("renameDialog")
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("newName")
        self.name_edit.selectAll()
        self._old = name
        self.form.addRow(self.tr("Tên mới"), self.name_edit)
        self.name_edit.textChanged.connect(self.validate)
        self.finish()

    def is_valid(self) -> bool:
        return bool(self.name_edit.text().strip()) and self.name_edit.text().strip() != self._old

    def name(self) -> str:
        return self.name_edit.text().strip()


class MergeDialog(_AskDialog):
    """Pick the entity of the same type that ``name`` is merged into, from a filterable list."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, name: str, candidates: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gộp vào"), parent)
        self.setObjectName("mergeDialog")
        intro = QLabel(self.tr("Gộp «{name}» vào thực thể được chọn. Mọi bài nhắc đến «{name}» sẽ "
                               "thuộc về thực thể ấy.").format(name=name), self)
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("mergeFilter")
        self.filter_edit.setPlaceholderText(self.tr("Lọc (không cần dấu)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("mergeCandidates")
        for candidate in candidates:
            label = candidate["name"] + (f" — {candidate['title']}" if candidate.get("title") else "")
            item = QListWidgetItem(label, self.list)
            item.setData(self.ID_ROLE, candidate["id"])
            item.setData(Qt.ItemDataRole.UserRole, fold_diacritics(candidate["name"]))
        self.layout_.addWidget(self.filter_edit)
        self.layout_.addWidget(self.list, 1)
        self.filter_edit.textChanged.connect(self.on_filter_changed)
        self.list.currentItemChanged.connect(self.validate)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.finish()
        self.resize(460, 420)

    def on_filter_changed(self, text: str) -> None:
        needle = fold_diacritics(text.strip())
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in (item.data(Qt.ItemDataRole.UserRole) or "")
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        self.validate()

    def visible_names(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count()) if not self.list.item(r).isHidden()]

    def select_entity(self, entity_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(self.ID_ROLE) == entity_id:
                self.list.setCurrentRow(row)
                return

    def is_valid(self) -> bool:
        item = self.list.currentItem()
        return item is not None and not item.isHidden()

    def entity_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(self.ID_ROLE) if item is not None else None
