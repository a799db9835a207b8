"""A dossier (app.store.dossier) as a briefing: Vietnamese HTML for a file, the window and the PDF.

One builder for all three: the HTML uses only what Qt's rich text understands (headings,
paragraphs, lists, simple tables, inline colours), so the PDF (app.ui.briefing_pdf, through
QTextDocument) looks like the HTML file. Every line cites its article: ``link(article_id)`` gives
the href ("#nguon-3" in a file: the numbered source list at the end; "article:3" in the window,
which selects the article). Dates are the archive's own: "≈" marks a year inferred from the text
or the page date, "năm chưa rõ" an unknown one. Article text is always escaped. Pure Python.
"""

from __future__ import annotations

import html
from collections.abc import Callable

Link = Callable[[int], str]

KIND_LABELS = {
    "outbound": "Đoàn Việt Nam thăm",
    "inbound": "Đoàn nước bạn thăm Việt Nam",
    "reception": "Tiếp Đại sứ, đại diện",
    "foreign": "Chuyến thăm của nước khác",
    "multilateral": "Hội nghị đa phương",
}
ROLE_LABELS = {"signed": "ký", "witnessed": "chứng kiến lễ ký", "statement": "ra tuyên bố"}
_STYLE = (
    "body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 10pt; color: #1a1a1a; }"
    "h1 { font-size: 17pt; margin-bottom: 2px; } h2 { font-size: 13pt; margin-top: 14px; color: #12395b; }"
    "h3 { font-size: 11pt; margin-top: 8px; } .muted { color: #5a5a5a; } .small { font-size: 8.5pt; }"
    "a { color: #12395b; text-decoration: none; } td { padding: 2px 6px; vertical-align: top; }"
)


def file_link(sources: list[dict]) -> Link:
    """Links to the numbered source list at the end of the document."""
    numbers = {s["article_id"]: s["n"] for s in sources}
    return lambda article_id: f"#nguon-{numbers.get(article_id, 0)}"


def _e(text: object) -> str:
    return html.escape(str(text)) if text is not None else ""


def _date(text: str | None) -> str:
    """The archive's display date, said in Vietnamese: "10/11 (năm chưa rõ)", "ngày chưa rõ"."""
    if not text:
        return '<span class="muted">ngày chưa rõ</span>'
    if text.endswith("/????"):
        return f'{_e(text[: -len("/????")])} <span class="muted">(năm chưa rõ)</span>'
    return _e(text)


def _cite(sources: dict[int, int], article_id: int, link: Link) -> str:
    return f'<a href="{_e(link(article_id))}">[{sources.get(article_id, "?")}]</a>'


def _person(name: str | None, title: str | None) -> str:
    if not name:
        return '<span class="muted">(không rõ tên)</span>' if not title else _e(title)
    return _e(f"{title} {name}" if title else name)


def _visit_html(line: dict, sources: dict[int, int], link: Link, *, country_view: bool) -> str:
    head = KIND_LABELS.get(line.get("direction") or line["kind"], line["kind"])
    where = line["host_country"] or "?"
    places = ", ".join(p for p in line["places"] if p != where)
    parts = [f'<b>{_date(line["date"])}</b> — {_e(head)}'
             + ("" if country_view and line["kind"] != "outbound" else f" <b>{_e(where)}</b>")
             + (f' <span class="muted">({_e(places)})</span>' if places else "")
             + f" {_cite(sources, line['article_id'], link)}"]
    parts.append(f"Trưởng đoàn: {_person(line['leader'], line['leader_title'])}")
    if line["met"]:
        parts.append("Đã gặp: " + "; ".join(_person(m["name"], m.get("title")) for m in line["met"]))
    for a in line["agreements"]:
        parts.append(f"Văn kiện: {_agreement(a)}")
    for h in line["honours"]:
        parts.append(f"Tặng: {_honour(h)}")
    parts.append(f'<span class="muted small">Bài: {_e(line["title"])}</span>')
    return "<li>" + "<br/>".join(parts) + "</li>"


def _agreement(a: dict) -> str:
    text = _e(a["document"])
    if a.get("by"):
        text += f' <span class="muted">({_e(", ".join(a["by"]))} {_e(ROLE_LABELS.get(a.get("role"), "ký"))})</span>'
    return text


def _honour(h: dict) -> str:
    who = []
    if h.get("giver"):
        who.append(f"{_e(h['giver'])} trao")
    if h.get("recipient"):
        who.append(f"cho {_e(h['recipient'])}")
    return _e(h["honour"]) + (f' <span class="muted">({" ".join(who)})</span>' if who else "")


def _sources_html(sources: list[dict]) -> str:
    rows = []
    for s in sources:
        rows.append(f'<tr><td><a name="nguon-{s["n"]}"></a>[{s["n"]}]</td><td>{_e(s["title"])}'
                    f'<br/><span class="muted small">{_e(s["source"] or "nguồn không rõ")} · tệp {_e(s["file"])}'
                    f' · {_date(s["date"])}</span></td></tr>')
    return "<h2>Nguồn</h2>" + (f"<table>{''.join(rows)}</table>" if rows else "<p>Không có bài nào.</p>")


