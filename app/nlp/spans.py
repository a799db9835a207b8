"""Find entity spans in one paragraph: persons with their titles, organisations, places, venues.

The rules (see entities.py for how an article's spans become its entities):
- a title ("Chủ tịch nước", "Thị trưởng") before a capitalised run marks a person and gives the
  title; what sits between them ("thành phố Lima", "Đảng Xã hội Chile") qualifies the title;
- an honorific ("ông", "bà", "đồng chí") before a capitalised run marks a person; titles in
  apposition after the name (", Chủ tịch UBND thành phố Hà Nội") give the title;
- the gazetteer names countries, cities and regions; organisation head nouns ("Bộ", "Đảng",
  "Đại sứ quán") and venue head nouns ("Quảng trường", "Phủ Chủ tịch") start names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.nlp.gazetteer import Place, load_gazetteer
from app.nlp.lexicon import load_lexicon
from app.nlp.sides import country_named_in
from app.nlp.text import fold_diacritics, normalize_vi
from app.nlp.tokens import PhraseMatcher, Tok, closing_paren, closing_quote, tokenize, vietnamese_syllable

# Lowercase words that end a name: a word group inside a name is "Capitalised lowercase" ("Ngoại
# giao"), but these words are the sentence going on ("Đảng Cộng sản Việt Nam và …").
_FUNCTION_WORDS = {
    "và", "với", "cùng", "của", "cho", "đã", "đang", "sẽ", "là", "có", "được", "bị", "ở", "trong",
    "trên", "về", "từ", "đến", "tới", "theo", "như", "nhằm", "để", "do", "mà", "thì", "các", "những",
    "nói", "này", "đó", "khi", "sau", "trước", "hai", "ba", "luôn", "cũng", "vừa", "tiếp", "gặp",
    "dành", "thăm",
    "tại", "vào", "ra", "qua", "sang", "bằng", "giữa", "nhân", "dịp", "cả", "mọi", "nhiều",
    "ngày", "tháng", "năm", "sáng", "chiều", "tối", "hiện", "đây", "nhưng", "tuy", "vì",
    "ngoài", "nếu", "bởi", "còn", "rồi",
}
# Only compound directions: a bare "Đông" before a country is usually part of its name
# ("Cộng hòa Đông Uruguay").
_DIRECTIONS = ("Đông Bắc", "Đông Nam", "Tây Bắc", "Tây Nam", "miền Bắc", "miền Nam", "miền Trung",
               "miền Tây", "miền Đông")
# Streets, schools and wards are named after people: "đường Lê Văn Lương", "Trường Nguyễn Trãi".
_NAMED_AFTER = {"đường", "phố", "phường", "quận", "huyện", "xã", "thị", "cầu", "trường", "thpt", "thcs",
                "tiểu", "viện", "lăng", "đền", "tượng", "giải", "quỹ", "làng", "ấp"}
_VENUE_WORDS = {"Phủ", "Dinh", "Cung", "Điện", "Lăng", "đài", "Đài", "Nhà", "Tòa", "Trụ", "sở"}
_VENUE_WORDS_FOLDED = {w.casefold() for w in _VENUE_WORDS}
_EMBASSY_HEADS = ("đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán", "văn phòng", "cơ quan đại diện", "phái đoàn",
                  "thương vụ")
# "Q.Ba Đình", "P.Bến Nghé", "H.Củ Chi", "X.Đông Anh": a district, ward or commune, not an initial.
_PLACE_INITIALS = {"Q", "P", "H", "X"}
# Places whose word is part of the name: "đường Lê Lợi" (a street; "Lê Lợi" alone is the king),
# "đảo Portillos", "bán đảo Santa Elena".
_NAMED_WITH_WORD = frozenset({"street", "island", "river", "quarter"})  # "sông Gianh", "khu phố Tịnh Sơn"
# Rule numbered_road: a road word and its number name a road, in either case ("Quốc lộ 1A",
# "đường cao tốc số 1").
_ROAD_WORDS = ("quốc lộ", "tỉnh lộ", "cao tốc", "đường cao tốc", "đường quốc lộ", "đường tỉnh lộ")
_ROAD_NUMBER = re.compile(r"\d{1,3}[A-Z]?")
# Words before a place: "tại Bari, Ý" is a city of Italy.
_LOCATIVES = frozenset({"ở", "tại", "đến", "tới", "từ", "sang", "thăm"})
# Rule venue_inside_word: a venue head ending a common noun begun by the word before it is no
# venue: "thủy điện Sông Ba Hạ" is a hydropower plant, "tàu sân bay Liêu Ninh" an aircraft carrier.
_NOT_VENUE_AFTER = {"điện": frozenset({"thủy", "thuỷ", "nhiệt", "phát"}), "sân bay": frozenset({"tàu"})}
# Rule owner_of_venue: "ông chủ Nhà Trắng", "chủ nhân Điện Kremlin" is the leader, not the building.
_VENUE_OWNERS = frozenset({"ông chủ", "bà chủ", "chủ nhân", "tân chủ nhân"})
# Rule agreement_city: "Hiệp định Paris", "thỏa thuận Paris về biến đổi khí hậu" name an agreement,
# not the city (only a city or capital right after the agreement's word: "Hiệp định … Việt Nam - EU"
# keeps its countries).
_AGREEMENT_WORDS = frozenset({"hiệp định", "thỏa thuận", "thoả thuận", "hiệp ước", "công ước",
                              "nghị định thư", "thỏa thuận khí hậu", "thoả thuận khí hậu", "hiệp định khí hậu"})
_NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "van", "von", "der", "bin", "binti", "al", "el",
                   "la", "le", "di", "du"}



class _TitleMatcher(PhraseMatcher):
    """Titles; an abbreviated one ("GĐ", "PGĐ") glued to an "&" is a word of an abbreviated name
    instead: "Sở GĐ&ĐT" (Giáo dục và Đào tạo, misspelt) names a department, not its director."""

    def match(self, toks: Sequence[Tok], i: int, *, need_cap: bool = True) -> int:
        n = super().match(toks, i, need_cap=need_cap)
        k = i + n
        glued = k < len(toks) and toks[k].text == "&" and toks[k].start == toks[k - 1].end
        if n and toks[k - 1].text.isupper() and glued:
            return 0
        return n


@dataclass
class Span:
    type: str  # "person" | "organization" | "location" | "office" (a title naming no one)
    start: int
    end: int
    name: str
    title: str | None = None
    place: Place | None = None


def _free_of(spans: Sequence[Span]):
    """A test that a character range overlaps none of the spans already found."""
    taken = [(sp.start, sp.end) for sp in spans]
    return lambda s, e: not any(a < e and s < b for a, b in taken)


def _inside_capitalised_run(toks: Sequence[Tok], i: int) -> bool:
    """Is the token at i glued by one space to a capitalised word before it ("Walt Disney")?"""
    return bool(i) and toks[i - 1].cap and toks[i - 1].word and toks[i].start == toks[i - 1].end + 1


def _lines(name: str) -> list[str]:
    from app.paths import resource_path

    text = resource_path("lexicon", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


class EntityExtractor:
    def __init__(self) -> None:
        lex = load_lexicon()
        self.gaz = load_gazetteer()
        self.titles = _TitleMatcher(list(lex.titles) + list(lex.membership_titles))
        self.memberships = PhraseMatcher(lex.membership_titles)
        occupations = _lines("occupations.txt")
        self.occupations = PhraseMatcher(occupations)
        self.lowercase_titles = PhraseMatcher(lex.lowercase_titles)
        self.lowercase_heads = PhraseMatcher(_lines("lowercase_head_titles.txt"))
        self.work_words = PhraseMatcher(_lines("work_words.txt"))
        self.club_words = frozenset(_lines("not_person_words.txt"))  # "FC", "United": no one's name
        self.modifiers = PhraseMatcher(lex.title_modifiers)
        self.honorifics = PhraseMatcher(lex.honorifics)
        self.org_heads = PhraseMatcher(lex.org_heads)
        self.org_aliases = {normalize_vi(k): v for k, v in lex.org_aliases.items()}
        self.name_abbreviations = dict(lex.name_abbreviations or {})
        events = _lines("event_names.txt")
        # Events stand like known names inside a title or a name ("HLV hay nhất La Liga" names no
        # one) but are no organisation of their own (rule event_name).
        self.known_orgs = PhraseMatcher(list(self.org_aliases) + list(self.org_aliases.values()) + list(lex.org_names)
                                        + events)
        self.event_names = PhraseMatcher(events)
        self.event_words = frozenset(_lines("event_words.txt"))
        self.club_heads = PhraseMatcher(_lines("club_heads.txt"))
        self.bodies_of_countries = PhraseMatcher(_lines("bodies_of_countries.txt"))
        self.company_heads = PhraseMatcher(_lines("company_heads.txt"))
        self.given_names = frozenset(_lines("foreign_given_names.txt") + _lines("foreign_given_names_more.txt"))
        self.clubs_also_given = frozenset(_lines("club_names_also_given.txt"))
        self.named_after_words = frozenset(_lines("named_after_words.txt"))
        self.office_object_words = frozenset(_lines("office_object_words.txt"))
        self.meeting_nouns = frozenset(_lines("meeting_nouns.txt"))
        self.board_words = frozenset(_lines("board_words.txt"))
        arabic = [ln.split("\t") for ln in _lines("arabic_name_parts.txt")]
        self.arabic_openers = frozenset(w for kind, w in arabic if kind == "opener")
        self.arabic_particle = re.compile("(?:" + "|".join(re.escape(w) for kind, w in arabic if kind == "particle")
                                          + r")[A-Z]\w+")
        joiners = _lines("list_joiners.txt")
        self.list_joiners = frozenset(j.removesuffix(" *") for j in joiners)
        self.list_closers = frozenset(j.removesuffix(" *") for j in joiners if j.endswith(" *"))
        self.namesakes = PhraseMatcher(_lines("namesakes.txt"))
        self.standalone_orgs = {normalize_vi(h) for h in lex.standalone_orgs}  # "Bộ Chính trị" alone
        self.generic_heads = {normalize_vi(h) for h in lex.org_heads} - self.standalone_orgs
        self.org_head_names = frozenset(normalize_vi(h) for h in lex.org_heads)
        self.generic_keys = frozenset(h.casefold() for h in self.generic_heads)
        self.standalone_keys = {h.casefold() for h in self.standalone_orgs}
        self.org_name_words = PhraseMatcher(lex.org_name_words)
        self.org_names = frozenset(normalize_vi(n).casefold() for n in lex.org_names)
        # "al-Qaeda" is listed in lower case: written so, it is the name, not a word of the sentence
        self.lowercase_org_starts = {n.split()[0] for n in lex.org_names if n[:1].islower()}
        self.name_breakers = PhraseMatcher(lex.name_breakers)
        lower_heads = _lines("lowercase_org_heads.txt")
        self.lowercase_org_heads = PhraseMatcher([h.removesuffix(" -") for h in lower_heads])
        self.web_domains = set(_lines("web_domains.txt"))
        self.country_short_forms = frozenset(_lines("country_short_forms.txt"))
        self.government_heads = PhraseMatcher(_lines("government_heads.txt"))
        self.media_suffixes = set(_lines("media_suffixes.txt"))
        company = _lines("company_suffixes.txt")
        self.name_suffixes = self.media_suffixes | {w for w in company if not w.startswith("-")}
        self.glued_suffixes = tuple(w[1:] for w in company if w.startswith("-"))
        openers = "|".join(re.escape(w) for w in sorted(_lines("source_openers.txt"), key=len, reverse=True))
        self.honorific_words = frozenset(_lines("honorifics.txt"))
        # "Theo Daily Mail," "(Theo Independent)": one to four capitalised words, then the clause ends
        self.bare_source = re.compile(rf"(?<!\w)(?:{openers}) ((?:[A-Z][\w&'-]*)(?: [A-Z0-9][\w&'-]*){{0,3}})"
                                      r"(?=\s*[,)]|\.(?:\s|$))")
        self.team_heads = set(_lines("team_heads.txt"))
        self.descriptor_heads = PhraseMatcher([h[:-2] for h in lower_heads if h.endswith(" -")])
        self.compound_words = frozenset(_lines("compound_words.txt"))
        self.inner_words = frozenset(_lines("name_inner_words.txt"))
        # Family names that open a name: Vietnamese ones and Chinese ones in their Hán-Việt form
        # (rule chinese_surname). The latter are not Vietnamese names (lexicon.is_vietnamese_name):
        # "Vưu Quyền" met abroad is a foreign counterpart.
        self.surnames = {s.casefold() for s in lex.surnames} | {s.casefold() for s in _lines("chinese_surnames.txt")}
        self.given_words = {w.casefold() for w in _lines("given_names_also_words.txt")}
        self.address_words = {w.casefold() for w in _lines("address_words.txt")}
        self.title_remits = PhraseMatcher(_lines("title_remits.txt"))
        ages = (r"\s+".join(r"\d{1,4}" if w == "N" else re.escape(w) for w in ln.split())
                for ln in _lines("age_markers.txt"))  # "N tuổi": N is a number
        self.age_marker = re.compile(r"\s*(?:" + "|".join(ages) + r")\s*[,;)]", re.IGNORECASE)
        self.place_kinds = {w.casefold(): k for w, k in (ln.split("\t") for ln in _lines("place_words.tsv")[1:])}
        self.place_words = PhraseMatcher(list(self.place_kinds))
        self.directions = PhraseMatcher(_DIRECTIONS)
        self.road_words = PhraseMatcher(_ROAD_WORDS)
        venue_lines = [ln for ln in _lines("venue_heads.txt")]
        self.venue_heads = PhraseMatcher([ln.rstrip(" *@") for ln in venue_lines])
        self.locative_venues = {normalize_vi(ln[:-2]).casefold() for ln in venue_lines if ln.endswith(" @")}
        self.standalone_venues = {normalize_vi(ln[:-2]).casefold() for ln in venue_lines if ln.endswith(" *")}

    # --- places -------------------------------------------------------------------------------
    def _place_at(self, text: str, toks: Sequence[Tok], i: int, *, after_direction: bool = False,
                  after_title: bool = False) -> tuple[int, Place] | None:
        """Longest gazetteer name starting at token i, as (tokens used, place). A place word
        with a capitalised name after it ("tỉnh Udon Thani") is a place even when unknown."""
        if i >= len(toks):
            return None
        if toks[i].cap or toks[i].text in ("châu", "miền", "đồng"):  # regions: "châu Âu", "đồng bằng sông Hồng"
            for n in range(min(10, len(toks) - i), 0, -1):  # "Vương quốc Liên hiệp Anh và Bắc Ireland"
                last = toks[i + n - 1]
                if not last.word:
                    continue
                place = self.gaz.lookup(text[toks[i].start : last.end])
                if place is not None and (after_direction or self._stands_as_name(text, toks, i, n, after_title)):
                    return n, place
        road = self.road_words.match(toks, i, need_cap=False)
        if road:
            k = i + road + (i + road < len(toks) and toks[i + road].text == "số")
            if k < len(toks) and _ROAD_NUMBER.fullmatch(toks[k].text) and text[toks[k - 1].end : toks[k].start] == " ":
                name = text[toks[i].start : toks[k].end]
                return k + 1 - i, Place(name=name[:1].upper() + name[1:], kind="street", country=None, iso=None)
        direction = self.directions.match(toks, i, need_cap=False)
        if direction:
            inner = self._place_at(text, toks, i + direction, after_direction=True)
            if inner and inner[1].kind in ("country", "region"):  # "Đông Bắc Thái Lan", "miền Nam châu Phi"
                name = text[toks[i].start : toks[i + direction + inner[0] - 1].end]
                return direction + inner[0], Place(name=name, kind="region", country=inner[1].country, iso=None)
        pw = self.place_words.match(toks, i, need_cap=False)
        if pw and (toks[i].text[0].islower() or toks[i].text.isupper()):  # "tỉnh X", "TP.Vĩnh Yên"
            word = " ".join(t.text for t in toks[i : i + pw])
            kind = self.place_kinds.get(word, "province")
            street = kind == "street"
            for n in range(min(pw + 4, len(toks) - i), pw, -1):  # rule place_word_in_name: "vùng Vịnh"
                whole = self.gaz.lookup(text[toks[i].start : toks[i + n - 1].end]) if toks[i + n - 1].word else None
                if whole is not None and whole.kind != "country":
                    return n, whole
            known = None if street else self._place_at(text, toks, i + pw)
            if known and self._one_word_country_goes_on(text, toks, i + pw, known):
                known = None  # "huyện Ý Yên", "huyện Anh Sơn": a district's name, not Italy or Britain
            if known:
                return pw + known[0], known[1]
            if kind in ("district", "ward") and i + pw < len(toks) and toks[i + pw].text.isdigit():
                name = text[toks[i].start : toks[i + pw].end]  # "quận 7": a number names it with its word
                return pw + 1, Place(name=name, kind=kind, country="Việt Nam", iso=None)
            if toks[i].text == "nước" or (toks[i].text == "bang" and i and toks[i - 1].text == "liên"):
                return None  # "nước" names only known countries; "liên bang" is "federal"
            run = 0
            while i + pw + run < len(toks) and run < 3 and toks[i + pw + run].cap and toks[i + pw + run].word:
                if self.titles.match(toks, i + pw + run) or self.org_heads.match(toks, i + pw + run):
                    break
                run += 1
            second = i + pw + 1
            whole_run = run
            while (i + pw + whole_run < len(toks) and whole_run < 6 and toks[i + pw + whole_run].cap
                   and toks[i + pw + whole_run].word):
                whole_run += 1
            if run >= 3 and self._is_surname_start(toks, second + 1):
                run = 2  # "xã Bồ Lý Nguyễn Văn An": two words of place, then a person's name
            elif run >= 3 and ((self._is_surname_start(toks, second) and whole_run >= 4)
                               or not vietnamese_syllable(toks[second].text)):
                # "tỉnh Kanagawa Kuroda Masaki", "xã Quang Nguyễn Văn An": one word of place, then a
                # person's name; but three syllables alone are the place's ("quận Nam Từ Liêm")
                run = 1
            after = i + pw + run
            if run == 1 and toks[i].text.isupper() and len(toks[i + pw].text) == 1:
                return None  # "Q.H (Tổng hợp)": a byline's initials, no district
            if (run == 1 and (street or (kind == "region" and vietnamese_syllable(toks[i + pw].text)))
                    and after < len(toks) and toks[after].word and not toks[after].cap):
                # "con đường Đổi mới" is a way forward, not a street; "khu vực Đối thoại Shangri-La"
                # the region of a forum's name, not a region "Đối" ("khu vực Kaluga này" is one)
                run = 0
            if run:
                # A street keeps its word ("đường Lê Lợi"): without it the name is a person's.
                name = text[toks[i + (0 if kind in _NAMED_WITH_WORD else pw)].start : toks[i + pw + run - 1].end]
                return pw + run, Place(name=name, kind=kind, country=self._gloss_country(text, toks, i + pw + run),
                                       iso=None)
        return None

    @staticmethod
    def _one_word_country_goes_on(text: str, toks: Sequence[Tok], j: int, known: tuple[int, Place]) -> bool:
        """A one-word country after a place word, with a capitalised word glued after it: the
        country's word is only the first syllable of a Vietnamese place ("huyện Đức Phổ")."""
        k = j + known[0]
        return (known[0] == 1 and known[1].kind == "country" and k < len(toks) and toks[k].cap
                and toks[k].word and text[toks[k - 1].end : toks[k].start] == " ")

    def _place_by_gloss(self, text: str, toks: Sequence[Tok], i: int) -> tuple[int, Place] | None:
        """An unknown place named by the larger place written after it: "Sóc Sơn (Hà Nội)", "Trà
        Cổ (Đồng Nai)", "(Sóc Sơn, Hà Nội)" (a Vietnamese name, the province in brackets), "Chattanooga, Tennessee",
        "tại Bari, Ý" (a foreign name, its state or, after a word of place, its country)."""
        if i and toks[i - 1].cap and toks[i - 1].word:
            return None  # the end of a longer name
        n = 0
        while (i + n < len(toks) and n < 3 and self._name_token(toks[i + n]) and not self.titles.match(toks, i + n)
               and not self.org_heads.match(toks, i + n) and not self.gaz.lookup(toks[i + n].text)):
            n += 1
        if not n or i + n + 1 >= len(toks) or self.known_orgs.match(toks, i):
            return None
        words = [t.text for t in toks[i : i + n]]
        vietnamese = all(vietnamese_syllable(w) for w in words)
        if words[0].casefold() in _FUNCTION_WORDS:
            return None  # "Khi Thanh (…)": a sentence opens with a word, not a place
        sep, outer = toks[i + n].text, self._place_at(text, toks, i + n + 1)
        if not outer or outer[1].kind not in ("country", "province", "city", "capital"):
            return None
        bracketed = sep == "(" or (sep == "," and i and toks[i - 1].text == "(")  # "(Sóc Sơn, Hà Nội)"
        close = i + n + 1 + outer[0]
        if bracketed and close < len(toks) and toks[close].word:
            return None  # "(Anh Dũng đóng)": the bracket says more than a place
        if bracketed and vietnamese and n >= 2 and not self._is_surname_start(toks, i):
            pass  # "Sóc Sơn (Hà Nội)"; one word ("Ba (Hà Nội)") or a family name is a person's
        elif sep == "," and not vietnamese and (
                outer[1].kind == "province" or (outer[1].kind == "country" and n == 1 and i
                                                and toks[i - 1].text in _LOCATIVES)):
            pass
        else:
            return None
        name = text[toks[i].start : toks[i + n - 1].end]
        return n, Place(name=name, kind="city" if not vietnamese else "district", country=outer[1].country, iso=None)

    # --- people of culture, sport and crime news ----------------------------------------------
    def _occupation_people(self, text: str, toks: Sequence[Tok], i: int, n: int) -> list[Span]:
        """People named after an occupation at i (occupations.txt): "ca sĩ Mỹ Tâm", "chuyên gia
        tâm lý Trần Thị Hồng Hà", "cầu thủ Thái Lan Chanathip Songkrasin", a list ("diễn viên Bình
        Minh, Anh Thư"; "diễn viên quen thuộc như Khả Ngân, Quang Minh"). Only a body or a country
        is read as the title's qualifier, not an office's long one: a stage name may open with a
        country's word ("Mỹ Tâm", "Anh Thư")."""
        k = i + n
        run = self._lowercase_run(toks, k)
        if run and k + run < len(toks) and (toks[k + run].cap or toks[k + run].text == "như"):
            k += run  # "chuyên gia tâm lý …", "diễn viên quen thuộc như …"
        if k < len(toks) and toks[k].text == "như":
            listed = self._listed_people(text, toks, k + 1, _trim_title(text[toks[i].start : toks[i + n - 1].end]))
            return listed
        qualifier = self._occupation_qualifier(text, toks, k)
        k += qualifier
        people = self._listed_people(text, toks, k, None, first_may_be_one=True)
        if not people:
            return []
        title = _trim_title(text[toks[i].start : toks[k - 1].end])
        for span in people:
            span.title = title
        first = people[0]
        end = self._abbreviated_end(text, toks, _token_after(toks, first.end))
        if end < len(toks) and toks[end - 1].end > first.end:
            people[0] = Span("person", first.start, toks[end - 1].end, text[first.start : toks[end - 1].end], title)
        return people

    def _occupation_qualifier(self, text: str, toks: Sequence[Tok], k: int) -> int:
        """Tokens of the body or country an occupation names before the name ("Báo Nhân Dân",
        "Việt Nam"), when a name follows it; a one-word country followed by one Vietnamese
        syllable is the name itself ("Mỹ Tâm")."""
        org = self._org_at(text, toks, k)
        place = self._place_at(text, toks, k)
        size = org or (place[0] if place else 0)
        if not size or not self._name_run(toks, k + size):
            return 0
        one_syllable = self._name_run(toks, k + size) == 1 and vietnamese_syllable(toks[k + size].text)
        if size == 1 and place and not org and one_syllable:
            return 0
        return size

    def _listed_people(self, text: str, toks: Sequence[Tok], k: int, title: str | None, *,
                       need_separator: bool = False, first_may_be_one: bool = False) -> list[Span]:
        """People listed after an occupation, each of two to four capitalised words, joined by
        commas, "và" or "&": "Khả Ngân, Quang Minh, Dương Hoàng Anh và Việt Hương". The list
        ends at anything else; a place, a body or a title ends it too."""
        out: list[Span] = []
        while k < len(toks):
            if need_separator or out:
                if toks[k].text not in (",", "và", "&"):
                    break
                k += 1
            n = self._listed_name_run(toks, k)
            if not (2 if out or not first_may_be_one else 1) <= n <= 4:
                break
            name = text[toks[k].start : toks[k + n - 1].end]
            if (self.gaz.lookup(name) or self.org_heads.match(toks, k) or self._known_org(toks, k)
                    or any(self.titles.match(toks, m) for m in range(k, k + n))
                    or self._opens_with_place(text, toks, k, n) or any(w in self.club_words for w in name.split())):
                break  # "…, Hà Nội FC": a club; "…, Chủ tịch …": an office
            after = k + n
            out.append(Span("person", toks[k].start, toks[after - 1].end, name, title))
            k = after
            need_separator = True
        return out

    def _opens_with_place(self, text: str, toks: Sequence[Tok], k: int, n: int) -> bool:
        """Does the run of n tokens at k open with a place longer than a stage name's first
        syllable ("Hà Nội FC", "Anh Quốc Tuấn"; not "Anh Thư", "Mỹ Linh")?"""
        place = self._place_at(text, toks, k)
        return bool(place) and (place[0] >= 2 or n > 2)

    def _initialled_transliteration(self, toks: Sequence[Tok], i: int) -> bool:
        """A foreign name as Vietnamese news transliterates it, its given name cut to an initial:
        "V.Pu-tin", "A.Láp-ren-trép" — an initial, a full stop and a hyphenated word, all glued.
        Not a district's letter ("Q.Ba Đình") nor a byline ("N.Ngọc", no hyphen)."""
        if i + 2 >= len(toks):
            return False
        initial, stop, word = toks[i], toks[i + 1], toks[i + 2]
        return (len(initial.text) == 1 and initial.text.isupper() and initial.text not in _PLACE_INITIALS
                and stop.text == "." and stop.start == initial.end and word.start == stop.end
                and self._name_token(word) and "-" in word.text)

    def _listed_name_run(self, toks: Sequence[Tok], k: int) -> int:
        """A name's run in a list, where a capitalised "Anh" or "Chị" opens a name ("Anh Thư")."""
        if k + 1 < len(toks) and toks[k].cap and self.honorifics.match(toks, k) == 1 and self._name_token(toks[k + 1]):
            return 1 + self._name_run(toks, k + 1)
        return self._name_run(toks, k)

    def _work_title_end(self, text: str, toks: Sequence[Tok], i: int) -> int:
        """Token after the closing quote of a work's title opened at i ("ca khúc “Bài ca Trường
        Sơn”", "phim “Sống chung với mẹ chồng”", "“Bài ca Trường Sơn” - Trần Chung": after a
        work's word or before its authors' credit), or 0: the names in a title are the work's."""
        if toks[i].text not in "“\"":
            return 0
        close = closing_quote(toks, i)
        if not close:
            return 0
        named = any(self.work_words.match(toks, k, need_cap=False) == i - k for k in range(max(0, i - 3), i))
        credited = close + 1 < len(toks) and bool(self._credited_people(text, toks, close + 1))
        return close + 1 if named or credited else 0

    def _credited_people(self, text: str, toks: Sequence[Tok], i: int) -> list[Span]:
        """Authors credited after a work's title in quotes and a dash: "“Chào sông Mã anh hùng” -
        Xuân Giao", "“Bộ đội về làng” - Lê Yên & Hoàng Trung Thông"."""
        if not (toks[i].text in "-–—" and i and toks[i - 1].text in "”\"" and i + 1 < len(toks)):
            return []
        listed = self._listed_people(text, toks, i + 1, None)
        end = _token_after(toks, listed[-1].end) if listed else i
        if listed and end < len(toks) and toks[end].word:
            return []  # "… ” - Nguyễn Văn An cho biết": a sentence, not a credit
        return listed

    def _abbreviated_end(self, text: str, toks: Sequence[Tok], ne: int) -> int:
        """A name whose last syllable is cut to its consonants keeps its full stop: "chị Đặng Thị
        Ph." and "anh Vũ Anh H." (news hides a suspect's or victim's name so)."""
        last = toks[ne - 1].text
        vowelless = not re.search(r"[aeiouy]", fold_diacritics(last).casefold())
        if (ne < len(toks) and toks[ne].text == "." and toks[ne].start == toks[ne - 1].end
                and len(last) <= 3 and last[:1].isupper() and vowelless):
            return ne + 1
        return ne

    def _stands_as_name(self, text: str, toks: Sequence[Tok], i: int, n: int, after_title: bool = False) -> bool:
        """Tokens i..i+n-1 are a place name of their own, not part of a longer name or word. After
        a title the word before is the title's ("Tổng Thống Mỹ"), never part of the place's name."""
        before = toks[i - 1].text if (i and not after_title and toks[i - 1].word
                                      and text[toks[i - 1].end : toks[i].start] == " ") else ""
        j = i + n
        after = toks[j].text if j < len(toks) and toks[j].word and text[toks[j - 1].end : toks[j].start] == " " else ""
        return self.gaz.stands_as_name(before, [t.text for t in toks[i:j]], after)

    def _stadium_at(self, toks: Sequence[Tok], i: int) -> int:
        """Rule stadium_name: "sân" in lower case and a foreign name of at most three capitalised
        words is a stadium, named without its word ("sân Old Trafford" is Old Trafford). A
        Vietnamese name ("sân Mỹ Đình"), a known body or team ("sân Arsenal") or a place is not read."""
        if toks[i].text != "sân" or i + 1 >= len(toks) or not (toks[i + 1].cap and toks[i + 1].word):
            return 0
        first = toks[i + 1].text
        if vietnamese_syllable(first) or self.known_orgs.match(toks, i + 1) or self.gaz.lookup(first):
            return 0
        n = 1
        while (n < 3 and i + 1 + n < len(toks) and toks[i + 1 + n].cap and toks[i + 1 + n].word
               and not self.titles.match(toks, i + 1 + n) and not self.gaz.lookup(toks[i + 1 + n].text)):
            n += 1  # "Camp Nou", "Signal Iduna Park"; a title or a known place after it ends the name
        return 1 + n

    def _gloss_country(self, text: str, toks: Sequence[Tok], j: int) -> str | None:
        """The country in brackets after a place: "tỉnh Kanagawa (Nhật Bản)" → Nhật Bản."""
        if j < len(toks) and toks[j].text == "(" and (close := closing_paren(toks, j)):
            place = self._place_at(text, toks, j + 1)
            if place and place[1].kind == "country" and j + 1 + place[0] == close:
                return place[1].country
        return None

    def _whole_venue_head(self, text: str, toks: Sequence[Tok], i: int) -> int:
        """Tokens of a venue that is whole by itself ("Nhà Trắng", "Điện Kremlin") at i, or 0."""
        n = self.venue_heads.match(toks, i)
        if not n:
            return 0
        return n if normalize_vi(text[toks[i].start : toks[i + n - 1].end]).casefold() in self.standalone_venues else 0

    def _venue_at(self, text: str, toks: Sequence[Tok], i: int) -> int:
        """Tokens of a venue name ("Phủ Tổng thống Planalto", "cảng Vũng Áng"), or 0. A venue
        written in lower case ("cảng", "tượng đài") needs a capitalised name after it."""
        n = self.venue_heads.match(toks, i, need_cap=False)
        if not n or (i + n < len(toks) and self._ends_a_word(toks, i + n)):
            return 0  # "Cầu thủ …" is a player (compound_words.txt), no bridge
        head = normalize_vi(text[toks[i].start : toks[i + n - 1].end]).casefold()
        if i and toks[i - 1].text.casefold() in _NOT_VENUE_AFTER.get(head, ()):
            return 0  # rule venue_inside_word: "thủy điện …", "tàu sân bay …"
        if toks[i].cap and any(_words_before(toks, i, k) in _VENUE_OWNERS for k in (2, 3)):
            return 0  # rule owner_of_venue: "ông chủ Nhà Trắng" is the president
        if head in self.locative_venues:
            if not (i and toks[i - 1].text.casefold() in _LOCATIVES):
                return 0  # rule venue_after_locative: "hợp tác với Bảo tàng …" is the institution
        elif self.org_heads.match(toks, i) >= n:  # "Cảng vụ Rotterdam" is an authority
            return 0
        if not toks[i].cap and not (i + n < len(toks) and toks[i + n].cap):
            return 0  # "cung cấp", "cầu nối": lower case is a venue only when a name follows at once
        if i and toks[i - 1].text == "phố":
            return 0  # "thành phố cảng Valparaiso" is a port city, not a port
        if not toks[i].cap and i and self.name_breakers.match(toks, i - 1, need_cap=False) > 1:
            return 0  # "yêu cầu UBND …" asks; it names no bridge
        j = i + n
        named = False
        whole = toks[i].cap and head in self.standalone_venues  # "Nhà Trắng", "Điện Kremlin"
        while j < len(toks):
            if whole and (self.titles.match(toks, j)
                          or (self._is_surname_start(toks, j) and 3 <= self._name_run(toks, j) <= 4)):
                break  # "tại Nhà Trắng Tổng thống Donald Trump …": the title opens the next person
            if toks[j].text in "“\"" and (close := closing_quote(toks, j)):
                j = close + 1  # Quảng trường “Nước cộng hòa xã hội chủ nghĩa Việt Nam”
                named = True
                continue
            place = self._place_at(text, toks, j)
            if place:
                j += place[0]
                named = True
                continue
            title = self.titles.match(toks, j)  # "Tượng đài Chủ tịch Hồ Chí Minh"
            if title and self._name_run(toks, j + title):
                j += title
                continue
            if toks[j].cap and toks[j].word:
                j += 1
                named = True
                if (j < len(toks) and toks[j].word and not toks[j].cap and toks[j].text not in _FUNCTION_WORDS
                        and vietnamese_syllable(toks[j - 1].text) and vietnamese_syllable(toks[j].text)
                        and not self.name_breakers.match(toks, j, need_cap=False)):
                    j += 1
                continue
            run = self._lowercase_run(toks, j, limit=4)
            if run and not named and self._continues_name(text, toks, j + run):
                j += run  # "cảng cửa ngõ quốc tế Lạch Huyện", "Đặc khu phát triển Mariel"
                continue
            break
        if not named and not (whole and j == i + n):
            return 0
        return j - i

    # --- organisations ------------------------------------------------------------------------
    def _given_name_not_club(self, toks: Sequence[Tok], i: int, known: int) -> bool:
        """Rule club_or_given_name: a club that is also a given name, with another capitalised
        name right after it, is the person: "Chelsea Clinton" is a woman, "trước Chelsea" the club;
        but after a title the club is the title's ("HLV Chelsea Antonio Conte")."""
        if not (known == 1 and toks[i].text in self.clubs_also_given and i + 1 < len(toks)
                and self._name_token(toks[i + 1]) and toks[i + 1].start == toks[i].end + 1):
            return False
        return not any(j + (self.titles.match(toks, j) or self.occupations.match(toks, j, need_cap=False)) == i
                       for j in range(max(0, i - 4), i))

    def _known_org(self, toks: Sequence[Tok], k: int) -> int:
        """Tokens of a known organisation's name at k, or 0 (nor for a club read as a given name)."""
        known = self.known_orgs.match(toks, k)
        return 0 if known and self._given_name_not_club(toks, k, known) else known

    def _org_at(self, text: str, toks: Sequence[Tok], i: int) -> int:
        """Tokens of an organisation name starting at toks[i] ("Bộ Ngoại giao Peru"), or 0."""
        # Known names ("Liên hợp quốc", "TTXVN") stand by themselves; "UBND thành phố Hà Nội" continues.
        known = self.known_orgs.match(toks, i)
        if not known and i < len(toks) and toks[i].text in self.lowercase_org_starts:
            known = self.known_orgs.match(toks, i, need_cap=False)
        if known and self._given_name_not_club(toks, i, known):
            return 0
        matched = " ".join(t.text for t in toks[i : i + known])
        # an alias of a head ("CTCP" = "Công ty cổ phần") names no body by itself either
        generic = known and (self.org_aliases.get(matched) in self.generic_heads
                             or matched.casefold() in self.generic_keys)
        if known and not self.org_heads.match(toks, i) and not generic:
            pw = self.place_words.match(toks, i + known, need_cap=False)
            after = i + known + pw
            if not (pw or self._place_at(text, toks, after)):
                return known  # "Liên hợp quốc"; but "UBND TP Hà Nội" goes on below
        n = known or self.org_heads.match(toks, i) or self._lowercase_head(text, toks, i)
        if not n and i < len(toks) and toks[i].text == "đại":
            # "đại sứ quán Việt Nam tại Lào": news often writes an embassy in lower case
            n = self.org_heads.match(toks, i, need_cap=False)
            if not n or not self._place_at(text, toks, i + n):
                return 0
        if not n:
            return 0
        head = " ".join(t.text.casefold() for t in toks[i : i + n])
        j = i + n
        after_place = False  # a place ends the core of a name: "Đảng Cộng sản Việt Nam lãnh đạo…"
        ends_with_vietnam = False
        while j < len(toks):
            tok = toks[j]
            if not tok.word:
                if tok.text in "-–&" and j + 1 < len(toks) and toks[j + 1].cap:
                    j += 1
                    continue
                if self._web_domain_at(toks, j):
                    j += 2  # "Euro.cz", "VnExpress.net": the address is the paper's name
                    continue
                break
            # "ông"/"bà" in lower case starts a person; capitalised ("Hoàng Anh Gia Lai") it is a name.
            if self.titles.match(toks, j) or (not tok.cap and self.honorifics.match(toks, j, need_cap=False)):
                break
            namesake = self.namesakes.match(toks, j) if j > i + n else 0
            if namesake:  # rule namesake: "Học viện Chính trị quốc gia Hồ Chí Minh" is the body's name
                j += namesake
                after_place = True
                continue
            inner = self.known_orgs.match(toks, j)
            if inner:  # "Đại hội đồng Liên hợp quốc": a known name ends the name like a place
                j += inner
                after_place = True
                continue
            place = self._place_at(text, toks, j)
            if place and (tok.cap or tok.text in ("châu", "miền") or j > i + n):
                ends_with_vietnam = place[1].name == "Việt Nam"
                j += place[0]
                after_place = True
                continue
            if tok.cap and after_place and self._is_surname_start(toks, j) and 3 <= self._name_run(toks, j) <= 4:
                break  # "Công an xã Tân Minh Nguyễn Văn Hồng": the place ends the body, a person follows
            if tok.cap and after_place and self._foreign_name_at(toks, j):
                break  # "Bộ Ngoại giao Nga Andrey Krutskikh": a foreign full name follows the place
            if tok.cap and after_place and len(tok.text) == 1 and j + 1 < len(toks) and toks[j + 1].text == ".":
                break  # "Hội đồng An ninh Quốc gia Mỹ H. R. McMaster": an initial opens the person
            if (tok.cap and j > i + n and tok.text.casefold() in _FUNCTION_WORDS and j + 1 < len(toks)
                    and toks[j + 1].word and not toks[j + 1].cap
                    and not self.org_name_words.match(toks, j, need_cap=False)):
                break  # "… Tổ Quốc Nhân dịp kỷ niệm": a sentence begins, its stop lost ("Nhân dân" is a name's)
            if tok.cap:
                j += 1
                after_place = ends_with_vietnam = False
                continue
            if j > i + n and toks[j].word and self._inside_word(toks, j):
                j += 1  # rule inner_word: "Hội Nữ doanh nhân", "Ủy ban Chữ thập Đỏ quốc tế"
                continue
            pw = self.place_words.match(toks, j, need_cap=False)
            if pw and (named := self._place_at(text, toks, j)):
                j += named[0]  # "Sở Công thương thành phố Hà Nội", "Công an thành phố Vĩnh Yên"
                after_place = True
                continue
            if pw and toks[j].text in ("quận", "phường") and j + pw < len(toks) and toks[j + pw].text.isdigit():
                j += pw + 1  # "Tòa án nhân dân quận 10": Hồ Chí Minh City numbers its districts
                after_place = True
                continue
            if tok.text in ("tại", "ở"):
                place = self._place_at(text, toks, j + 1)
                body = self.known_orgs.match(toks, j + 1)
                if not place and body and head.startswith(_EMBASSY_HEADS):
                    j += 1 + body  # "Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc"
                    break
                overseas = ends_with_vietnam and place and place[1].country != "Việt Nam"
                if place and (head.startswith(_EMBASSY_HEADS) or overseas):
                    j += 1 + place[0]  # "Đại sứ quán Việt Nam tại Lào", "Hiệp hội … Việt Nam tại Italia"
                break
            if tok.text == "và":
                if (j > i + n and self._continues_name(text, toks, j + 1)
                        and self._joins_word_groups(toks, j, after_place)):
                    j += 1  # "Bộ Nông nghiệp và Phát triển nông thôn", "Sở Thông tin và Truyền thông"
                    continue
                break
            words = self.org_name_words.match(toks, j, need_cap=False)
            opens = j == i + n and (self._continues_name(text, toks, j + words)
                                    or bool(self._place_at(text, toks, j + words)))
            k = j + words
            # …and after a foreign word that ends there: "Ủy ban Olympic quốc tế (IOC)"
            foreign_before = (j > i + n and toks[j - 1].cap and not vietnamese_syllable(toks[j - 1].text)
                              and not (k < len(toks) and toks[k].word and not toks[k].cap))
            if words and not after_place and (opens or (j > i + n and not toks[j - 1].cap) or foreign_before):
                # "Viện Nghiên cứu chiến lược quốc tế", "Cơ quan Cảnh sát điều tra …" — after a word
                # group, never after a proper name: "Công an TP Biên Hòa điều tra" investigates
                j += words
                continue
            run = self._lowercase_run(toks, j)
            if not run or after_place:
                break
            prev = toks[j - 1]
            # A proper name written word by word in capitals ("Báo Nhân Dân", "Báo Lao Động") is
            # whole: a lower-case syllable after two capitalised ones is the sentence going on
            # ("Báo Nhân Dân đăng …"), not the end of a word like "Ngoại giao".
            # Rule inner_head: a head inside the name opens its own words ("Thanh tra Sở Văn hóa",
            # "Thanh tra Bộ Nội vụ"): a syllable after it is no name written word by word.
            titlecase = (j - 2 >= i + n and toks[j - 2].cap and vietnamese_syllable(toks[j - 2].text)
                         and not self._ends_a_word(toks, j)  # "Bệnh viện Nhi Trung ương"
                         and not self._inside_word(toks, j)  # "Viện Bỏng Quốc gia"
                         and not (self.org_heads.match(toks, j - 2) and not toks[j - 3].cap))
            # (not a head inside a capitalised name: "Cty Tây Trường Sơn cung cấp" — "Trường" is the name's)
            if prev.cap and vietnamese_syllable(prev.text) and j > i + n and not titlecase:
                j += 1  # one lowercase syllable completes a word: "Ngoại giao", "Cộng sản"
                if (run >= 2 and j + 1 < len(toks) and not toks[j + 1].word and toks[j + 1].text in ".,;:)"
                        and vietnamese_syllable(toks[j].text)):
                    j += 1  # …and a third ends the name: "Không liên kết.", "Tổ quốc đỏ."
                continue
            k = j + run
            goes_on = k < len(toks) and (
                self._continues_name(text, toks, k)
                or (toks[k].text == "và" and self._continues_name(text, toks, k + 1))
            )
            brand = k < len(toks) and toks[k].cap and not vietnamese_syllable(toks[k].text)
            # two or more lower-case words after a head of two, then the country: "Cơ quan an ninh mạng
            # Hàn Quốc"; a one-word head makes a word with them ("Báo chí cách mạng", "Hội nhập quốc tế")
            placed = (j == i + n and n >= 2 and run >= 2 and k < len(toks) and toks[k].cap
                      and self._place_at(text, toks, k))
            if (j > i + n and goes_on) or (j == i + n and brand) or placed:
                j = k  # "Công nghệ thông tin Bogotá", "Tập đoàn năng lượng Iberdrola"
                continue
            break
        if j == i + n and (not known or generic) and head not in self.standalone_keys:
            return 0  # a bare head noun ("Bộ", "Đảng", "UBND") is not a name; "Bộ Chính trị" is
        if self.descriptor_heads.match(toks, i, need_cap=False) == n and self._country_fills(text, toks, i + n, j):
            return 0  # rule press_of_a_country: "báo Trung Quốc cho biết" is the Chinese press, no paper
        if (not toks[i].cap and head != "chính phủ" and self.lowercase_org_heads.match(toks, i, need_cap=False) == n
                and not (j < len(toks) and toks[j].cap)  # "công ty Mỹ Providence …": a brand follows
                and (self._country_fills(text, toks, i + n, j)
                     or " ".join(t.text.casefold() for t in toks[i + n : j]) == "nhà nước")):
            # rule company_of_a_country: "ngân hàng và công ty Nga", "cải cách công ty Nhà nước" say
            # what kind of firm, not which one ("chính phủ Ba Lan" is a country's government, a body)
            return 0
        return j - i

    def _brand_after_country(self, text: str, toks: Sequence[Tok], i: int, org: int) -> int:
        """Tokens of a foreign brand after a lower-case head and a country ("công ty Mỹ Providence
        Equity Partners": the company is named by the brand, the country says whose it is), or 0."""
        head = self.company_heads.match(toks, i, need_cap=False)
        if toks[i].cap or not head or not self._country_fills(text, toks, i + head, i + org):
            return 0
        k = i + org
        while k < len(toks) and k - i - org < 5 and self._name_token(toks[k]) and not vietnamese_syllable(toks[k].text):
            k += 1
        return k - i - org if k - i - org >= 1 and not self._place_at(text, toks, i + org) else 0

    def _country_fills(self, text: str, toks: Sequence[Tok], k: int, j: int) -> bool:
        """Is toks[k:j] one country's name and nothing else?"""
        place = self._place_at(text, toks, k)
        return place is not None and place[1].kind == "country" and k + place[0] == j

    def _lowercase_head(self, text: str, toks: Sequence[Tok], i: int) -> int:
        """Tokens of a head written in lower case ("công ty", "bệnh viện", "báo") that opens a name
        here: a capitalised word follows that starts no title, person or new organisation, or words
        of a name ("đa khoa") and then one, or a place word with its place ("… tỉnh Vĩnh Phúc")."""
        if i >= len(toks) or toks[i].cap:
            return 0
        n = self.lowercase_org_heads.match(toks, i, need_cap=False)
        if not n or self._ends_a_word(toks, i):
            return 0
        j = i + n
        if j < len(toks) and not toks[j].cap:  # "bệnh viện đa khoa …"; "báo Giao thông" is the paper's name
            j += self.org_name_words.match(toks, j, need_cap=False)
        if j < len(toks) and not toks[j].cap and self.place_words.match(toks, j, need_cap=False):
            return n if self._place_at(text, toks, j) else 0
        if j >= len(toks) or not (toks[j].cap and toks[j].word):
            return 0
        if self.titles.match(toks, j) or self.honorifics.match(toks, j) or self.org_heads.match(toks, j):
            return 0  # "công ty Bộ Quốc phòng", "tập đoàn Ông …": the name is another's
        if (self._is_surname_start(toks, j) and 3 <= self._name_run(toks, j) <= 4
                and not self.descriptor_length(text, toks, i)):
            return 0  # "công ty Nguyễn Văn An nói": a person; but "báo Hoa Học Trò" is a paper
        return n

    def _inside_word(self, toks: Sequence[Tok], i: int) -> bool:
        """Rule inner_word: does the syllable at i end a word begun by the one before it, a word no
        name ends inside (name_inner_words.txt: "Thiết bị", "doanh nhân", "Quốc gia")?"""
        if not i:
            return False
        two = f"{toks[i - 1].text.casefold()} {toks[i].text.casefold()}"
        three = f"{toks[i - 2].text.casefold()} {two}" if i > 1 else ""
        return two in self.inner_words or three in self.inner_words

    def _ends_a_word(self, toks: Sequence[Tok], i: int) -> bool:
        """Rule compound_word: is the word at i the last syllable of a word of its own
        (compound_words.txt: "cảnh báo Tokyo" warns Tokyo, "quen thuộc" is "familiar")?"""
        return bool(i) and f"{toks[i - 1].text.casefold()} {toks[i].text.casefold()}" in self.compound_words

    def _government_by_leader(self, text: str, toks: Sequence[Tok], i: int) -> tuple[int, int]:
        """(head tokens, name tokens) of a government named by its leader ("chính phủ Trump",
        "Nội các Abe"): a foreign name, not a place or a known body, after the head; else (0, 0).
        The name is left to the article's people (the leader is named in full elsewhere)."""
        n = self.government_heads.match(toks, i, need_cap=False)
        if not n:
            return 0, 0
        k = i + n
        while k < len(toks) and self._name_token(toks[k]) and not vietnamese_syllable(toks[k].text):
            k += 1
        if k == i + n or self._place_at(text, toks, i + n) or self.known_orgs.match(toks, i + n):
            return 0, 0
        return n, k - i - n

    def _event_at(self, toks: Sequence[Tok], i: int) -> int:
        """Rule event_name: tokens of a competition's or an event's name at i, or 0 — a known event
        (event_names.txt: "Premier League"), a run of capitalised words ending in an event word
        (event_words.txt: "Honda Classic", "AFF Suzuki Cup"), or a known body with a year after it
        ("APEC 2017": that year's meeting). Events are not organisations, nor people."""
        n = self.event_names.match(toks, i)
        if n:
            return n
        known = self.known_orgs.match(toks, i)
        k = i + known
        if (known and k < len(toks) and re.fullmatch(r"(?:19|20)\d\d", toks[k].text)
                and toks[k].start == toks[k - 1].end + 1):
            return known + 1
        if _inside_capitalised_run(toks, i):
            return 0  # inside a longer run: it is read from its first word
        end = 0
        k = i
        while (k < len(toks) and k - i < 5 and toks[k].cap and toks[k].word
               and (k == i or toks[k].start == toks[k - 1].end + 1)):
            if k > i and toks[k].text in self.event_words:
                end = k + 1
            k += 1
        return end - i if end else 0

    def _media_name_at(self, toks: Sequence[Tok], i: int) -> int:
        """Tokens of a paper's, channel's or company's name ending in a media or company word ("Asia
        Times", "VTC News", "Turkish Airlines"; media_suffixes.txt, company_suffixes.txt):
        capitalised words glued by single spaces; or one brand word ending in a glued suffix
        ("Sacombank", "TPBank")."""
        if self._glued_brand(toks[i]):
            return 1
        k = i
        end = 0
        while (k < len(toks) and k - i < 5 and toks[k].cap and toks[k].word
               and (k == i or toks[k].start == toks[k - 1].end + 1)):
            if k == i and toks[k].text.casefold() in _FUNCTION_WORDS:
                return 0  # "Theo Asia Times": the name starts after "Theo"
            if k == i and toks[k].text != "Báo" and self.descriptor_heads.match(toks, k, need_cap=False):
                return 0  # "Tờ Phnom Penh Post dẫn lời …": the paper is named after its descriptor
                # (lowercase_org_heads.txt lines ending " -"); "Báo Nhân Dân" is a name itself
            if k > i and toks[k].text in self.name_suffixes:
                end = k + 1
            k += 1
        return end - i if end else 0

    def _glued_brand(self, tok: Tok) -> bool:
        word = tok.text
        return (tok.cap and tok.word and word.endswith(self.glued_suffixes) and not vietnamese_syllable(word)
                and len(word) > max((len(s) for s in self.glued_suffixes if word.endswith(s)), default=0) + 1)

    def _team_at(self, text: str, toks: Sequence[Tok], i: int) -> int:
        """Tokens of a national team named by its age group and country ("U20 Việt Nam"), or 0."""
        if toks[i].text not in self.team_heads:
            return 0
        place = self._place_at(text, toks, i + 1)
        return 1 + place[0] if place else 0

    def _web_domain_at(self, toks: Sequence[Tok], j: int) -> bool:
        """A "." glued between a name and a web domain ending at j: "Euro.cz"."""
        return (toks[j].text == "." and 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start
                and toks[j + 1].start == toks[j].end and toks[j + 1].text.casefold() in self.web_domains)

    @staticmethod
    def _joins_word_groups(toks: Sequence[Tok], j: int, after_place: bool) -> bool:
        """Does "và" at j join two words of one name ("Bộ Nông nghiệp và Phát triển nông thôn",
        "Sở Thông tin và Truyền thông") rather than two names? Not after a place ("Tập đoàn Dầu khí
        Việt Nam và Zarubezhneft"), a brand or acronym ("VTV6 và FPTplay"), or a name written word
        by word in capitals ("Báo Nhân Dân và Nhân Dân nhật báo")."""
        if after_place or not vietnamese_syllable(toks[j - 1].text):
            return False
        return not (toks[j - 1].cap and toks[j - 2].cap and vietnamese_syllable(toks[j - 2].text))

    def descriptor_length(self, text: str, toks: Sequence[Tok], i: int) -> int:
        """Tokens of a lower-case word that only describes the name after it, or 0: a media word
        ("báo", "tờ"), or any lower-case head before a brand ("công ty Movitel", "tập đoàn Sony";
        not a place: "chính phủ Israel" is the body)."""
        club = self.club_heads.match(toks, i, need_cap=False)  # "CLB Chelsea" is Chelsea
        if toks[i].cap and not club:
            return 0
        n = self.descriptor_heads.match(toks, i, need_cap=False)
        if n:
            return n
        n = self.lowercase_org_heads.match(toks, i, need_cap=False) or club
        j = i + n
        if (n and j < len(toks) and toks[j].cap and toks[j].word and not vietnamese_syllable(toks[j].text)
                and not self._place_at(text, toks, j)):
            return n
        return 0

    def _lowercase_run(self, toks: Sequence[Tok], j: int, limit: int = 3) -> int:
        """Lowercase syllables at j (at most limit) that can belong to a name: no function words."""
        k = j
        # Rule function_word_in_word: a function word that ends a word with the syllable before it
        # is that word's ("Công ty Thiết bị …", "Viện Công nhân …": "bị", "nhân" — name_inner_words.txt).
        while (k < len(toks) and k - j < limit and toks[k].word and not toks[k].cap
               and (toks[k].text not in _FUNCTION_WORDS or self._inside_word(toks, k))
               and vietnamese_syllable(toks[k].text)
               and (not self.name_breakers.match(toks, k, need_cap=False) or self._ends_a_word(toks, k))):
            k += 1
        return k - j

    def _continues_name(self, text: str, toks: Sequence[Tok], k: int) -> bool:
        """Does a name go on at k: a capital that starts neither a new name, title nor person?"""
        if k >= len(toks) or not (toks[k].cap and toks[k].word):
            return False
        if self.org_heads.match(toks, k) or self.titles.match(toks, k):
            return False
        return bool(self._place_at(text, toks, k)) or not self._is_surname_start(toks, k)

    # --- persons ------------------------------------------------------------------------------
    def _name_run(self, toks: Sequence[Tok], i: int) -> int:
        """Length of the capitalised run at i that can be a personal name (particles allowed)."""
        j = i
        while j < len(toks) and j - i < 6:
            tok = toks[j]
            # Inside a Vietnamese name a head noun is a given name: "Phạm Trường Long", "Lê Văn
            # Viện"; it still starts an organisation after a full name or before a lowercase word.
            inside_name = (j > i and j - i < 3 and toks[i].text.casefold() in self.surnames
                           and j + 1 < len(toks) and toks[j + 1].cap and not self.org_heads.match(toks, j + 1)
                           and vietnamese_syllable(toks[j + 1].text) and self.org_heads.match(toks, j) == 1
                           and not self.titles.match(toks, j))
            title = self.titles.match(toks, j)
            if (title and j > i and toks[i].text.casefold() in self.surnames
                    and j + 1 + self.titles.match(toks, j + 1) > j + title):
                j += 1  # rule title_overlap: "Phạm Minh Chính Ủy viên …" is Chính, then "Ủy viên"
                continue  # (not the title "Chính ủy"): a longer title starts at the next word
            if (title or self.org_heads.match(toks, j)) and not inside_name:
                break
            if j == i and self.honorifics.match(toks, j):  # "Anh" inside "Đỗ Thị Lan Anh" is a name
                break
            if j > i and tok.start - toks[j - 1].end > 1:
                break  # two spaces: lines run together ("… Lê Thu  Trump thề …"), never one name
            if j > i and self._clause_after_foreign_name(toks, i, j):
                break  # "Donald Trump Khu nghỉ dưỡng này …": a new sentence, its full stop lost
            if j > i and tok.text.casefold() in _FUNCTION_WORDS and not (
                    tok.cap and 2 <= j - i <= 3 and toks[i].text.casefold() in self.surnames
                    and tok.text.casefold() in self.given_words):
                break  # "Park Geun-hye Trong …": a sentence going on, capitalised; "Vũ Xuân Sáng" is a name
            if (j > i and len(tok.text) == 1 and tok.text.isupper() and j + 2 < len(toks) and toks[j + 1].text == "."
                    and self._name_token(toks[j + 2]) and len(toks[j + 2].text) > 1 and text_gap(toks, j) <= 1):
                j += 2  # an initial: "Donald J. Trump", "H. R. McMaster"
                continue
            if (j == i and len(tok.text) == 1 and tok.text.isupper() and j + 2 < len(toks) and toks[j + 1].text == "."
                    and toks[j + 1].start == tok.end and text_gap(toks, j) == 1 and self._name_token(toks[j + 2])
                    and (len(toks[j + 2].text) == 1 or not vietnamese_syllable(toks[j + 2].text))):
                j += 2  # a name opening with an initial and a space: "H. R. McMaster", "J. K. Rowling";
                continue  # not "anh H. Chia sẻ …", where a sentence begins after the initial
            if (j == i and len(tok.text) == 1 and tok.text.isupper() and tok.text not in _PLACE_INITIALS
                    and j + 2 < len(toks) and toks[j + 1].text == "." and toks[j + 1].start == tok.end
                    and toks[j + 2].start == toks[j + 1].end and self._name_token(toks[j + 2])
                    and len(toks[j + 2].text) > 1):
                j += 2  # a transliterated name after its initial: "V.Pu-tin", "Ê.Ma-crông"
                continue
            capitalised = self._name_token(tok)
            particle = j > i and (
                (tok.text in _NAME_PARTICLES and j + 1 < len(toks)
                 and (toks[j + 1].cap or toks[j + 1].text in _NAME_PARTICLES))
                or bool(re.match(r"(al|el|bin|ibn|ben)-[A-Z]", tok.text))
            )
            if not (capitalised or particle):
                break
            j += 1
        if j - i == 1 and len(toks[i].text) == 1:
            return 0  # a lone letter names no one: "Chủ tịch UBND Q.Ba Đình" is a district's
        return j - i

    def _clause_after_foreign_name(self, toks: Sequence[Tok], i: int, j: int) -> bool:
        """After a foreign name (no Vietnamese syllable in it), a capitalised Vietnamese word with a
        lower-case word after it ("Vị tổng thống", "Hôm qua") opens a clause."""
        tok = toks[j]
        if not (tok.cap and vietnamese_syllable(tok.text)) or any(vietnamese_syllable(t.text) for t in toks[i:j]):
            return False
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is None or not nxt.word or nxt.cap or nxt.start != tok.end + 1:
            return False
        # Only a word with diacritics ("Vị", "Hôm qua"): "Long" in "Guillaume Long hối thúc" is a name.
        return fold_diacritics(tok.text) != tok.text.casefold()

    @staticmethod
    def _name_token(tok: Tok) -> bool:
        """Capitalised, and not an acronym ("ASEAN", "UBND") unless a single letter."""
        return tok.cap and tok.word and (not tok.text.isupper() or len(tok.text) == 1)

    def _word_group(self, toks: Sequence[Tok], j: int) -> bool:
        """A capitalised Vietnamese syllable with a lowercase one after it ("Đối ngoại") is a
        word of an office's name, not a personal name."""
        return (
            j + 1 < len(toks) and toks[j].cap and toks[j].word and vietnamese_syllable(toks[j].text)
            and toks[j + 1].word and not toks[j + 1].cap and toks[j + 1].text not in _FUNCTION_WORDS
            and self._name_run(toks, j) == 1
        )

    def _lowercase_head_person(self, text: str, toks: Sequence[Tok], i: int) -> Span | None:
        """Rule lowercase_head_title: "tổng thống Mỹ Donald Trump" written in lower case names Donald
        Trump, Tổng thống of Hoa Kỳ — when only a country stands between the title and a name of
        two words or more, and no building word before the title ("Dinh tổng thống Akorda")."""
        n = self.lowercase_heads.match(toks, i, need_cap=False)
        if not n or toks[i].cap or (i and toks[i - 1].text.casefold() in _VENUE_WORDS_FOLDED):
            return None
        j = i + n
        place = self._place_at(text, toks, j)
        if place and place[1].kind == "country":
            j += place[0]
        run = self._name_run(toks, j)
        if run < 2 or toks[j].start != toks[j - 1].end + 1:
            return None
        j, ne = self._without_edge_country(text, toks, j, j + run)  # "thủ tướng Nhật Shinzo Abe"
        # Two names side by side ("… của tổng thống Mỹ Donald Trump Steve Bannon"): a common given
        # name inside the run opens the second.
        ne = next((k for k in range(j + 2, ne - 1) if toks[k].text in self.given_names), ne)
        if (ne - j < 2 or self.gaz.lookup(text[toks[j].start : toks[ne - 1].end])
                or self._named_by_word_before(toks, j, ne, i)):
            return None
        ne = self._abbreviated_end(text, toks, ne)
        name = _undoubled(text[toks[j].start : toks[ne - 1].end])
        return Span("person", toks[j].start, toks[ne - 1].end, name, text[toks[i].start : toks[j - 1].end])

    def _after_title(self, text: str, toks: Sequence[Tok], i: int) -> tuple[int, int, int]:
        """Parse what follows a title: (qualifier end, name start, name end) as token indexes.

        A long office name ("Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary Szabó Péter") is
        read boldly first, across "và", "tại" and lower-case words, but kept only when a name
        follows it; otherwise the cautious reading stands.
        """
        bold = self._read_after_title(text, toks, i, bold=True)
        if bold is not None:
            return bold
        return self._read_after_title(text, toks, i, bold=False)

    def _read_after_title(self, text: str, toks: Sequence[Tok], i: int, *, bold: bool):
        j = i
        floor = i  # a place read whole is never taken back as a name ("TP Hồ Chí Minh")
        remitted = False
        while j < len(toks):
            pw = self.place_words.match(toks, j, need_cap=False)
            if pw and (named := self._place_at(text, toks, j + pw)):
                j += pw + named[0]
                floor = j
                continue
            place = self._place_at(text, toks, j, after_title=j == i)
            if place and not (place[0] == 1 and self._is_surname_start(toks, j)):
                j += place[0]
                floor = j
                continue
            org = self._org_at(text, toks, j)
            if org:
                j += org
                if (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"
                        and toks[j + 1].text.isupper() and len(toks[j + 1].text) >= 2):
                    j += 3  # the body's acronym: "Chủ tịch Ủy ban Olympic quốc tế (IOC) Thomas Bach"
                continue
            namesake = self.namesakes.match(toks, j) if j > i else 0
            if namesake:  # "Bí thư Trung ương Đoàn … Cộng sản Hồ Chí Minh Lê Văn Tâm": the body's namesake
                j += namesake
                floor = j
                continue
            venue = self._whole_venue_head(text, toks, j)
            if venue:
                j += venue  # "Cố vấn kinh tế Nhà Trắng Gary Cohn": the venue qualifies the title
                continue
            if self._word_group(toks, j):
                j += 2
                continue
            if bold:
                remit = self.title_remits.match(toks, j, need_cap=False)
                if remit and (j + remit < len(toks)) and not self._is_surname_start(toks, j + remit):
                    j += remit  # rule title_remit: "… phụ trách khu vực Đông Á Patrick Murphy"
                    remitted = True
                    if not self.place_words.match(toks, j, need_cap=False):
                        j += self._lowercase_run(toks, j)  # "… phụ trách kinh tế Vương Dương"
                    continue
                if toks[j].text in ("và", "tại") and self._continues_name(text, toks, j + 1):
                    j += 1
                    continue
                if toks[j].text == "," and j > i and _listed_in_a_name(toks, j + 1):
                    j += 1  # rule ministry_list: "Bộ trưởng Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản …"
                    continue
                if toks[j].text == "(" and (close := closing_paren(toks, j)) and self._place_at(text, toks, j + 1):
                    j = close + 1  # "Thị trưởng thành phố Busan (Hàn Quốc) Park Sung-min"
                    floor = j
                    continue
                if (toks[j].text == "của" and j > i
                        and (self._org_at(text, toks, j + 1) or self._place_at(text, toks, j + 1))):
                    j += 1  # "Đại sứ lưu động của Bộ Ngoại giao Nga Andrey Krutskikh": whose envoy
                    continue
                run = self._lowercase_run(toks, j)
                if run and (self._continues_name(text, toks, j + run)
                            or (j + run < len(toks) and toks[j + run].text == "của")):
                    j += run
                    continue
            break
        if bold:
            run = self._name_run(toks, j)
            if remitted and run < 2:
                return None  # "Phó Chủ tịch phụ trách mảng chống mã độc Bkav": the field's body, no one
            return (j, j, j + run) if run and j > i else None
        run = self._name_run(toks, j)
        if run:
            return j, j, j + run
        # The qualifier swallowed the name ("Đảng Xã hội Chile Paulina Vodanovic"): take back
        # its trailing capitalised tokens, without a leading place name.
        k = j
        while k > floor and self._name_token(toks[k - 1]) and not self.known_orgs.match(toks, k - 1):
            k -= 1
        for m in range(j - 2, k - 1, -1):  # "… TP Hồ Chí Minh Lê Văn Quang": the last family name
            if self._is_surname_start(toks, m) and 2 <= j - m <= 4:
                k = m
                break
        while k < j:
            place = self._place_at(text, toks, k)
            if place and k + place[0] < j:
                k += place[0]
            else:
                break
        # An organisation's own name is no person: "Tổng Biên tập Báo Nhân Dân" names no one, nor
        # "Tổng Biên tập Báo điện tử Tổ Quốc": Vietnamese words taken back start with a family name.
        vietnamese = all(vietnamese_syllable(t.text) for t in toks[k:j])
        if k < j and self.namesakes.match(toks, k) == j - k:
            return j, j, j  # rule namesake: "Giám đốc Học viện … Hồ Chí Minh" names no one
        if (k < j and j - k <= 6 and not self._place_at(text, toks, k) and not self.org_heads.match(toks, k)
                and not (vietnamese and not toks[k - 1].cap and not self._is_surname_start(toks, k))):
            return k, k, j
        return j, j, j

    def _another_country_s(self, office: str, title: str) -> bool:
        """Rule office_of_another: after "của", "lời" … an office naming a country the next person's
        title does not name is someone else's ("đề xuất của Chủ tịch Thượng viện Haiti, Chủ tịch Quốc
        hội B": B's office is the second), while "lời mời của Tổng Bí thư Đảng Cộng sản Trung Quốc,
        Chủ tịch nước Cộng hòa Nhân dân Trung Hoa B" are both B's."""
        theirs = country_named_in(office)
        return theirs is not None and theirs != country_named_in(title)

    def _after_company_head(self, toks: Sequence[Tok], i: int) -> bool:
        """Do the tokens just before i end a company's head ("Tập đoàn", "hãng")? Then a one-word
        name at i is the company's brand (rule brand_before_given_name)."""
        return any(i >= k and self.company_heads.match(toks, i - k, need_cap=False) == k for k in (1, 2, 3))

    def _name_after_qualifier(self, toks: Sequence[Tok], ns: int, ne: int, floor: int) -> tuple[int, int]:
        """Where a title's qualifier and the name after it meet: a family name left at the end of
        the qualifier belongs to the name ("Ủy ban Tư pháp Nguyễn | Thái Học"); a place word
        opening the name keeps its place ("Tỉnh Phúc Kiến Vũ Vi Quốc" is Vũ Vi Quốc, or no one)."""
        if (ne - ns == 2 and ns - 1 > floor and self._is_surname_start(toks, ns - 1) and toks[ns - 1].cap
                and all(vietnamese_syllable(t.text) for t in toks[ns:ne])):  # not "châu Âu Jean-Claude Juncker"
            return ns - 1, ne
        if (ne - ns >= 3 and toks[ns + 1].text in self.given_names and toks[ns].text not in self.given_names
                and not vietnamese_syllable(toks[ns].text)
                and self._after_company_head(toks, ns)):
            # rule brand_before_given_name: "Chủ tịch Tập đoàn Siemens Joe Kaeser" — the company's
            # one-word brand ends the qualifier, the person is Joe Kaeser
            return ns + 1, ne
        if ne > ns and toks[ns].cap and toks[ns].text.casefold() in self.place_kinds:
            for m in range(ns + 2, ne - 1):
                if self._is_surname_start(toks, m) and 2 <= ne - m <= 4:
                    return m, ne
            return ns, ns
        return ns, ne

    def _foreign_given_name_at(self, text: str, toks: Sequence[Tok], i: int) -> int:
        """Rule foreign_given_name: tokens of an untitled foreign full name at i, or 0 — two or three
        capitalised words one space apart (four with an initial: "Lyndon B. Johnson"), the first a
        common given name (foreign_given_names.txt),
        not all Vietnamese syllables, none a title, head noun, known name, club word or place, and
        no longer capitalised run around them ("Lionel Messi"; not "Walt Disney World")."""
        if toks[i].text not in self.given_names or (i and toks[i - 1].text.casefold() in self.named_after_words):
            return 0
        if _inside_capitalised_run(toks, i) or (i and toks[i - 1].text in _NAME_PARTICLES):
            return 0  # "Salman bin Abdulaziz Al Saud": the given name of a father inside a longer name
        k = i + 1
        while (k < len(toks) and k - i < 4 and self._name_token(toks[k]) and toks[k].start == toks[k - 1].end + 1
               and not any(c.isdigit() for c in toks[k].text) and toks[k].text.casefold() not in _FUNCTION_WORDS):
            if (self.titles.match(toks, k) or self.org_heads.match(toks, k) or self._known_org(toks, k)
                    or self.honorifics.match(toks, k) or self._clause_after_foreign_name(toks, i, k)):
                break
            k += 1
        if k - i == 2 and self._name_run(toks, i) > 2:
            k = i + min(self._name_run(toks, i), 4)  # an initial inside: "Lyndon B. Johnson"
        elif k - i > 3:
            return 0  # four capitalised words: a credit line run together, a title or a body
        if not 2 <= k - i <= 4 or len(toks[k - 1].text) == 1:
            return 0  # "James H." cut at its initial is no one's name yet
        if k < len(toks) and toks[k].cap and toks[k].word and toks[k].start == toks[k - 1].end + 1:
            return 0  # a longer run of capitals: a title, a body or a work, not a name alone
        words = [t.text for t in toks[i:k] if t.word]
        if (any(w in self.club_words or _glued_words(w) for w in words) or all(vietnamese_syllable(w) for w in words)
                or self.gaz.lookup(text[toks[i].start : toks[k - 1].end]) or any(self.gaz.lookup(w) for w in words)):
            return 0
        return k - i

    def _arabic_name_at(self, text: str, toks: Sequence[Tok], i: int) -> int:
        """Rule arabic_name: tokens of an untitled Arabic name at i, or 0 — a given name or an opener
        ("Abu"; arabic_name_parts.txt), at most two more capitalised words, then one or two words
        glued to an article particle ("al-Baghdadi"), one space apart; never a place."""
        if toks[i].text not in self.given_names and toks[i].text not in self.arabic_openers:
            return 0
        if _inside_capitalised_run(toks, i):
            return 0
        k = i + 1
        while k < len(toks) and k - i < 3 and self._name_token(toks[k]) and toks[k].start == toks[k - 1].end + 1:
            k += 1
        particles = 0
        while (k < len(toks) and particles < 2 and toks[k].start == toks[k - 1].end + 1
               and self.arabic_particle.fullmatch(toks[k].text)):
            k += 1
            particles += 1
        if not particles or self.gaz.lookup(text[toks[i].start : toks[k - 1].end]):
            return 0
        return k - i

    def _country_at(self, text: str, toks: Sequence[Tok], i: int) -> bool:
        place = self._place_at(text, toks, i)
        return place is not None and place[1].kind == "country"

    def _without_edge_country(self, text: str, toks: Sequence[Tok], ns: int, ne: int) -> tuple[int, int]:
        """A foreign name never opens or ends with a country: "Đại diện Thương mại Hoa Kỳ Robert
        Lighthizer" names Robert Lighthizer (the country qualifies the title), "Tổng thống Rodrigo
        Duterte Philippines" Rodrigo Duterte. A Vietnamese name may end in a country's word (Hằng Nga)."""
        def country(a: int, b: int) -> bool:
            if a == ns and b == a + 1 and toks[a].text in self.country_short_forms:
                return True  # "Thủ tướng Nhật Shinzo Abe"
            place = self.gaz.lookup(text[toks[a].start : toks[b - 1].end])
            return place is not None and place.kind == "country"


        def foreign(a: int, b: int) -> bool:
            return any(not vietnamese_syllable(t.text) for t in toks[a:b])

        for n in (3, 2, 1):  # leading: the last country word before at least two name words
            for m in range(ns + n, ne - 1):
                # "… Việt Nam Võ Tuấn Anh": a country of two words before a Vietnamese full name
                vietnamese_after = n >= 2 and self._is_surname_start(toks, m)
                if country(m - n, m) and (foreign(m, ne) or vietnamese_after):
                    return self._without_edge_country(text, toks, m, ne)
        for n in (3, 2, 1):  # trailing
            if ne - n - ns >= 2 and country(ne - n, ne) and foreign(ns, ne - n):
                return ns, ne - n
        return ns, ne

    def _named_by_word_before(self, toks: Sequence[Tok], ns: int, ne: int, floor: int) -> bool:
        """Is the name at ns a place's or an institution's, by a lower-case word before it: a place
        word ("quận Sơn Trà") or a word of what is named after people ("trường Mầm non Mai Dịch",
        "trường THPT Nguyễn Trãi"), with only lower-case words, acronyms or word groups between?"""
        if (ns - 1 >= floor and not toks[ns - 1].cap and toks[ns - 1].text != "nước"
                and self.place_words.match(toks, ns - 1, need_cap=False) == 1):
            return True  # "Thủ hiến bang New South Wales, …": the word of place names what follows
        if not vietnamese_syllable(toks[ns].text):
            return False  # "Tổng thống nước chủ nhà Reuven Rivlin": a foreign name is a person's
        k = ns - 1
        while k >= floor and ns - k <= 4:
            tok = toks[k]
            if not tok.word:
                return False
            if (ne - ns <= 2 and tok.cap and not tok.text.isupper()
                    and (tok.text.casefold() in self.place_kinds or tok.text.casefold() in _NAMED_AFTER)):
                return True  # "Bí thư Quận ủy Thanh Khê", "Trường Mầm non Mai Dịch"; not "Tỉnh ủy Nguyễn Văn An"
            if not tok.cap:
                # "nước" names only known countries: "Chủ tịch nước Trần Văn An" is the President
                if (self.place_words.match(toks, k, need_cap=False) and tok.text != "nước") or tok.text in _NAMED_AFTER:
                    return True
            elif not (tok.text.isupper() or (vietnamese_syllable(tok.text) and not toks[k + 1].cap)):
                return False  # a proper name stands between: "quận Hoàn Kiếm Nguyễn Văn An"
            k -= 1
        return False

    def _foreign_name_at(self, toks: Sequence[Tok], j: int) -> bool:
        """Two or more capitalised words at j, none a Vietnamese syllable: a foreign full name."""
        k = j
        while k < len(toks) and self._name_token(toks[k]) and not vietnamese_syllable(toks[k].text):
            k += 1
        return k - j >= 2

    def _is_surname_start(self, toks: Sequence[Tok], j: int) -> bool:
        return toks[j].text.casefold() in self.surnames and j + 1 < len(toks) and toks[j + 1].cap

    def _apposition_title(self, text: str, toks: Sequence[Tok], j: int) -> str | None:
        """", Ủy viên Trung ương Đảng, Chủ tịch UBND thành phố Hà Nội" after a name → last title."""
        title = None
        while j + 1 < len(toks) and toks[j].text == ",":
            n = self.titles.match(toks, j + 1)
            if not n:
                break
            start = j + 1
            q_end, name_start, name_end = self._after_title(text, toks, start + n)
            if name_end > name_start:
                break  # the next title belongs to the next person
            if not self.memberships.match(toks, start) or title is None:
                title = text[toks[start].start : toks[q_end - 1].end]
            j = q_end
        return title

    def scan(self, text: str) -> list[Span]:
        """Spans of one paragraph, left to right, non-overlapping."""
        toks = tokenize(text)
        spans: list[Span] = []
        # "Tổng Vụ trưởng Vụ X, Đại sứ NAME": (where the next title starts, the office, whether a
        # word before the office may make it another's: "của", "lời" …)
        pending_title: tuple[int, str, bool | None] | None = None
        i = 0
        while i < len(toks):
            tok = toks[i]
            venue = self._venue_at(text, toks, i)
            if venue:
                end = toks[i + venue - 1].end
                name = text[tok.start : end]
                place = Place(name=name[:1].upper() + name[1:], kind="venue", country=None, iso=None)
                spans.append(Span("location", tok.start, end, place.name, place=place))
                i += venue
                continue
            stadium = self._stadium_at(toks, i)
            if stadium:  # rule stadium_name: "sân Old Trafford", "đội chủ sân Etihad"
                first, last = toks[i + 1], toks[i + stadium - 1]
                place = Place(name=text[first.start : last.end], kind="venue", country=None, iso=None)
                spans.append(Span("location", first.start, last.end, place.name, place=place))
                i += stadium
                continue
            work = self._work_title_end(text, toks, i)
            if work:  # "ca khúc “Biết ơn Võ Thị Sáu”": a song's words name no one in the article
                i = work
                continue
            credit = self._credited_people(text, toks, i)
            if credit:  # "“Bài ca Trường Sơn” - Trần Chung & Gia Dũng": the authors
                spans.extend(credit)
                i = _token_after(toks, credit[-1].end)
                continue
            occupation = self.occupations.match(toks, i, need_cap=False)
            if occupation and not self.titles.match(toks, i):
                people = self._occupation_people(text, toks, i, occupation)
                spans.extend(people)  # "diễn viên Bình Minh, Anh Thư"; without a name, no office
                i = _token_after(toks, people[-1].end) if people else i + occupation
                continue
            n_title = self.titles.match(toks, i) or self.lowercase_titles.match(toks, i, need_cap=False)
            if not n_title and (head := self._lowercase_head_person(text, toks, i)):
                spans.append(head)
                i = _token_after(toks, head.end)
                continue
            # "nguyên Ngoại trưởng", "cựu Tổng thống", "tân Đại sứ": a modifier may be lower case,
            # the title after it never is.
            mod = 0 if n_title or self._ends_a_word(toks, i) else self.modifiers.match(toks, i, need_cap=False)
            if mod and self.titles.match(toks, i + mod):
                n_title = mod + self.titles.match(toks, i + mod)  # "Phó Tổng Bí thư", "Quyền Bộ trưởng"
            if n_title and (self.org_heads.match(toks, i) > n_title
                            or (i and toks[i - 1].text in _VENUE_WORDS)):
                n_title = 0  # "Đại sứ quán …" is an organisation; "Phủ Tổng thống" a building
            n_hon = 0 if n_title else self.honorifics.match(toks, i, need_cap=False)
            if n_hon and self.titles.match(toks, i + n_hon):
                i += n_hon  # "đồng chí Ủy viên Bộ Chính trị …", "Ngài Thị trưởng": the title decides
                continue
            if n_title or n_hon:
                # Membership titles chain with a comma into the functional title.
                start = i
                j = i + (n_title or n_hon)
                while n_title and j + 1 < len(toks) and toks[j].text == "," and self.titles.match(toks, j + 1):
                    if self.memberships.match(toks, start):
                        start = j + 1
                    j = j + 1 + self.titles.match(toks, j + 1)
                q_end, ns, ne = self._after_title(text, toks, j)
                ns, ne = self._name_after_qualifier(toks, ns, ne, j)
                ns, ne = self._without_edge_country(text, toks, ns, ne)
                if ne == ns + 1 and (_registration_code(toks, ns) or self._after_company_head(toks, ns)):
                    # "Thuyền trưởng tàu cá QNg 90125 TS": a boat's number; "Tổng Giám đốc Tập đoàn
                    # Siemens": the company's one-word name (rule brand_before_given_name) — no one named
                    ne = ns
                if ne > ns and (self.gaz.lookup(text[toks[ns].start : toks[ne - 1].end])
                                or self._named_by_word_before(toks, ns, ne, i + n_hon)):
                    # (an honorific's own words are not looked at: "đối tượng" ends in "tượng", a statue)
                    ne = ns  # "Phó tổng giám đốc Honda Việt Nam", "Chủ tịch UBND quận Sơn Trà": no one named
                if ne > ns:
                    title = text[toks[start].start : toks[ns - 1].end] if n_title else None
                    if not n_title:
                        title = self._apposition_title(text, toks, ne)
                    else:
                        title = _trim_title(title)
                        if pending_title and pending_title[0] == start and not (
                                pending_title[2] is None
                                or (pending_title[2] and self._another_country_s(pending_title[1], title))):
                            title = pending_title[1]  # the office comes first, the rank after
                    ne = self._abbreviated_end(text, toks, ne)
                    name = _undoubled(text[toks[ns].start : toks[ne - 1].end])
                    spans.append(Span("person", toks[ns].start, toks[ne - 1].end, name, title))
                    i = ne
                    continue
                # A title without a name: its qualifier is part of the title, not an entity. It is
                # kept as an "office" span (no entity): an event can still say who met whom
                # ("Phó Thủ tướng … hội kiến Chủ tịch Quốc hội Bồ Đào Nha").
                # Not when the office itself follows a comma: then it is the apposition of the
                # person before ("Đại tướng A, Bộ trưởng Bộ Quốc phòng, Thượng tướng B" — A's).
                if (n_title and q_end + 1 < len(toks) and toks[q_end].text == "," and q_end > j
                        and not (start and toks[start - 1].text == ",")
                        and not (start and toks[start - 1].text.casefold() in self.board_words)):
                    # After a meeting's noun ("Sau cuộc tiếp Thị trưởng Rotterdam, Thủ tướng ⟨A⟩ …") the
                    # office is the one met, never A's (None: rule office_met_by_noun).
                    met_by_noun = start >= 2 and toks[start - 2].text.casefold() in self.meeting_nouns
                    pending_title = (q_end + 1, _trim_title(text[toks[start].start : toks[q_end - 1].end]),
                                     None if met_by_noun else
                                     bool(start) and toks[start - 1].text.casefold() in self.office_object_words)
                if n_title and toks[start].cap:  # "người đồng cấp" alone names no office
                    office = _trim_title(text[toks[start].start : toks[max(q_end, i + 1) - 1].end])
                    spans.append(Span("office", toks[start].start, toks[max(q_end, i + 1) - 1].end, office, office))
                i = max(q_end, i + 1)
                continue
            head, leader = self._government_by_leader(text, toks, i)
            if leader:  # "chính phủ Trump": the leader's government, no body of that name ("chính
                i += head + leader  # quyền Washinhton" may be a place misspelt: no person either)
                continue
            event = self._event_at(toks, i)
            if event:  # "Premier League", "giải Honda Classic", "Hội nghị APEC 2017": events, no organisation
                i += event
                continue
            named = self._media_name_at(toks, i) or self._team_at(text, toks, i)
            if named:  # "VTC News", "Asia Times"; "U20 Việt Nam"
                end = toks[i + named - 1].end
                spans.append(Span("organization", tok.start, end, text[tok.start : end]))
                i += named
                continue
            org = self._org_at(text, toks, i)
            known_place = self._place_at(text, toks, i) if org else None
            # A place whose name starts with a head noun is the place: "Đài Loan", "Hội An"; a
            # known name longer than the place is the name: "Guangzhou R&F" is a club.
            if org and not (known_place and known_place[0] >= max(1, self.org_heads.match(toks, i),
                                                                  self.known_orgs.match(toks, i))):
                if self.bodies_of_countries.match(toks, i + org, need_cap=False):
                    i += org  # rule bodies_of_countries: "ngân hàng Trung ương hai nước" names no one body
                    continue
                brand = self._brand_after_country(text, toks, i, org)
                if brand:  # rule brand_after_country: "công ty Mỹ Providence Equity Partners"
                    k = i + org
                    spans.append(Span("organization", toks[k].start, toks[k + brand - 1].end,
                                      text[toks[k].start : toks[k + brand - 1].end]))
                    i = k + brand
                    continue
                first = toks[i + self.descriptor_length(text, toks, i)]  # "báo Người Đưa Tin" is Người Đưa Tin
                name = text[first.start : toks[i + org - 1].end]
                spans.append(Span("organization", first.start, toks[i + org - 1].end, name))
                i += org
                continue
            if self._initialled_transliteration(toks, i):  # "A.Láp-ren-trép", "M.Rát-ni": untitled, a person
                end = toks[i + 2].end
                spans.append(Span("person", tok.start, end, text[tok.start : end]))
                i += 3
                continue
            if (self._is_surname_start(toks, i) and not self._place_at(text, toks, i + 1)
                    and not self._country_at(text, toks, i)  # "Hoa Kỳ Robert Lighthizer": Hoa is no family name here
                    and not (i and toks[i - 1].text.casefold() in _NAMED_AFTER)):
                run = self._name_run(toks, i)
                # Untitled, only full names: two syllables are as often a place ("Từ Liêm",
                # "Hoàng Mai") or a lunar year ("Đinh Dậu") as a person.
                korean = run == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", toks[i + 1].text)  # "Kim Jong-un"
                if (3 <= run <= 4 or korean) and not self.gaz.lookup(text[tok.start : toks[i + run - 1].end]):
                    # A Vietnamese full name without a title: "… cùng Nguyễn Đức Toàn"
                    end = toks[i + run - 1].end
                    spans.append(Span("person", tok.start, end, text[tok.start : end]))
                    i += run
                    continue
            if i and self._web_domain_at(toks, i - 1):
                i += 1  # rule web_address: "Tố Uyên/VOV.VN" — the address's ending names no country
                continue
            foreign = self._arabic_name_at(text, toks, i) or self._foreign_given_name_at(text, toks, i)
            if foreign:  # "… cùng Lionel Messi": untitled, opened by a common given name
                end = toks[i + foreign - 1].end
                spans.append(Span("person", tok.start, end, text[tok.start : end]))
                i += foreign
                continue
            place = self._place_at(text, toks, i) or self._place_by_gloss(text, toks, i)
            if place and place[1].kind in ("city", "capital") and any(
                    _words_before(toks, i, k) in _AGREEMENT_WORDS for k in (2, 3, 4)):
                i += place[0]  # rule agreement_city: "Hiệp định Paris" is the agreement
                continue
            if place and place[1].kind == "venue" and any(_words_before(toks, i, k) in _VENUE_OWNERS for k in (2, 3)):
                i += place[0]  # rule owner_of_venue: "ông chủ Nhà Trắng" is the president
                continue
            if place:
                n, p = place
                spans.append(Span("location", tok.start, toks[i + n - 1].end, p.name, place=p))
                i += n
                continue
            i += 1
        listed = self._coordinated_people(text, toks, spans)
        listed += self._cast_in_brackets(text, toks, spans + listed)
        listed += self._nicknamed_people(text, toks, spans + listed)
        listed += self._aged_people(text, toks, spans + listed)
        return sorted(spans + listed, key=lambda sp: sp.start) if listed else spans

    # --- a role and the one who plays it --------------------------------------------------------
    def _cast_in_brackets(self, text: str, toks: Sequence[Tok], spans: list[Span]) -> list[Span]:
        """Rule cast_in_brackets: "Rachel (Emily Blunt đóng)", "Minh Vân (do NSƯT Bảo Thanh thủ
        vai)": the bracket names the one who plays, and the name just before it the role; both are
        people. The bracket must hold nothing but "do", a title, the name and the verb of playing."""
        free = _free_of(spans)
        out: list[Span] = []
        for i, tok in enumerate(toks):
            if tok.text != "(":
                continue
            k = i + 1
            if k < len(toks) and toks[k].text.casefold() == "do":
                k += 1
            # Not the honorifics: "(Anh Dũng đóng)" is the actor Anh Dũng.
            while k < len(toks) and (self.titles.match(toks, k) or self.occupations.match(toks, k, need_cap=False)):
                k += self.titles.match(toks, k) or self.occupations.match(toks, k, need_cap=False)
            e = k
            while e < len(toks) and e - k < 5 and self._name_token(toks[e]):
                e += 1
            verb = [t.text.casefold() for t in toks[e : e + 3]]
            playing = verb[:2] == ["đóng", ")"] or verb == ["thủ", "vai", ")"]
            if not playing or not self._could_be_name(text, toks, k, e):
                continue
            actor = (toks[k].start, toks[e - 1].end)
            if free(*actor):
                out.append(Span("person", actor[0], actor[1], text[actor[0] : actor[1]]))
            role = self._role_before(text, toks, i)
            if role and free(*role):
                out.append(Span("person", role[0], role[1], text[role[0] : role[1]]))
        return out

    def _nicknamed_people(self, text: str, toks: Sequence[Tok], spans: list[Span]) -> list[Span]:
        """Rule nickname_before_name: a name right after a nickname or a role in quotes is a
        person ("“Cậu bé vàng” Diego Maradona", "“Yêu nữ hàng hiệu” Miu Lê"); so is the role when
        it is written as a name, every word capitalised and the first a family name ("“Lâm Đại
        Ngọc” Trần Hiểu Húc"; not "“Vua Muay Thái” Duy Nhất", "“The Voice Kids” Tóc Tiên")."""
        free = _free_of(spans)
        out: list[Span] = []
        for i, tok in enumerate(toks):
            if tok.text != "“":
                continue
            q = next((j for j in range(i + 1, min(i + 7, len(toks))) if toks[j].text == "”"), None)
            if q is None or q == i + 1 or q + 1 >= len(toks) or toks[q + 1].start != toks[q].end + 1:
                continue
            if not (toks[i + 1].cap and all(t.word for t in toks[i + 1 : q])):
                continue
            s = q + 1
            e = s
            while e < len(toks) and e - s < 5 and self._name_token(toks[e]) and (
                    e == s or toks[e].start == toks[e - 1].end + 1):
                e += 1
            if not 2 <= e - s <= 4 or not self._could_be_name(text, toks, s, e):
                continue
            if e < len(toks) and toks[e].cap and toks[e].word:
                continue
            if free(toks[s].start, toks[e - 1].end):
                out.append(Span("person", toks[s].start, toks[e - 1].end, text[toks[s].start : toks[e - 1].end]))
            r = (toks[i + 1].start, toks[q - 1].end)
            if (q - i - 1 >= 2 and all(self._name_token(t) for t in toks[i + 1 : q]) and free(*r)
                    and toks[i + 1].text.casefold() in self.surnames
                    and self._could_be_name(text, toks, i + 1, q)):
                out.append(Span("person", r[0], r[1], text[r[0] : r[1]]))
        return out

    def _aged_people(self, text: str, toks: Sequence[Tok], spans: list[Span]) -> list[Span]:
        """Rule aged_person: the name right before a bracket that gives an age or a year of birth
        (age_markers.txt: "Lý Văn Trường (7 tuổi)", "Phạm Đình Thành (SN 1986, …)") is a person.
        Not initials ("N.H.B (53 tuổi)"): the letters glued to a full stop name no one."""
        free = _free_of(spans)
        out: list[Span] = []
        for i, tok in enumerate(toks):
            if tok.text != "(" or not i or not self.age_marker.match(text, tok.end):
                continue
            name = self._role_before(text, toks, i) or self._full_vietnamese_name_before(text, toks, i)
            if name is None or not free(*name):
                continue
            s = next(k for k in range(i) if toks[k].start == name[0])
            if i - s > 1 and toks[s].text.casefold() in self.address_words:
                s += 1  # "Bé Phương Linh (4 tuổi)" is Phương Linh
                name = (toks[s].start, name[1])
            if s and toks[s - 1].end == toks[s].start or any(len(t.text) < 2 for t in toks[s:i]):
                continue
            out.append(Span("person", name[0], name[1], text[name[0] : name[1]]))
        return out

    def _full_vietnamese_name_before(self, text: str, toks: Sequence[Tok], i: int) -> tuple[int, int] | None:
        """Three or four capitalised words before token i opened by a family name, whatever their
        last word: "Lý Văn Trường", "Nguyễn Văn Viện" end in a word that heads a body ("Trường",
        "Viện") and are still a full name."""
        s = i
        while s - 1 >= 0 and i - s < 4 and self._name_token(toks[s - 1]) and toks[s].start == toks[s - 1].end + 1:
            s -= 1
        if not 3 <= i - s <= 4 or (s and toks[s - 1].cap and toks[s - 1].word):
            return None
        if toks[s].text.casefold() not in self.surnames or self.gaz.lookup(text[toks[s].start : toks[i - 1].end]):
            return None
        if not self._could_be_name(text, toks, s, i - 1):
            return None  # the words before the last one must be a name's
        return toks[s].start, toks[i - 1].end

    def _role_before(self, text: str, toks: Sequence[Tok], i: int) -> tuple[int, int] | None:
        """The one to four capitalised words right before the bracket at token i, when they can be
        a name: not a place, a body, a title or a capitalised phrase's tail."""
        s = i
        while s - 1 >= 0 and i - s < 4 and self._name_token(toks[s - 1]) and (
                s == i or toks[s].start == toks[s - 1].end + 1):
            s -= 1
        if s == i or (s and toks[s - 1].cap and toks[s - 1].word):
            return None
        if not self._could_be_name(text, toks, s, i):
            return None
        return toks[s].start, toks[i - 1].end

    def _could_be_name(self, text: str, toks: Sequence[Tok], s: int, e: int) -> bool:
        """Can the one to four capitalised words s..e be a personal name: no place, body, title,
        event, club's word or acronym among them."""
        words = [t.text for t in toks[s:e]]
        return 1 <= e - s <= 4 and not (
            any(_glued_words(w) or (w.isupper() and len(w) > 1) for w in words)
            or words[0].casefold() in _FUNCTION_WORDS
            or any(w in self.club_words or w in self.country_short_forms for w in words)
            or self.gaz.lookup(text[toks[s].start : toks[e - 1].end]) or self._opens_with_place(text, toks, s, e - s)
            or any(self.titles.match(toks, k) or self.org_heads.match(toks, k) or self._known_org(toks, k)
                   or self.event_names.match(toks, k) for k in range(s, e)))

    # --- people listed beside a person ----------------------------------------------------------
    def _coordinated_people(self, text: str, toks: Sequence[Tok], spans: list[Span]) -> list[Span]:
        """Rule coordinated_person: names listed with a person the scanner found, in a list closed
        by "và" ("HLV Nguyễn Văn An, Minh Tuấn và Bảo Long"; "Zidane, Benzema và Gareth Bale"),
        are people too. A list that holds anything else (a place, a body, a title, a club's word)
        is no list of people, and nothing of it is taken. Two names joined by a comma alone are as
        often a name and a new clause, so the list must close with "và" at or after its person."""
        ranges = [(_token_after(toks, s.start), _token_after(toks, s.end), s.type) for s in spans]
        people = {a: b for a, b, kind in ranges if kind == "person"}
        others = {k for a, b, kind in ranges if kind != "person" for k in range(a, b)}
        out: list[Span] = []
        for a, b in people.items():
            left = self._list_members(text, toks, a, -1, people, others)
            right = self._list_members(text, toks, b, 1, people, others)
            if left is None or right is None:
                continue  # a place, a body or an office in the list
            members = [m for m, _ in reversed(left)] + [(a, b)] + [m for m, _ in right]
            seps = [s for _, s in reversed(left)] + [s for _, s in right]  # seps[k]: between k and k + 1
            closing = [k for k, sep in enumerate(seps) if sep in self.list_closers]
            if not closing or closing[-1] + 1 < len(left) or self._work_named_before(toks, members[0][0]):
                continue
            for s, e in members[: closing[-1] + 2]:
                if s not in people and all(sp.start != toks[s].start for sp in out):
                    out.append(Span("person", toks[s].start, toks[e - 1].end, text[toks[s].start : toks[e - 1].end]))
        return out

    def listed_with_named(self, text: str, spans: list[Span], names: set[str]) -> list[Span]:
        """Rule listed_with_named: the coordinated_person rule, with the people the article names
        elsewhere as the list's person too: "Ronaldo, Casillas, Pepe và Ramos" once the article has
        named Cristiano Ronaldo, "Mandzukic và Alves" once it has named Daniel Alves. names: the
        article's people, full names and their foreign family names."""
        free = _free_of(spans)
        anchors = []
        for name in names:
            for m in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", text):
                if free(m.start(), m.end()):
                    anchors.append(Span("person", m.start(), m.end(), name))
        if not anchors:
            return []
        toks = tokenize(text)
        every = sorted(spans + anchors, key=lambda sp: sp.start)
        taken = _free_of(every)
        out = []
        for sp in self._coordinated_people(text, toks, every):
            if not taken(sp.start, sp.end) or text[sp.end : sp.end + 1] == "-":
                continue  # "Lee Byung-hun" cut at its hyphen is no one
            last = sp.name.split()[-1]
            after = re.match(r" (\w+)", text[sp.end :])
            phrase = f"{last} {after.group(1)}" if after else ""
            if (len(sp.name.split()) > 1 and after and vietnamese_syllable(last) and after.group(1).islower()
                    and (f"{last[:1].lower()}{last[1:]} {after.group(1)}" in text or text.count(phrase) > 1)):
                continue  # "Jun Phạm và Hòa Minzy Màn trình diễn …": a caption's next words glued on
            out.append(sp)
        return out

    def sources_named_bare(self, text: str, spans: list[Span], person_words: set[str]) -> list[Span]:
        """Rule source_named_bare: a foreign name alone after "Theo" is the paper the story is taken
        from ("Theo Independent, hai chỉ huy IS …", "(Theo Daily Mail)") — when it is no place, no
        given name and no word of a person the article names ("Theo Putin, …" quotes a person)."""
        free = _free_of(spans)
        out = []
        for m in self.bare_source.finditer(text):
            name = m.group(1)
            words = name.split()
            if (not free(m.start(1), m.end(1)) or any(vietnamese_syllable(w) for w in words)
                    or name in self.honorific_words or f"{name}." in self.honorific_words  # "Theo TS. Thủy"
                    or any(w in person_words for w in words) or words[0] in self.given_names
                    or self.gaz.lookup(name) or any(self.gaz.lookup(w) for w in words)):
                continue
            out.append(Span("organization", m.start(1), m.end(1), name))
        return out

    def _work_named_before(self, toks: Sequence[Tok], k: int, reach: int = 8) -> bool:
        """Does a work's word ("phim", "ca khúc") stand before token k in its sentence, a few words
        back? "các bộ phim như Pulp Fiction và Jackie Brown" lists films, not people."""
        for j in range(k - 1, max(-1, k - 1 - reach), -1):
            if toks[j].text in ".!?;" and toks[j + 1].start > toks[j].end:
                return False  # the sentence before ("Dr.Moreau" has no sentence's stop)
            if self.work_words.match(toks, j, need_cap=False) and not self._ends_a_word(toks, j):
                return True  # not "danh sách": a list is no book
        return False

    def _list_members(self, text: str, toks: Sequence[Tok], k: int, step: int, people: dict[int, int],
                      others: set[int]) -> list[tuple[tuple[int, int], str]] | None:
        """Names listed from the person at token k outwards: leftwards (step -1, k its first
        token) or rightwards (step 1, k the token after it), nearest first, each with the
        separator between it and its neighbour towards the person; None when the list runs into
        something that is no person."""
        ends = {e: s for s, e in people.items()}
        members: list[tuple[tuple[int, int], str]] = []
        while True:
            sep = k - 1 if step < 0 else k
            edge = sep + step  # the member's token next to the separator
            if not (0 <= edge < len(toks)) or toks[sep].text not in self.list_joiners:
                return members
            if not (toks[edge].word and toks[edge].cap):
                return members  # "…, anh và các bạn": the sentence goes on
            # A comma before the list may end a clause instead ("Tại Madrid, Ronaldo và Bale").
            clause_before = step < 0 and toks[sep].text not in self.list_closers
            if step < 0 and edge + 1 in ends:
                member = (ends[edge + 1], edge + 1)  # another person the scanner found
            elif step > 0 and edge in people:
                member = (edge, people[edge])
            elif edge in others:
                return members if clause_before else None
            else:
                member = self._listed_run(text, toks, edge, step)
                if member is None:
                    return members if clause_before else None
            members.append((member, toks[sep].text))
            k = member[0] if step < 0 else member[1]

    def _listed_run(self, text: str, toks: Sequence[Tok], edge: int, step: int) -> tuple[int, int] | None:
        """The one to four capitalised words of a listed name with its edge token at edge, or None
        when they may be anything but a person's name."""
        if step > 0:
            s, e = edge, edge + self._name_run(toks, edge)
        else:
            s = edge
            while s - 1 >= 0 and self._name_token(toks[s - 1]) and toks[s].start == toks[s - 1].end + 1:
                s -= 1
            if s and toks[s - 1].cap and toks[s - 1].word:
                return None  # "Theo Reuters, …": a capitalised word before opens a phrase
            e = edge + 1
            if s + self._name_run(toks, s) != e:
                return None
        if not 1 <= e - s <= 4 or e < len(toks) and self._name_token(toks[e]) and toks[e].start == toks[e - 1].end + 1:
            return None
        words = [t.text for t in toks[s:e]]
        if any(_glued_words(w) for w in words):
            return None
        if e - s == 1 and vietnamese_syllable(words[0]):
            return None  # one Vietnamese syllable is as often a capitalised word ("Đoàn đại biểu") as a name
        if (words[0].casefold() in _FUNCTION_WORDS or any(any(c.isdigit() for c in w) for w in words)
                or any(w in self.club_words or w in self.country_short_forms for w in words)
                or self.gaz.lookup(text[toks[s].start : toks[e - 1].end])
                or (e - s == 1 and self._place_at(text, toks, s)) or self._opens_with_place(text, toks, s, e - s)):
            return None
        if any(self.titles.match(toks, k) or self.org_heads.match(toks, k) or self._known_org(toks, k)
               or self.honorifics.match(toks, k) or self.event_names.match(toks, k) for k in range(s, e)):
            return None
        return s, e


