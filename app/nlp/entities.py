"""The people, organisations and places of one article, from the spans of its paragraphs.

spans.py finds the names in each paragraph; here they become the article's entities: one
canonical form per organisation ("TTXVN" → "Thông tấn xã Việt Nam"), short forms folded into the
full name used elsewhere in the article ("Rafael Lopez" → "Rafael Lopez Aliaga", "Viettel" →
"Tập đoàn Viễn thông Quân đội Viettel"), mentions counted, the evidence sentence kept.
The spans and sentences come from the article's one reading (app.nlp.reading). Beyond them: the
people the whole archive knows (app.nlp.known_names: found untitled, misspellings folded), an
acronym in brackets folded into its name, agency credits dropped. underthesea's bundled CRF
tagger is used only where name shape agrees with it (app.nlp.crf_people), and is off by default:
on the real set it adds as many wrong people as right ones (app.nlp.pipeline.CRF_PEOPLE).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from app.nlp.crf_people import foreign_people
from app.nlp.known_names import NO_NAMES, KnownNames
from app.nlp.lexicon import load_lexicon, word_pairs
from app.nlp.model import EntityFound
from app.nlp.reading import Reading
from app.nlp.sides import country_named_in
from app.nlp.spans import Span, extractor
from app.nlp.text import fold_diacritics, normalize_vi
from app.nlp.tokens import tokenize, vietnamese_syllable

# A company's name ends with its brand: "Tập đoàn Viễn thông Quân đội Viettel" is Viettel, but
# "Ban Thư ký ASEAN" is not ASEAN.
_BRAND_HEADS = ("Tập đoàn", "Tổng công ty", "Công ty", "Ngân hàng", "Xí nghiệp", "Liên doanh", "Hãng", "Nhà máy")
_BRAND_HEADS_RE = "|".join(map(re.escape, _BRAND_HEADS))
# "(WTO)", and a short name that is one word in brackets: "Tổ chức Cảnh sát hình sự quốc tế (Interpol)"
# …after a closing quote too ("“Nhà nước Hồi giáo” (IS)"), and a brand of two or three words
# ("Tổng công ty Hàng không Việt Nam (Vietnam Airlines)"): folded only when found as a name itself.
# …and after "tự xưng" (self-styled): "Nhà nước Hồi giáo tự xưng (IS)" names IS, 49 of 2,000 corpus articles.
_ACRONYM_AFTER = re.compile(r"[”\"]?\s*(?:tự xưng\s*)?"
                            r"\(([A-ZĐ][A-ZĐ0-9&.-]{1,9}|[A-Z][a-z]+[A-Za-z]*(?: [A-Z][A-Za-z]+){0,2})\)")


# A body's term written after its name: "Quốc hội khóa XIV", "Ban Chấp hành Trung ương khóa XII".
_TERM_AFTER = re.compile(r"\s+(?:khóa|khoá|nhiệm kỳ)\s+[IVXLC]+$")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
# A company's legal form after a dash closing its name: "… Bạch Đằng - CTCP".
_LEGAL_FORM_AFTER = re.compile(r"\s*[-–]\s*(?:CTCP|Công ty cổ phần)$")
# "Hãng" alone too: "Hãng Reuters" is Reuters (a name known bare), "Hãng Vinaxuki" stays itself.
_MEDIA_HEADS = re.compile(r"^(?:Hãng tin|Hãng thông tấn|Hãng|Thông tấn xã|Kênh|Đài|Báo|Tờ)\s+")


def _canonical_org(name: str, aliases: dict[str, str], media: frozenset[str] = frozenset(), gaz=None,
                   abbreviations: dict[str, str] | None = None, heads: frozenset[str] | None = None) -> str:
    """heads: the head nouns an acronym may stand for at a name's start ("UBND …"); not a whole
    body's acronym ("VTC News" is no "Đài Truyền hình Kỹ thuật số VTC News")."""
    norm = re.sub(r"\s+(TP\.?|thành phố|tỉnh)$", "", normalize_vi(name))  # "UBND TP": no city named
    norm = _TERM_AFTER.sub("", norm)  # "Quốc hội khóa XIV" is the Quốc hội, in one of its terms
    norm = re.sub(r"\bTP\.?\s+|\bTP\.(?=[A-ZĐ][a-zà-ỹđ])", "thành phố ", norm)  # "TP.Vĩnh Yên"; "TP.HCM" below
    norm = re.sub(r"\bQ\.\s*(?=[A-ZĐ0-9])", "quận ", norm)  # "Công an Q.Thủ Đức" is the district's police
    if norm.casefold() not in media:  # "al-Qaeda" is written so
        norm = norm[:1].upper() + norm[1:]  # "đại sứ quán Việt Nam tại Lào" names the Đại sứ quán
    bare = _MEDIA_HEADS.sub("", norm)
    if bare != norm and (bare.casefold() in media or _ACRONYM.fullmatch(bare)):
        # "Hãng tin AP", "Hãng thông tấn Yonhap" and "AP", "Yonhap" are one agency; a channel is
        # named by its acronym: "Đài MBC" is MBC
        return aliases.get(bare, bare)
    if norm in aliases:
        return aliases[norm]
    norm = _head_spelt_out(norm)
    norm = _LEGAL_FORM_AFTER.sub("", norm)  # "Tổng công ty Xây dựng Bạch Đằng - CTCP" is that company
    for short, full in aliases.items():  # "UBND thành phố Hà Nội" → "Ủy ban nhân dân thành phố Hà Nội"
        if norm.startswith(short + " ") and short.isupper() and (heads is None or full in heads):
            norm = full + norm[len(short) :]
            break
    # A misspelt brand inside a longer name: "Tập đoàn … Vietel" → "Tập đoàn … Viettel"; an
    # acronym inside it spelt out ("Ủy ban Trung ương MTTQ Việt Nam"), unless it is the name's brand;
    # an abbreviated word after the head spelt out ("Trung tâm CNTT", "Cơ quan CSĐT Công an …").
    words = norm.split(" ")
    words = [_spelt_out(w, aliases, k, words) for k, w in enumerate(words)]
    if abbreviations:
        words = [abbreviations.get(w, w) if k else w for k, w in enumerate(words)]
    if gaz is not None and len(words) > 2 and not re.search(r"[a-zà-ỹđ]", words[-1]):
        place = gaz.lookup(words[-1])  # "Công an TP.HCM" is "Công an thành phố Hồ Chí Minh"
        if place is not None and place.name != words[-1]:
            words[-1] = re.sub(r"^TP\.?\s+", "thành phố ", place.name)
    return " ".join(words)


