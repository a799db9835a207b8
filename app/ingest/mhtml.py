"""Read a page saved as one file (.mhtml/.mht, "Webpage, Single File"): the MIME multipart
message holds the page's HTML and its images; only the HTML is read (stdlib `email`)."""

from __future__ import annotations

import email
import email.policy

from app.ingest.decode import UnreadableFile


def mhtml_to_html(raw: bytes) -> str:
    """The HTML of the saved page (the root part, else the first text/html part)."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not message.is_multipart():
        raise UnreadableFile("không phải tệp MHTML (not an MHTML file: no MIME parts)")
    start = (message.get_param("start", header="content-type") or "").strip("<>")
    parts = [p for p in message.walk() if p.get_content_type() == "text/html"]
    if not parts:
        raise UnreadableFile("tệp MHTML không có trang HTML (MHTML file holds no HTML page)")
    root = next((p for p in parts if start and (p.get("Content-ID") or "").strip("<>") == start), parts[0])
    try:
        return root.get_content()  # decodes quoted-printable/base64 and the part's charset
    except (LookupError, UnicodeDecodeError) as exc:
        payload = root.get_payload(decode=True) or b""
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            raise UnreadableFile(f"không giải mã được trang trong tệp MHTML (cannot decode page: {exc})") from exc