def _words_before(toks: Sequence[Tok], i: int, k: int) -> str:
    """The k words right before token i, lower case, space-joined ("" when fewer than k words)."""
    if i < k or not all(t.word for t in toks[i - k : i]):
        return ""
    return " ".join(t.text.casefold() for t in toks[i - k : i])


def _token_after(toks: Sequence[Tok], end: int) -> int:
    """Index of the first token starting at or after character end."""
    for k, tok in enumerate(toks):
        if tok.start >= end:
            return k
    return len(toks)


def _listed_in_a_name(toks: Sequence[Tok], i: int) -> bool:
    """After a comma inside an office's name, one or two capitalised words then "và" and a
    capitalised word: the comma lists the body's fields ("Bộ Kinh tế, Thương mại và Công nghiệp")."""
    k = i
    while k < len(toks) and k - i < 2 and toks[k].cap and toks[k].word:
        k += 1
    k += k < len(toks) and k > i and not toks[k].cap and toks[k].word and toks[k].text != "và"  # "Thương mại"
    return k > i and k + 1 < len(toks) and toks[k].text == "và" and toks[k + 1].cap


def _registration_code(toks: Sequence[Tok], i: int) -> bool:
    """Rule registration_code: one word with a capital inside it and a number after it ("QNg
    90125", "BĐ 97") is a boat's or a vehicle's registration, not a name."""
    word = toks[i].text
    return (i + 1 < len(toks) and toks[i + 1].text[:1].isdigit()
            and any(c.isupper() for c in word[1:]))


