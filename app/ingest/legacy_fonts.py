"""Recognise Vietnamese text written in a legacy font encoding (TCVN3/ABC, VNI) read as Unicode.

Before Unicode, Vietnamese documents used fonts (.VnTime, VNI-Times…) that draw Vietnamese letters
in place of Latin-1 ones: a PDF made from such a document has a text layer of Latin-1 letters —
"ViÖt Nam", "Hµ Néi" (TCVN3), "Vieät Nam", "Haø Noäi" (VNI) — which would be stored as gibberish.
This module only recognises it; converting it back is the TCVN3/VNI conversion of issue 10, which
plugs in where pdf_text refuses such a file today.
"""

from __future__ import annotations

import re

# Latin-1 letters and signs that Vietnamese written in Unicode never uses, but TCVN3 and VNI put in
# place of its letters (à á â ã è é ê ì í ò ó ô õ ù ú ý are Vietnamese too, so they are not counted).
_TCVN3_SIGNS = set("¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÆÇÎÏÐÑ×ØÞßæçîïðñ÷øþÿ")
_VNI_SIGNS = set("äåëöûüÖÄÅËÛÜ") | set("ñÑïÏøØ")
# Letters only Unicode Vietnamese has (ă ơ ư đ and every letter with two marks or a dot below).
_UNICODE_VIETNAMESE = re.compile(r"[ăắằẳẵặơớờởỡợưứừửữựđĂẮẰẲẴẶƠỚỜỞỠỢƯỨỪỬỮỰĐ\u1EA0-\u1EF9]")
_WORD = re.compile(r"\S+")


def has_unicode_vietnamese(text: str) -> bool:
    return bool(_UNICODE_VIETNAMESE.search(text))


def legacy_encoding(text: str) -> str | None:
    """"TCVN3" or "VNI" when text reads as one of them, else None.

    Legacy text has its odd signs in a good share of its words and hardly any Unicode-only
    Vietnamese letters; a Unicode article quoting "Müller" or "Señor" has the reverse."""
    words = _WORD.findall(text)
    if len(words) < 20:
        return None
    unicode_words = sum(1 for w in words if _UNICODE_VIETNAMESE.search(w))
    if unicode_words > 0.05 * len(words):
        return None
    tcvn = sum(1 for w in words if any(ch in _TCVN3_SIGNS for ch in w))
    vni = sum(1 for w in words if any(ch in _VNI_SIGNS for ch in w))
    if max(tcvn, vni) < 0.10 * len(words):
        return None
    return "TCVN3" if tcvn >= vni else "VNI"


def legacy_font_names(fonts: set[str]) -> str | None:
    """"TCVN3" or "VNI" when a font's name is one of the legacy families (.VnTime, VNI-Times)."""
    for name in fonts:
        bare = name.lstrip("/")
        bare = bare.split("+", 1)[1] if "+" in bare[:7] else bare  # subset prefix "ABCDEF+"
        if bare.upper().startswith("VNI"):
            return "VNI"
        if bare.startswith((".Vn", "Vn")) and len(bare) > 3 and bare[3 if bare[0] == "." else 2].isupper():
            return "TCVN3"
    return None
