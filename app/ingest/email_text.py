"""Read an e-mail (.eml with the stdlib, Outlook .msg with extract-msg): the articles forwarded in it.

An officer forwards a news article by e-mail: the forwarded message in the body is the article,
the note above it is not. Each forwarded message that reads as an article is one; two forwards in
one e-mail are two articles. The e-mail's sender, date and subject are kept as import metadata:
the date says when the mail was sent, which may be any time after the article appeared, so it is
neither the event's date nor evidence for its year.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from functools import lru_cache

from app.ingest.debris import split_article
from app.ingest.decode import UnreadableFile
from app.ingest.documents import DocumentArticle, words
from app.ingest.html_text import html_to_text
from app.paths import resource_path

# A forwarded note rarely runs past a few sentences; an article's prose does.
MIN_ARTICLE_WORDS = 40
_SIGNATURE = "-- "


@lru_cache(maxsize=1)
def _forward_markers() -> tuple[str, ...]:
    lines = resource_path("lexicon", "email_forward_markers.txt").read_text(encoding="utf-8").splitlines()
    return tuple(_bare(ln) for ln in lines if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _header_names() -> dict[str, str]:
    """Header name as written (casefolded) → which header it is (from, date, subject, to)."""
    rows = resource_path("lexicon", "email_header_names.txt").read_text(encoding="utf-8").splitlines()
    pairs = [ln.split("\t", 1) for ln in rows if "\t" in ln and not ln.startswith("#")]
    return {name.strip().casefold(): kind.strip() for kind, name in pairs}


def _bare(line: str) -> str:
    return line.strip().strip("-_* ").strip().casefold()


def _is_forward_marker(line: str) -> bool:
    bare = _bare(line)
    return bool(bare) and any(bare == m or bare.rstrip(":") == m.rstrip(":") for m in _forward_markers())


_HEADER_LINE = re.compile(r"^\*?([^:]{1,20}?)\*?\s*:\s*(.*)$")


def _header_of(line: str) -> tuple[str, str] | None:
    m = _HEADER_LINE.match(line.strip())
    if not m:
        return None
    kind = _header_names().get(m.group(1).strip().casefold())
    return (kind, m.group(2).strip()) if kind else None


# --- e-mail files ----------------------------------------------------------------------------------

def eml_articles(raw: bytes) -> list[DocumentArticle]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if not (msg["From"] or msg["Date"] or msg["Subject"]) or msg.defects and not msg.get_payload():
        raise UnreadableFile("không phải thư điện tử (not an e-mail: no From, Date or Subject header)")
    meta = {"format": "eml", **_message_meta(msg)}
    bodies = [_body_text(msg)]
    # Outlook's "forward as attachment": each attached message is a forwarded message.
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                bodies.append(_body_text(inner))
    return articles_from_bodies([b for b in bodies if b], meta)


def msg_articles(raw: bytes) -> list[DocumentArticle]:
    import extract_msg  # loaded only when an Outlook .msg is imported

    try:
        msg = extract_msg.openMsg(raw)
    except Exception as exc:  # extract-msg raises many kinds on a damaged or foreign OLE file
        raise UnreadableFile(f"tệp Outlook .msg hỏng (damaged .msg: {type(exc).__name__}: {exc})") from exc
    try:
        meta = {"format": "msg"}
        for key, value in (("from", msg.sender), ("subject", msg.subject)):
            if value:
                meta[key] = str(value)
        if msg.date:
            meta["date"] = msg.date.isoformat()
        body = msg.body or ""
        if not body.strip() and msg.htmlBody:
            html = msg.htmlBody
            body = html_to_text(html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html)
    finally:
        msg.close()
    return articles_from_bodies([body], meta)


def _message_meta(msg: EmailMessage) -> dict[str, str]:
    meta: dict[str, str] = {}
    if msg["From"]:
        meta["from"] = str(msg["From"])
    if msg["Subject"]:
        meta["subject"] = str(msg["Subject"])
    date = msg["Date"]
    if date is not None:
        stamp = getattr(date, "datetime", None)
        meta["date"] = stamp.isoformat() if stamp else str(date)
    return meta


def _body_text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or lying charset: keep what decodes
        content = (part.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
    if part.get_content_type() == "text/html":
        return html_to_text(content)
    if part.get_param("format", "").lower() == "flowed":
        content = _unflow(content, part.get_param("delsp", "").lower() == "yes")
    return content


def _unflow(text: str, delsp: bool) -> str:
    """RFC 3676 format=flowed: a line ending in a space goes on in the next line."""
    out: list[str] = []
    carry = ""
    for line in text.split("\n"):
        if line.endswith(" ") and line != _SIGNATURE:
            carry += line[:-1] if delsp else line
            continue
        out.append(carry + line)
        carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


# --- the articles in a body ----------------------------------------------------------------------

def articles_from_bodies(bodies: list[str], meta: dict[str, str]) -> list[DocumentArticle]:
    """The forwarded messages that read as articles, each with the e-mail's metadata and its own
    forwarded headers; when none does, the whole body (the reader refuses it if it is no article)."""
    articles: list[DocumentArticle] = []
    for body in bodies:
        for text, forwarded in _forwarded_sections(body):
            if _reads_as_article(text):
                articles.append(DocumentArticle(text, {**meta, **forwarded}))
    if articles:
        return articles
    whole = "\n".join(_cut_signature(_unquote(b.split("\n"))) for b in bodies).strip()
    return [DocumentArticle(whole, meta)]


def _forwarded_sections(body: str) -> list[tuple[str, dict[str, str]]]:
    """(text, forwarded headers) of each message forwarded in body; the body itself when none is."""
    lines = _unquote(body.replace("\r\n", "\n").split("\n"))
    marks = [i for i, ln in enumerate(lines) if _is_forward_marker(ln)]
    if not marks:
        return [(_cut_signature(lines), {})]
    sections = []
    for start, end in zip(marks, [*marks[1:], len(lines)]):
        i = start + 1
        headers: dict[str, str] = {}
        while i < end and (not lines[i].strip() and not headers or (h := _header_of(lines[i]))):
            if lines[i].strip():
                headers.setdefault(f"forwarded_{h[0]}", h[1])
            i += 1
        headers.pop("forwarded_to", None)  # the officer's own colleagues: not the article's
        sections.append((_cut_signature(lines[i:end]), headers))
    return sections


def _unquote(lines: list[str]) -> list[str]:
    """Strip reply quoting ("> ") when the whole body is quoted."""
    filled = [ln for ln in lines if ln.strip()]
    if filled and all(ln.lstrip().startswith(">") for ln in filled):
        return [re.sub(r"^\s*(>\s?)+", "", ln) for ln in lines]
    return lines


def _cut_signature(lines: list[str]) -> str:
    if _SIGNATURE in lines:
        lines = lines[: lines.index(_SIGNATURE)]
    return "\n".join(lines).strip()


def _reads_as_article(text: str) -> bool:
    art = split_article(text)
    return bool(art.title) and sum(words(p) for p in art.prose) >= MIN_ARTICLE_WORDS