def _head_spelt_out(name: str) -> str:
    """A company's head written short, spelt out (head_abbreviations.tsv): "Cty Hoa Sen" → "Công ty Hoa Sen"."""
    for short, full in word_pairs("head_abbreviations.tsv").items():
        if name.startswith(short + " "):
            return full + name[len(short) :]
    return name


@lru_cache(maxsize=1)
def _generic_bodies() -> frozenset[str]:
    from app.nlp.lexicon import _lines

    return frozenset(ln.casefold() for ln in _lines("generic_bodies.txt"))


def _generic_body_folds(orgs: list[str]) -> dict[str, str | None]:
    """Rule generic_body: a kind of body named alone (generic_bodies.txt: "Cơ quan Cảnh sát điều
    tra") → the one longer name in the article that begins with it, else None (no organisation)."""
    out: dict[str, str | None] = {}
    for short in orgs:
        folded = short.casefold()
        if any(folded == g[:-2] or folded.startswith(g[:-1]) for g in _generic_bodies() if g.endswith(" …")):
            out[short] = None  # "Cơ quan chức năng huyện X": the authorities
            continue
        if folded not in _generic_bodies():
            continue
        longer = [n for n in orgs if n.casefold().startswith(folded + " ")]
        out[short] = longer[0] if len(longer) == 1 else None
    return out