def _header(title: str, subtitle: str, dossier: dict) -> str:
    return (f"<h1>{_e(title)}</h1><p class=\"muted\">{_e(subtitle)}<br/>"
            f"Lập ngày {_e(_produced(dossier['produced']))} từ kho Lưu trữ Lễ tân · "
            "ngày có dấu ≈ là năm suy ra (không ghi trực tiếp trong bài), "
            "\u201cnăm chưa rõ\u201d là bài không cho biết năm.</p>")


def _produced(iso: str) -> str:
    date, _, time = iso.partition("T")
    y, m, d = date.split("-")
    return f"{d}/{m}/{y} {time[:5]}".strip()


def _document(body: str) -> str:
    return (f'<html><head><meta charset="utf-8"/><style>{_STYLE}</style></head>'
            f"<body>{body}</body></html>")


def country_html(dossier: dict, link: Link | None = None) -> str:
    """The country dossier as a briefing document."""
    link = link or file_link(dossier["sources"])
    sources = {s["article_id"]: s["n"] for s in dossier["sources"]}
    c = dossier["subject"]
    out = [_header(f"Tài liệu tham khảo: {c}", f"Quan hệ đoàn ra, đoàn vào giữa Việt Nam và {c}", dossier)]
    out.append("<h2>Chuyến thăm gần nhất</h2><ul>")
    for direction, label in (("outbound", f"Việt Nam → {c}"), ("inbound", f"{c} → Việt Nam")):
        last = dossier["last"].get(direction)
        if last:
            who = _person(last["leader"], last["leader_title"])
            out.append(f"<li>{_e(label)}: <b>{_date(last['date'])}</b>, {who} "
                       f"{_cite(sources, last['article_id'], link)}</li>")
        else:
            out.append(f'<li>{_e(label)}: <span class="muted">không có chuyến thăm nào có năm rõ ràng '
                       "trong kho</span></li>")
    out.append("</ul>")
    sections = (("outbound", f"Đoàn Việt Nam thăm {c}"), ("inbound", f"Đoàn {c} thăm Việt Nam"),
                ("reception", f"Tiếp Đại sứ, đại diện của {c}"), ("foreign", f"Chuyến thăm khác tới {c}"),
                ("multilateral", f"Hội nghị đa phương tại {c}"))
    for direction, label in sections:
        lines = [ln for ln in dossier["visits"] if ln["direction"] == direction]
        if not lines and direction in ("foreign", "multilateral"):
            continue
        out.append(f"<h2>{_e(label)} ({len(lines)})</h2>")
        if lines:
            out.append("<ul>" + "".join(_visit_html(ln, sources, link, country_view=True) for ln in lines) + "</ul>")
        else:
            out.append('<p class="muted">Kho không có bài nào về việc này.</p>')
    if dossier["people"]:
        out.append("<h2>Lãnh đạo và người đã gặp</h2><ul>")
        for p in dossier["people"]:
            role = " · ".join({"leader": "trưởng đoàn", "counterpart": "người đã gặp"}[r] for r in p["roles"])
            titles = "; ".join(p["titles"]) or "chức danh chưa rõ"
            cites = " ".join(_cite(sources, a, link) for a in p["article_ids"])
            out.append(f"<li><b>{_e(p['name'])}</b> — {_e(titles)} <span class=\"muted\">({_e(role)})</span> "
                       f"{cites}</li>")
        out.append("</ul>")
    out.append("<h2>Văn kiện đã ký, trao đổi</h2>")
    out.append(_items(dossier["agreements"], _agreement, sources, link))
    out.append("<h2>Quà tặng, huân chương, danh hiệu</h2>")
    out.append(_items(dossier["honours"], _honour, sources, link))
    if dossier["places"]:
        out.append("<h2>Nơi đã đến</h2><p>" + "; ".join(
            f"{_e(p['name'])} " + " ".join(_cite(sources, a, link) for a in p["article_ids"])
            for p in dossier["places"]) + "</p>")
    out.append(_sources_html(dossier["sources"]))
    return _document("".join(out))


def _items(items: list[dict], render: Callable[[dict], str], sources: dict[int, int], link: Link) -> str:
    if not items:
        return '<p class="muted">Kho không ghi nhận.</p>'
    return "<ul>" + "".join(f"<li>{_date(i['date'])}: {render(i)} {_cite(sources, i['article_id'], link)}</li>"
                            for i in items) + "</ul>"