def _glued_words(word: str) -> bool:
    """Two words run together without their space ("RenLily", "Er-zilGranit"): a capital after two
    lower-case letters inside a word. Not "McMaster", "DiCaprio", "LeBron", "MacArthur"."""
    return any(not part.startswith("Mac")
               and any(part[k].isupper() and part[k - 2 : k].islower() for k in range(2, len(part)))
               for part in word.split("-"))


def _undoubled(name: str) -> str:
    """A name whose opening words are written twice is a typo: "Moon Moon Jae-in", "Tập Cận Bình
    Tập Cận Bình" (no personal name repeats its own words)."""
    words = name.split()
    for n in range(len(words) // 2, 0, -1):
        if words[:n] == words[n : 2 * n]:
            return " ".join(words[n:])
    return name


def text_gap(toks: Sequence[Tok], j: int) -> int:
    """Characters between token j's end and the start of token j + 2 (around a "." at j + 1)."""
    return toks[j + 2].start - toks[j].end - 1


def _trim_title(title: str) -> str:
    """A title without trailing punctuation or a gloss in brackets ("… Busan (Hàn Quốc)")."""
    return re.sub(r"\s*\([^()]*\)", "", title).strip(" ,;:")


_EXTRACTOR: EntityExtractor | None = None


def extractor() -> EntityExtractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = EntityExtractor()
    return _EXTRACTOR