def _spelt_out(word: str, aliases: dict[str, str], k: int, words: list[str]) -> str:
    full = aliases.get(word, word)
    if " " not in full:
        return full
    inner = 0 < k < len(words) - 1 and word.isupper() and word not in full
    return full if inner else word


def _merge_people(found: dict[str, EntityFound], surnames: set[str]) -> dict[str, str]:
    """Map each variant of a person's name to the one name the article means.

    A short form merges into the unique longer name containing its words ("Rafael Lopez" →
    "Rafael Lopez Aliaga"). A Vietnamese name is at most four syllables and starts with the family
    name, so a rarer variant that adds a syllable to a known name is a capitalised word glued
    on ("Trần Sỹ Thanh Bày tỏ" → "Trần Sỹ Thanh").
    """
    names = sorted(found, key=lambda n: len(n.split()), reverse=True)
    target: dict[str, str] = {**_misspelt(found), **_respaced(found)}
    for long in names:
        words = long.split()
        if words[0].casefold() in surnames and len(words) >= 3:
            prefix = " ".join(words[:-1])
            if prefix in found and found[prefix].mentions >= found[long].mentions:
                target[long] = prefix
    for short in names:
        if short in target:
            continue
        words = short.split()
        longer = [
            n for n in names
            if len(n.split()) > len(words) and _short_form_of(n.split(), words) and n not in target
        ]
        # "Rakhimov" is in "Jamshid Rakhimov" and in "Jamshid Akmalovich Rakhimov": the fullest wins,
        # unless two different full names could be meant.
        fullest = [n for n in longer if not any(n != m and _short_form_of(m.split(), n.split()) for m in longer)]
        if len(fullest) == 1:
            target[short] = fullest[0]
    return target


MISSPELT_MIN_WORD = 5  # letters of the one word a misspelling changes


def _misspelt(found: dict[str, EntityFound]) -> dict[str, str]:
    """Rule misspelt_in_article: a foreign name written once with one letter wrong beside the
    same name written more often ("Donal Trump" beside "Donald Trump") is that person — same words
    but one, that one of at least MISSPELT_MIN_WORD letters, one edit away and no hyphen in it
    ("Kim Jong-un" and "Kim Jong-il" are two people). So is a name cut at the hyphen of its last
    word ("Ankie Broekers" beside "Ankie Broekers-Knol"). Folded only when one name fits."""
    foreign = [n for n in found if not any(vietnamese_syllable(w) for w in n.split())]
    target: dict[str, str] = {}
    for name in foreign:
        words = [fold_diacritics(w).casefold() for w in name.split()]
        fits = []
        for other in foreign:
            others = [fold_diacritics(w).casefold() for w in other.split()]
            if other == name or len(others) != len(words):
                continue
            differing = [(a, b) for a, b in zip(words, others) if a != b]
            if len(differing) != 1:
                continue
            mine, theirs = differing[0]
            if theirs.startswith(mine + "-") and others[-1] == theirs:
                fits.append(other)  # the hyphenated family name in full
            elif (found[other].mentions > found[name].mentions and "-" not in mine + theirs
                  and max(len(mine), len(theirs)) >= MISSPELT_MIN_WORD and Levenshtein.distance(mine, theirs) == 1):
                fits.append(other)
        if len(fits) == 1:
            target[name] = fits[0]
    return target


def _respaced(found: dict[str, EntityFound]) -> dict[str, str]:
    """A foreign name split or joined differently in one place ("Fran Cois-Philippe Champagne"
    beside "Francois-Philippe Champagne") is one person: the spelling written most is his."""
    groups: dict[str, list[str]] = {}
    for name in found:
        if not all(vietnamese_syllable(w) for w in name.split()):
            groups.setdefault(re.sub(r"[\s-]", "", fold_diacritics(name).casefold()), []).append(name)
    target: dict[str, str] = {}
    for variants in groups.values():
        if len(variants) > 1:
            best = max(variants, key=lambda n: (found[n].mentions, -len(n.split())))
            target.update({n: best for n in variants if n != best})
    return target