def person_html(dossier: dict, link: Link | None = None) -> str:
    """The person dossier as a briefing document."""
    link = link or file_link(dossier["sources"])
    sources = {s["article_id"]: s["n"] for s in dossier["sources"]}
    name = dossier["subject"]
    current = dossier["current_title"]
    sub = (f"Chức danh hiện tại (theo bài mới nhất có ngày, {dossier['current_title_date']}): {current}"
           if current else "Chức danh hiện tại: chưa rõ (không bài nào có năm rõ ràng)")
    out = [_header(f"Tài liệu tham khảo: {name}", sub, dossier)]
    out.append("<h2>Cách viết tên</h2><ul>")
    for s in dossier["spellings"]:
        out.append(f"<li><b>{_e(s['spelling'])}</b> " + " ".join(_cite(sources, a, link) for a in s["article_ids"])
                   + "</li>")
    out.append("</ul><h2>Chức danh theo thời gian</h2>")
    if dossier["titles"]:
        out.append("<ul>")
        for t in dossier["titles"]:
            span = _date(t["from"]) if t["from"] == t["to"] else f"{_date(t['from'])} – {_date(t['to'])}"
            out.append(f"<li>{span}: <b>{_e(t['title'])}</b> "
                       + " ".join(_cite(sources, a, link) for a in t["article_ids"]) + "</li>")
        out.append("</ul>")
    else:
        out.append('<p class="muted">Các bài không ghi chức danh.</p>')
    out.append(f"<h2>Chuyến thăm dẫn đầu ({len(dossier['visits'])})</h2>")
    if dossier["visits"]:
        out.append("<ul>" + "".join(_visit_html(ln, sources, link, country_view=False)
                                    for ln in dossier["visits"]) + "</ul>")
    else:
        out.append('<p class="muted">Kho không có chuyến thăm nào do người này dẫn đầu.</p>')
    if dossier["met_by"]:
        out.append(f"<h2>Đã tiếp, gặp các đoàn ({len(dossier['met_by'])})</h2><ul>"
                   + "".join(_visit_html(ln, sources, link, country_view=False) for ln in dossier["met_by"])
                   + "</ul>")
    out.append("<h2>Những người đã gặp</h2>")
    if dossier["met"]:
        out.append("<ul>" + "".join(
            f"<li>{_person(m['name'], m.get('title'))} " + " ".join(_cite(sources, a, link) for a in m["article_ids"])
            + "</li>" for m in dossier["met"]) + "</ul>")
    else:
        out.append('<p class="muted">Kho không ghi nhận.</p>')
    out.append(_sources_html(dossier["sources"]))
    return _document("".join(out))


def dossier_text(dossier: dict) -> str:
    """The dossier as plain text for the terminal: one line per visit, its article id in brackets."""
    lines = [f"Hồ sơ (dossier): {dossier['subject']}   — lập ngày {_produced(dossier['produced'])}"]

    def date(text: str | None) -> str:
        return (text.replace("/????", " (năm chưa rõ)") if text else "ngày chưa rõ")

    def visit(ln: dict) -> None:
        head = KIND_LABELS.get(ln.get("direction") or ln["kind"], ln["kind"])
        who = f"{ln['leader_title'] or ''} {ln['leader'] or '(không rõ tên)'}".strip()
        lines.append(f"  {date(ln['date'])}  {head} {ln['host_country'] or '?'} — {who}  [bài {ln['article_id']}]")
        for m in ln["met"]:
            lines.append(f"      gặp: {(m.get('title') or '') + ' ' if m.get('title') else ''}{m['name']}")
        for a in ln["agreements"]:
            lines.append(f"      văn kiện: {a['document']}")
        for h in ln["honours"]:
            extra = " → ".join(x for x in (h.get("giver"), h.get("recipient")) if x)
            lines.append(f"      tặng: {h['honour']}" + (f" ({extra})" if extra else ""))

    if dossier["type"] == "country":
        for direction in ("outbound", "inbound"):
            last = dossier["last"].get(direction)
            label = "Gần nhất Việt Nam → nước bạn" if direction == "outbound" else "Gần nhất nước bạn → Việt Nam"
            lines.append(f"{label}: " + (f"{date(last['date'])} {last['leader'] or ''} [bài {last['article_id']}]"
                                         if last else "không rõ"))
        for direction in DIRECTION_ORDER:
            chosen = [ln for ln in dossier["visits"] if ln["direction"] == direction]
            if chosen:
                lines.append(f"{KIND_LABELS[direction]} ({len(chosen)}):")
                for ln in chosen:
                    visit(ln)
    else:
        lines.append(f"Chức danh hiện tại: {dossier['current_title'] or 'chưa rõ'}")
        lines.append("Cách viết tên: " + "; ".join(
            f"{s['spelling']} [bài {', '.join(map(str, s['article_ids']))}]" for s in dossier["spellings"]))
        for t in dossier["titles"]:
            lines.append(f"  {date(t['from'])}–{date(t['to'])}: {t['title']}")
        lines.append(f"Chuyến thăm dẫn đầu ({len(dossier['visits'])}):")
        for ln in dossier["visits"]:
            visit(ln)
        if dossier["met_by"]:
            lines.append(f"Đã tiếp, gặp các đoàn ({len(dossier['met_by'])}):")
            for ln in dossier["met_by"]:
                visit(ln)
    lines.append(f"Nguồn: {len(dossier['sources'])} bài")
    return "\n".join(lines)


DIRECTION_ORDER = ("outbound", "inbound", "reception", "foreign", "multilateral")


def dossier_html(dossier: dict, link: Link | None = None) -> str:
    return (country_html if dossier["type"] == "country" else person_html)(dossier, link)
