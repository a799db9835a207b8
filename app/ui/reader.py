"""The reader: one article as escaped rich text, entities as ``entity:<id>`` anchors, search hits marked.

File content is never interpreted as HTML: every piece of article text goes through
``html.escape``, links are not followed and no resource (image, stylesheet) is ever loaded.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip

from app.nlp.text import fold_diacritics
from app.store.query import APPROXIMATE_YEARS, article_detail, match_spans
from app.ui.archive import Archive
from app.ui.correction_dialogs import CORRECTED_MARK
from app.ui.entity_model import TYPE_COLOURS
from app.ui.kinds import kind_label
from app.ui.selection import Selection

_WORD = re.compile(r"\w+")
SEARCH_BG = "#ffe27a"


def entity_spans(text: str, entities: list[dict]) -> list[tuple[int, int, dict]]:
    """Non-overlapping (start, end, entity) occurrences of entity names, longest names first."""
    folded = fold_diacritics(text)
    taken = [False] * len(text)
    spans = []
    for entity in sorted(entities, key=lambda e: -len(e["name"])):
        needle = fold_diacritics(entity["name"])
        if len(needle) < 2:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", folded):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
            spans.append((m.start(), m.end(), entity))
    return sorted(spans, key=lambda s: s[0])


def _why(what: str, rule: str | None, evidence: str | None) -> str:
    """A fact's provenance for a tooltip: the rule that made it and the sentence that states it."""
    text = f"{what}: {rule or '—'}"
    return text + (f"\n« {evidence} »" if evidence else "")


def corrected_html(piece_html: str, tip: str) -> str:
    """A value the user corrected: italic, a ✎ after it and a tooltip saying so."""
    return (f'<i title="{html.escape(tip, quote=True)}">{piece_html}&nbsp;'
            f'<span style="color:#a15c00">{CORRECTED_MARK}</span></i>')


def render_text(text: str, entities: list[dict], words: list[str], selected: frozenset[int],
                corrected_tip: str = "") -> str:
    """Escaped HTML of text with entity anchors and search highlights; entities the user renamed
    or merged get ``corrected_tip`` as their tooltip."""
    ents = entity_spans(text, entities)
    hits: list[tuple[int, int]] = []
    for start, end in match_spans(text, words) if words else []:
        if hits and start >= hits[-1][0] and not text[hits[-1][1]:start].strip():
            hits[-1] = (hits[-1][0], max(end, hits[-1][1]))  # "Lương Cường" is one mark, not two
        else:
            hits.append((start, end))
    cuts = {0, len(text)}
    for start, end, _ in ents:
        cuts.update((start, end))
    for start, end in hits:
        cuts.update((start, end))
    bounds = sorted(cuts)
    out = []
    for start, end in zip(bounds, bounds[1:]):
        piece = html.escape(text[start:end])
        if any(s <= start and end <= e for s, e in hits):
            piece = f'<span style="background-color:{SEARCH_BG}">{piece}</span>'
        entity = next((e for s, t, e in ents if s <= start and end <= t), None)
        if entity is not None:
            colour = TYPE_COLOURS.get(entity["type"], "#333333")
            weight = "font-weight:600;" if entity["id"] in selected else ""
            title = ""
            if entity.get("corrected") and corrected_tip:
                weight += "font-style:italic;"
                title = f' title="{html.escape(corrected_tip, quote=True)}"'
            piece = (f'<a href="entity:{entity["id"]}"{title} style="color:{colour};text-decoration:underline;'
                     f'{weight}">{piece}</a>')
        out.append(piece)
    return "".join(out)