def _contains_words(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


_INITIALLED = re.compile(r"(\w)\.(\w[\w-]+)")


def _word_key(word: str) -> str:
    return word if vietnamese_syllable(word) else fold_diacritics(word)


def _short_form_of(long: list[str], short: list[str]) -> bool:
    """Words of short appear in long in order: contiguous ("Rafael Lopez"), or first and last
    name around a patronymic ("Jamshid Rakhimov" of "Jamshid Akmalovich Rakhimov"). A foreign word
    is compared without its accents ("Hernández" is "Hernandez"); a Vietnamese syllable with
    them ("Hùng" is not "Hưng")."""
    long, short = [_word_key(w) for w in long], [_word_key(w) for w in short]
    if len(short) == 1 and (m := _INITIALLED.fullmatch(short[0])):  # "D.Trump" of "Donald Trump",
        # "V.Pu-tin" of "Vladimir Putin": a transliteration hyphenates the syllables.
        return (len(long) >= 2 and fold_diacritics(long[0]).startswith(fold_diacritics(m.group(1)))
                and fold_diacritics(long[-1]).replace("-", "") == fold_diacritics(m.group(2)).replace("-", ""))
    if _contains_words(long, short):
        return True
    return len(short) == 2 and short[0] == long[0] and short[-1] == long[-1]


def extract_entities(reading: Reading, known: KnownNames = NO_NAMES, *, crf_people: bool = False
                     ) -> list[EntityFound]:
    """Entities of an article from its reading: title, lead, paragraphs, captions. known: the
    people the archive already knows (app.nlp.known_names), found here without a title too;
    crf_people: untitled foreign names where shape and underthesea's CRF agree (app.nlp.crf_people)."""
    ex = extractor()
    found: dict[tuple[str, str], EntityFound] = {}
    texts = dict(reading.units)
    all_text = "\n".join(t for _u, t in reading.units)
    lowered = all_text.casefold()
    named = _named_people(reading)
    named_words = {w for name in named for w in name.split()}
    for unit_id, text in reading.units:
        spans = reading.spans[unit_id]
        spans = spans + _known_people(text, spans, known)
        spans = spans + ex.listed_with_named(text, spans, named)
        spans = spans + ex.sources_named_bare(text, spans, named_words)
        if crf_people:
            sentences = [(x.start, x.end) for x in reading.sentences if x.unit == unit_id]
            taken = [(sp.start, sp.end) for sp in spans]
            spans = spans + [Span("person", s, e, text[s:e]) for s, e in foreign_people(text, taken, sentences, ex)]
        for span in spans:
            if span.type == "office":
                continue  # a title that names no one is no entity
            if span.type == "person":
                span = _without_glued_word(span, text, lowered)
            if span.type == "organization" and _is_credit(text, span):
                continue  # "TTXVN/Tin Tức", "Trí Dũng/TTXVN": who sent the story, not what it says
            name = span.name
            if span.type == "person" and len(name.split()) == 1:
                # "… Rafal Bohenek" for "Người phát ngôn Bohenek": in its paragraph, else the article
                name = _full_name_in(text, span, ex) or _full_name_in(all_text, span, ex, same_unit=False) or name
            if span.type == "organization":
                name = _canonical_org(name, ex.org_aliases, ex.org_names, ex.gaz, ex.name_abbreviations,
                                      ex.org_head_names)
                if name.casefold() in ex.generic_keys:
                    continue  # "UBND TP" alone names no particular committee
            key = (span.type, name)
            entity = found.get(key)
            if entity is None:
                place = span.place
                sentence = reading.sentence_at(unit_id, span.start)
                entity = EntityFound(
                    type=span.type, name=name, title=span.title,
                    kind=place.kind if place else None,
                    country=place.country if place else None,
                    evidence=sentence.text if sentence else None,
                )
                found[key] = entity
            elif span.title and (not entity.title or _title_rank(span.title) > _title_rank(entity.title)):
                entity.title = span.title
            entity.mentions += 1
            entity.spans.append((unit_id, span.start, span.end))
    people = {name: e for (t, name), e in found.items() if t == "person"}
    for short, full in _merge_people(people, ex.surnames).items():
        _fold_into(found, ("person", short), ("person", full))
    if known:
        for _type, name in [k for k in found if k[0] == "person"]:
            target = known.spelling_of(name, vietnamese=name.split()[0].casefold() in ex.surnames)
            if target and target != name:  # "Doanld Trump" → "Donald Trump", "Trump" → "Donald Trump"
                _rename(found, ("person", name), ("person", target))
    for acronym, full in _acronyms(texts, found).items():
        _fold_into(found, ("organization", acronym), ("organization", full))  # "Nhà nước Hồi giáo (IS)"
    orgs = [name for (t, name) in found if t == "organization"]
    for short in orgs:
        # "Đảng Xã hội" = "Đảng Xã hội Chile"; the brand "Viettel" = "Tập đoàn … Quân đội Viettel"
        longer = [n for n in orgs if n != short and (
            (n.startswith(short + " ") and ex.gaz.lookup(n[len(short) + 1 :]))
            or (n.casefold().endswith(" " + short.casefold()) and n.startswith(_BRAND_HEADS)
                and not vietnamese_syllable(short)))]
        if len(longer) == 1:
            _fold_into(found, ("organization", short), ("organization", longer[0]))
    for short, full in _short_forms_written_in_full(found, all_text).items():
        _rename(found, ("organization", short), ("organization", full))  # "Juve" → "Juventus"
    for short, full in _brand_short_forms([name for (t, name) in found if t == "organization"]).items():
        _fold_into(found, ("organization", short), ("organization", full))
    orgs = {name: e for (t, name), e in found.items() if t == "organization"}
    for short, full in {**_dash_variants(orgs), **_seat_variants(list(orgs), ex.gaz)}.items():
        if ("organization", short) in found and ("organization", full) in found:
            _fold_into(found, ("organization", short), ("organization", full))
    for short, full in _generic_body_folds([name for (t, name) in found if t == "organization"]).items():
        if full is None:
            del found[("organization", short)]  # "Cơ quan Công an" alone: which one, it does not say
        else:
            _fold_into(found, ("organization", short), ("organization", full))
    for key in [k for k in found if k[0] == "person" and " " not in k[1]]:
        # Rule brand_read_as_person: "Tổng Giám đốc Siemens bày tỏ …" read the company as a person
        # named by a title; the article's "Tập đoàn Siemens" says what it is.
        brands = {n for (t, n) in found if t == "organization" and n.startswith(_BRAND_HEADS)
                  and n.casefold().endswith(" " + key[1].casefold())}
        if not brands:  # the company named only inside a title: "Tổng Giám đốc Tập đoàn Siemens Joe Kaeser"
            brands = {m.group(0) for m in re.finditer(rf"\b(?:{_BRAND_HEADS_RE}) {re.escape(key[1])}\b", all_text)}
        if len(brands) == 1:
            person, company = found.pop(key), brands.pop()
            brand = found.setdefault(("organization", company),
                                     EntityFound(type="organization", name=company, evidence=person.evidence))
            brand.mentions += person.mentions
            brand.spans.extend(person.spans)
    for key in [k for k in found if k[0] == "person" and _too_short_for_a_name(k[1])]:
        del found[key]  # "ông Dũng", "anh T." with no full name in the article says nothing
    _count_bare_mentions(reading.units, found)
    return sorted(found.values(), key=lambda e: (-e.mentions, e.type, e.name))


def _named_people(reading: Reading) -> set[str]:
    """The people the article's spans name, and a foreign full name's family name ("Alves" of
    "Daniel Alves"): what a later list may name them by (rule listed_with_named). A single word
    only when a title stands before it ("HLV Conte"): an untitled one is as often a city read as
    a name ("Raqqa"), and a list beside it would be more cities."""
    out: set[str] = set()
    for spans in reading.spans.values():
        for sp in spans:
            if sp.type != "person" or len(sp.name) < 3:
                continue
            words = sp.name.split()
            if len(words) > 1 or (sp.title and not vietnamese_syllable(words[0])):
                out.add(sp.name)
            if len(words) > 1 and not any(vietnamese_syllable(w) for w in words) and len(words[-1]) > 2:
                out.add(words[-1])
    return out


def _short_forms_written_in_full(found: dict, all_text: str) -> dict[str, str]:
    """Rule org_short_form: an organisation's short name (org_short_forms.tsv: "Juve", "Barca")
    → its full name, when the article writes that too ("… rời Juve … Juventus"). Alone the short
    name stays as written: the article never says which it means."""
    out = {}
    for short, full in word_pairs("org_short_forms.tsv").items():
        if ("organization", short) in found and re.search(r"(?<!\w)" + re.escape(full) + r"(?!\w)", all_text):
            out[short] = full
    return out


def _brand_short_forms(orgs: list[str]) -> dict[str, str]:
    """A company named once without the words of its trade: "Tập đoàn Zarubezhneft" beside
    "Tập đoàn Dầu khí Zarubezhneft", "Liên doanh Rusvietpetro" beside "Liên doanh dầu khí
    Rusvietpetro" — same head, same brand (a foreign word) at the end, the short form's words all
    in the long one. Folded only when one longer name fits."""
    out: dict[str, str] = {}
    for short in orgs:
        words = short.split()
        if len(words) < 2 or vietnamese_syllable(words[-1]) or not short.startswith(_BRAND_HEADS):
            continue
        longer = [n for n in orgs if n != short and len(n.split()) > len(words) and n.split()[0] == words[0]
                  and n.split()[-1].casefold() == words[-1].casefold() and _in_order(words, n.split())]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def _dash_variants(orgs: dict[str, EntityFound]) -> dict[str, str]:
    """Rule org_dash_variant: one name written with and without a dash or capitals
    ("Ngân hàng Chính sách – Xã hội", "Ngân hàng Chính sách xã hội") is one body, named as
    written most."""
    groups: dict[str, list[str]] = {}
    for name in orgs:
        groups.setdefault(re.sub(r"\s*[-–]\s*", " ", name).casefold(), []).append(name)
    out: dict[str, str] = {}
    for names in groups.values():
        if len(names) > 1:
            best = max(names, key=lambda n: (orgs[n].mentions, n))
            out.update({n: best for n in names if n != best})
    return out


def _seat_variants(orgs: list[str], gaz) -> dict[str, str]:
    """Rule org_seat: a body named without its seat ("Đại sứ quán Mỹ") or with its country
    ("Đại sứ quán Mỹ tại Saudi Arabia") is the one the article names with the city in that country
    ("Đại sứ quán Mỹ tại Riyadh"), when one such name fits."""
    seated: dict[str, list[tuple[str, object]]] = {}
    for name in orgs:
        body, sep, seat = name.partition(" tại ")
        place = gaz.lookup(seat) if sep else None
        if place is not None:
            seated.setdefault(body, []).append((name, place))
    out: dict[str, str] = {}
    for body, names in seated.items():
        cities = [(n, p) for n, p in names if p.kind != "country"]
        if len(cities) != 1:
            continue
        city_name, city = cities[0]
        for n, p in names:
            if n != city_name and p.kind == "country" and p.country == city.country:
                out[n] = city_name
        if body in orgs:
            out[body] = city_name
    return out


def _in_order(short: list[str], long: list[str]) -> bool:
    it = iter(w.casefold() for w in long)
    return all(w.casefold() in it for w in short)


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _without_glued_word(span: Span, text: str, lowered: str) -> Span:
    """A foreign name with a Vietnamese word glued on from the next sentence, its full stop lost:
    "ông Trump Khu nghỉ dưỡng bao gồm …" when the article writes "khu nghỉ dưỡng" in lower case
    elsewhere. The word and the one after it are the article's own words, not a name's."""
    words = span.name.split()
    if len(words) < 2 or not vietnamese_syllable(words[-1]) or any(vietnamese_syllable(w) for w in words[:-1]):
        return span
    m = _NEXT_WORD.match(text, span.end)
    if not m or not m.group(1)[0].islower() or not vietnamese_syllable(m.group(1)):
        return span
    if lowered.count(f"{words[-1].casefold()} {m.group(1)}") <= lowered.count(f"{span.name.casefold()} {m.group(1)}"):
        return span  # never written in lower case: "Guillaume Long hối thúc …"
    seg = text[span.start : span.end]
    end = span.start + len(seg[: seg.rstrip().rfind(" ")].rstrip())
    return Span("person", span.start, end, text[span.start : end], span.title, span.place)


def _known_people(text: str, spans: list[Span], known: KnownNames) -> list[Span]:
    """Known full names in a unit where the scanner found nothing ("… cùng Rafal Bohenek")."""
    if not known:
        return []
    taken = [(sp.start, sp.end) for sp in spans]
    toks = tokenize(text)
    out = []
    i = 0
    while i < len(toks):
        n = known.match(toks, i)
        if n:
            start, end = toks[i].start, toks[i + n - 1].end
            after = toks[i + n] if i + n < len(toks) else None
            glued = after is not None and after.cap and after.word and after.start == end + 1
            if not glued and not any(s < end and start < e for s, e in taken):
                out.append(Span("person", start, end, text[start:end]))
            i += n
            continue
        i += 1
    return out


def _full_name_in(text: str, span: Span, ex, same_unit: bool = True) -> str | None:
    """A titled short form ("Người phát ngôn Bohenek") whose full name stands, untitled, elsewhere
    in the same unit ("ông Rafal Bohenek"): foreign given names before a foreign family name."""
    short = span.name
    if vietnamese_syllable(short.split()[0]) or short.split()[0].casefold() in ex.surnames:
        return None
    fulls = set()
    for m in re.finditer(r"(?<![\w-])([A-Z][\w-]+ )" + re.escape(short) + r"(?!\w)", text):
        if same_unit and m.end(1) == span.start:
            continue  # the words before this very mention: the scanner read them as its title
        given = m.group(1).split()
        before = text[max(0, m.start() - 24) : m.start()].split()
        if before and ex.place_words.match(tokenize(before[-1]), 0, need_cap=False):
            continue  # "tỉnh Kanagawa Kuroda": the word before is a place's, not a given name
        toks = tokenize(m.group(1))
        if any(vietnamese_syllable(w) or w.isupper() or ex.titles.match(toks, k) or ex.org_heads.match(toks, k)
               or ex.gaz.lookup(w) for k, w in enumerate(given)):  # "HLV Allegri": an acronym is no given name
            continue
        fulls.add(m.group(1) + short)
    return fulls.pop() if len(fulls) == 1 else None


_CREDIT_BEFORE = re.compile(r"(?:Ảnh|Nguồn|Photo)\s*:[^.:;!?]{0,40}$|/\s*$", re.IGNORECASE)


_SOURCE_BEFORE = re.compile(r"\(\s*(?:Theo|Nguồn)\s*:?\s*$")
# Rule source_paragraph: a paragraph that is only the source, "Theo VnExpress", "Nguồn: Reuters."
_SOURCE_PARAGRAPH = re.compile(r"\s*\(?\s*(?:Theo|Nguồn)\s*:?\s*")
_BYLINE_BEFORE = re.compile(r"(?:^|[.!?…\"”])\s*((?:[^\W\d_]+\s+){1,4})\($")


def _is_credit(text: str, span: Span) -> bool:
    """"TTXVN/Tin Tức", "Ảnh: AFP/ TTXVN", "Ảnh: Thống Nhất – TTXVN": a photo or story credit;
    "… năm 2016. Gia Thuận (TTXVN)": the writer and the agency after the last sentence."""
    before = text[max(0, span.start - 48) : span.start]
    if text[span.end : span.end + 1] == "/" or _CREDIT_BEFORE.search(before):
        return True
    if _SOURCE_BEFORE.search(before) and re.fullmatch(r"\)\s*", text[span.end :]):
        return True  # "… Ngọc Hạ (Theo Daily Mail)" closing the story: where it was taken from
    if _SOURCE_PARAGRAPH.fullmatch(text[: span.start]) and re.fullmatch(r"[\s.)]*", text[span.end :]):
        return True  # "Theo VnExpress" as a paragraph of its own, where the story was taken from
    byline = _BYLINE_BEFORE.search(before) if text[span.end : span.end + 1] == ")" else None
    return bool(byline) and all(w[:1].isupper() for w in byline.group(1).split())


def _acronyms(texts: dict[str, str], found: dict) -> dict[str, str]:
    """An organisation's acronym given in brackets after its name: "Nhà nước Hồi giáo (IS)"."""
    out: dict[str, str] = {}
    for (etype, name), entity in found.items():
        if etype != "organization":
            continue
        for unit_id, _start, end in entity.spans:
            m = _ACRONYM_AFTER.match(texts.get(unit_id, ""), end)
            if m and ("organization", m.group(1)) in found and m.group(1) != name:
                out[m.group(1)] = name
    return out


def _rename(found: dict, src_key: tuple[str, str], dst_key: tuple[str, str]) -> None:
    if dst_key in found:
        _fold_into(found, src_key, dst_key)
    else:
        entity = found.pop(src_key)
        entity.name = dst_key[1]
        found[dst_key] = entity


def _too_short_for_a_name(name: str) -> bool:
    words = name.split()
    return len(words) == 1 and (len(name) <= 2 or vietnamese_syllable(name))


def _fold_into(found: dict, src_key: tuple[str, str], dst_key: tuple[str, str]) -> None:
    """Count a variant's mentions under the name the article means; keep the fuller title, an
    office before a membership ("Chủ tịch Quốc hội Cuba" before "Ủy viên Bộ Chính trị …")."""
    src, dst = found.pop(src_key), found[dst_key]
    dst.mentions += src.mentions
    dst.spans.extend(src.spans)
    if src.title and (not dst.title or _title_rank(src.title) > _title_rank(dst.title)):
        dst.title = src.title


def _title_rank(title: str) -> tuple[bool, bool, bool, int]:
    """Which of a person's titles the article gives is his: one that says which country he
    serves ("người đồng cấp Israel" before a bare "Thủ tướng"), then an office written as one
    ("Tổng thống Nga" before "người đồng cấp Nga"), an office before a membership, the longest."""
    membership = any(title.startswith(m) for m in load_lexicon().membership_titles)
    return country_named_in(title) is not None, title[:1].isupper(), not membership, len(title)


def _count_bare_mentions(texts: Sequence[tuple[str, str]], found: dict) -> None:
    """A person named once with a title is often named again without one ("ông Rafael Lopez").
    texts: the article's units as scanned, [(unit id, cleaned text)]."""
    for (etype, name), entity in found.items():
        if etype != "person":
            continue
        covered = {(u, s) for u, s, _ in entity.spans}
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        for unit_id, text in texts:
            for m in pattern.finditer(text):
                if (unit_id, m.start()) not in covered:
                    entity.mentions += 1
                    entity.spans.append((unit_id, m.start(), m.end()))
