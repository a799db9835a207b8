"""Which country a person serves, read from their title and name (the sides of an event).

"Thủ tướng Nhật Bản Abe Shinzo" serves Nhật Bản; "Đại sứ Nhật Bản tại Việt Nam" too (the country
before "tại" is the one represented); "Chủ tịch UBND tỉnh Quảng Ninh" serves Việt Nam (a
Vietnamese place). Without a place in the title, a Vietnamese state title
(resources/rules/vietnamese_titles.txt) or a Vietnamese family name says Việt Nam — unless the
person is a foreign office holder whose name or office reads as Vietnamese ("Thủ tướng Lý Khắc
Cường": resources/rules/office_holders.tsv); otherwise the side is unknown. Rule names:
side_from_title, side_office_holder, side_vietnamese_title, side_vietnamese_name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.nlp.gazetteer import load_gazetteer
from app.nlp.lexicon import is_vietnamese_name
from app.nlp.rules import table, word_list
from app.nlp.text import normalize_vi

VIETNAM = "Việt Nam"


@lru_cache(maxsize=4096)
def side_of(name: str, title: str | None, *, holders: bool = True) -> tuple[str | None, str | None]:
    """(country served, rule) for a person; (None, None) when the text does not say. ``holders``:
    whether the table of known office holders may say (off to measure rule side_office_holder)."""
    if title and (country := country_named_in(title, any_place=True)):
        return country, "side_from_title"
    if title and _vietnamese_title(title) and not _foreign_title(title):
        rule = "side_vietnamese_title"
    elif is_vietnamese_name(name) and not (title and _foreign_title(title)):
        rule = "side_vietnamese_name"
    else:
        return None, None
    # "Chủ tịch nước Tập Cận Bình", "Thủ tướng Lý Khắc Cường": a Vietnamese title and a name of
    # Vietnamese shape, held by someone who serves Trung Quốc.
    if holders and (country := office_holder_country(name, title)):
        return country, "side_office_holder"
    return VIETNAM, rule


def office_holder_country(name: str, title: str | None) -> str | None:
    """The country of a known office holder (resources/rules/office_holders.tsv) when the title
    is one of their offices ("Thủ tướng Lý Khắc Cường"; "cựu Thủ tướng" too: a former holder served
    the same country) or, for a full name, when there is no title ("ông Vương Nghị"). A name the
    table lists under another title ("Giám đốc Lý Cường") is not theirs."""
    by_name = _office_holders().get(_name_key(name))
    if not by_name:
        return None
    if not title:
        return by_name[0][0] if len(name.split()) >= 2 else None
    office = _OFFICE_MODIFIERS.sub("", normalize_vi(title).casefold()).strip()
    for country, offices in by_name:
        if any(office == o or office.startswith(o + " ") or office.startswith(o + ",") for o in offices):
            return country
    return None


# "cựu", "tân", "đương kim" …: a modifier before the office does not change who held it.
_OFFICE_MODIFIERS = re.compile(r"^(?:(?:cựu|nguyên|tân|đương kim|đương nhiệm)\s+)+")


def _name_key(name: str) -> str:
    return " ".join(re.sub(r"[-.]", " ", normalize_vi(name).casefold()).split())


@lru_cache(maxsize=1)
def _office_holders() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """name key → [(country, offices)] of resources/rules/office_holders.tsv."""
    countries = {p.iso: p.name for p in load_gazetteer().countries()}
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for iso, offices, names, _held in table("office_holders.tsv"):
        if iso not in countries:
            raise ValueError(f"office_holders.tsv: unknown ISO code {iso!r} for {names!r}")
        office_keys = tuple(o.strip().casefold() for o in offices.split("|"))
        for n in names.split("|"):
            out.setdefault(_name_key(n), []).append((countries[iso], office_keys))
    return out


def country_named_in(text: str, *, any_place: bool = False) -> str | None:
    """The first country a name or title names ("Đảng Cộng sản Trung Quốc" → Trung Quốc); with
    ``any_place`` a province or city names its country too ("Chủ tịch UBND tỉnh Quảng Ninh")."""
    for _s, _e, place in load_gazetteer().find_all(normalize_vi(text)):
        if place.country and (any_place or place.kind == "country"):
            return place.country
    return None


def _vietnamese_title(title: str) -> bool:
    t = normalize_vi(title).casefold()
    return any(t.startswith(v) for v in _titles("vietnamese_titles.txt"))


def _foreign_title(title: str) -> bool:
    t = normalize_vi(title).casefold()
    return any(t.startswith(v) or f" {v}" in t for v in _titles("foreign_titles.txt"))


@lru_cache(maxsize=4)
def _titles(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in word_list(name))


def is_resident_title(title: str | None) -> bool:
    """An ambassador, consul, resident representative or company head: someone a Vietnamese
    official receives in Việt Nam without their having travelled for it (a reception)."""
    t = normalize_vi(title or "").casefold()
    return any(w in t for w in _titles("resident_titles.txt"))


@lru_cache(maxsize=1)
def _sovereigns() -> dict[str, str]:
    return dict(table("territory_sovereigns.tsv"))


def same_country(a: str | None, b: str | None) -> bool:
    """Whether two countries of the gazetteer are one state: a territory and the country it belongs to
    (resources/rules/territory_sovereigns.tsv: Hồng Kông and Trung Quốc)."""
    if a is None or b is None:
        return False
    return a == b or _sovereigns().get(a, a) == _sovereigns().get(b, b)