class ReaderView(QTextBrowser):
    """Shows the selected article (objectName ``reader``)."""

    def __init__(self, archive: Archive, selection: Selection, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self._archive = archive
        self._selection = selection
        self._shown: tuple | None = None
        self.detail: dict | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self.on_anchor_clicked)
        selection.changed.connect(self.on_selection_changed)
        archive.contents_changed.connect(self.reload)
        self.on_selection_changed()

    def loadResource(self, type_: int, name: QUrl):  # noqa: N802 - Qt override
        return None  # nothing external, nothing from the article, ever

    # --- incoming ----------------------------------------------------------------------------
    def reload(self) -> None:
        self._shown = None
        self.on_selection_changed()

    def on_selection_changed(self) -> None:
        flt = self._selection.filter
        key = (self._selection.article_id, flt.text, flt.entity_ids)
        if key == self._shown:
            return
        self._shown = key
        article_id = self._selection.article_id
        self.detail = article_detail(self._archive.db, article_id) if article_id is not None else None
        if self.detail is None:
            self.setHtml(self._empty_html())
        else:
            self.setHtml(self._article_html(self.detail, flt.text, flt.entity_ids))

    def _empty_html(self) -> str:
        msg = html.escape(self.tr("Chọn một bài trong danh sách để đọc."))
        return f'<p style="color:#777; margin-top:24px" align="center">{msg}</p>'

    def _article_html(self, d: dict, text: str, selected: frozenset[int]) -> str:
        words = _WORD.findall(fold_diacritics(text))
        ents = d["entities"]
        by_hand = self.tr("đã sửa tay")
        parts = [f'<h2 style="margin-bottom:4px">{render_text(d["title"] or "", ents, words, selected, by_hand)}</h2>']
        meta = []
        date = d.get("date") or ""
        labels = {"unknown_year": self.tr("năm chưa rõ"), "date": self.tr("Ngày"), "source": self.tr("Nguồn"),
                  "author": self.tr("Tác giả")}
        labels = {k: html.escape(v) for k, v in labels.items()}
        if date:
            if date.endswith("????"):
                date_html = (f'{html.escape(date)} <span style="color:#a15c00">'
                             f'({labels["unknown_year"]})</span>')
            else:
                date_html = html.escape(date)
            if d.get("year_basis") in APPROXIMATE_YEARS and d.get("year_evidence"):
                tip = html.escape(self.tr("Năm suy ra từ: ") + d["year_evidence"], quote=True)
                date_html = f'<span title="{tip}" style="border-bottom:1px dotted #888">{date_html}</span>'
            if {"event_start", "event_end", "event_day_month", "event_end_day_month"} & set(d.get("corrected") or []):
                date_html = corrected_html(date_html, by_hand)
            meta.append(f'{labels["date"]}: <b>{date_html}</b>')
        if d.get("source"):
            meta.append(f'{labels["source"]}: {html.escape(d["source"])}')
        if d.get("author"):
            meta.append(f'{labels["author"]}: {html.escape(d["author"])}')
        if meta:
            parts.append(f'<p style="color:#555">{" &nbsp;·&nbsp; ".join(meta)}</p>')
        parts.append(self._kind_html(d, by_hand))
        for visit in d.get("visits", []):
            fixed = set(visit.get("corrected") or [])
            who = html.escape(" ".join(x for x in (visit.get("leader_title"), visit.get("leader")) if x))
            if who and {"leader", "leader_title"} & fixed:
                who = corrected_html(who, by_hand)
            where = html.escape(visit.get("host_country") or "")
            if where and "host_country" in fixed:
                where = corrected_html(where, by_hand)
            places = ", ".join(visit.get("places") or [])
            line = f"{who} → {where}" + (f" ({html.escape(places)})" if places else "")
            tip = _why(self.tr("Trưởng đoàn"), visit.get("leader_rule"), visit.get("evidence"))
            tip += "\n" + _why(self.tr("Nước chủ nhà"), visit.get("host_rule"), visit.get("host_evidence"))
            tip = html.escape(tip, quote=True)
            parts.append(f'<p style="color:#555; margin:0"><span title="{tip}">✈ {line}</span></p>')
            met = [" ".join(x for x in (m.get("title"), m["name"]) if x) for m in visit.get("met") or []]
            if met:
                met_html = html.escape("; ".join(met))
                if "met" in fixed:
                    met_html = corrected_html(met_html, by_hand)
                label = html.escape(self.tr("Đã gặp"))
                parts.append(f'<p style="color:#555; margin:0 0 0 18px">{label}: {met_html}</p>')
            parts += self._signed_and_given_html(visit, by_hand)
        parts.append("<hr/>")
        for block in d.get("blocks") or []:
            body = render_text(block.get("text") or "", ents, words, selected, by_hand)
            if block.get("kind") == "caption":
                parts.append(f'<p style="color:#555"><i>{body}</i></p>')
            elif block.get("kind") == "lead":
                parts.append(f"<p><b>{body}</b></p>")
            else:
                parts.append(f"<p>{body}</p>")
        if not d.get("blocks"):
            for para in (d.get("body") or "").split("\n"):
                if para.strip():
                    parts.append(f"<p>{render_text(para, ents, words, selected, by_hand)}</p>")
        return "".join(parts)

    def _signed_and_given_html(self, visit: dict, by_hand: str) -> list[str]:
        """"Văn kiện: …" and "Tặng: …" lines, each with its rule and sentence on hover."""
        fixed = set(visit.get("corrected") or [])
        out = []
        for column, label, text_of in (
            ("agreements", self.tr("Văn kiện"), lambda a: a["document"] + (
                f" — {a['parties']}" if a.get("parties") and a["parties"] not in a["document"] else "")),
            ("honours", self.tr("Tặng"), lambda h: h["honour"] + (
                f" ({' → '.join(x for x in (h.get('giver'), h.get('recipient')) if x)})"
                if h.get("giver") or h.get("recipient") else "")),
        ):
            for item in visit.get(column) or []:
                tip = html.escape(_why(label, item.get("rule"), item.get("evidence")), quote=True)
                out.append(f'<p style="color:#555; margin:0 0 0 18px"><span title="{tip}">'
                           f"{html.escape(label)}: {html.escape(text_of(item))}</span></p>")
            if column in fixed:  # the user removed some: say so once
                mark = corrected_html(html.escape(label), by_hand)
                out.append(f'<p style="color:#555; margin:0 0 0 18px">{mark}</p>')
        return out

    def _kind_html(self, d: dict, by_hand: str) -> str:
        """"Sự kiện: Khách nước ngoài thăm Việt Nam", with the rule and sentence on hover."""
        label = html.escape(kind_label(d.get("kind")))
        if "kind" in set(d.get("corrected") or []):
            label = corrected_html(label, by_hand)
        tip = html.escape(_why(self.tr("Loại sự kiện"), d.get("kind_rule"), d.get("kind_evidence")), quote=True)
        head = html.escape(self.tr("Sự kiện"))
        return f'<p style="color:#555; margin:0"><span title="{tip}">{head}: <b>{label}</b></span></p>'

    # --- outgoing ----------------------------------------------------------------------------
    def on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "entity":
            try:
                entity_id = int(url.path())
            except ValueError:
                return
            self._selection.update_filter(entity_ids=frozenset({entity_id}))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(self.viewport().mapFrom(self, event.pos()))
            tip = cursor.charFormat().toolTip()
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
