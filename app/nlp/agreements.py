"""What a visit signed and gave: documents signed or exchanged, honours and gifts presented.

A pipeline component (``agreements``) run after the event: only an article that reports a visit
has them, and only a sentence that states the signing or the giving now gives one —

- documents: "… chứng kiến lễ ký kết 5 văn kiện hợp tác, bao gồm: Hiệp định …; Thỏa thuận …"
  (rule witnessed_signing), "hai bên đã ký Thỏa thuận …" (signed), "Sau hội đàm, hai Bộ trưởng
  ký Bản ghi nhớ …" (signed_on_occasion), "ra Tuyên bố chung" (joint_statement). The signers
  must be the visit's own people (its leader, a counterpart) or "the two sides"; a sentence that
  plans, proposes or recalls a signing ("sẽ ký", "đề nghị sớm ký kết", "đã ký năm 2015", a year
  other than the visit's) gives none. What was signed is kept as written, with the parties the
  document names ("giữa … và …").
- honours and gifts: "X trao Huân chương … cho Y", "X trao tặng Y chiếc Chìa khóa …", "Y nhận
  Chìa khóa biểu tượng thành phố", "công nhận … Khách mời danh dự": giver and recipient as
  written; the giver or the recipient must be a named person.

Cue words and patterns live in resources/rules/agreements.tsv. Every item keeps its rule and
its sentence. Pure Python.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.nlp.model import Agreement, EntityFound, Honour
from app.nlp.reading import Reading, Sentence
from app.nlp.rules import table
from app.nlp.spans import Span
from app.nlp.text import fold_diacritics

AGREEMENT_RULES = ("witnessed_signing", "signed_on_occasion", "signed", "joint_statement")
HONOUR_RULES = ("given", "received", "recognised")
MAX_TEXT = 240  # a document's or an honour's name longer than this is cut (with "…")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_ROLE = {"witnessed_signing": "witnessed", "signed": "signed", "signed_on_occasion": "signed",
         "joint_statement": "statement"}


@lru_cache(maxsize=1)
def _data() -> dict[str, str]:
    return dict(table("agreements.tsv"))


@lru_cache(maxsize=32)
def _alternation(name: str) -> str:
    words = sorted({w.strip() for w in _data()[name].split("|") if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=32)
def cue(name: str, *, case: bool = False) -> re.Pattern[str]:
    """A cue list as a regex of whole words (any case unless ``case``)."""
    return re.compile(rf"(?<!\w)(?:{_alternation(name)})(?!\w)", 0 if case else re.IGNORECASE)


@lru_cache(maxsize=16)
def rule_pattern(name: str) -> re.Pattern[str]:
    def sub(m: re.Match[str]) -> str:
        return _alternation(m.group(1))

    pattern = re.sub(r"\{([A-Z_]+)\}", sub, _data()[name])
    if re.match(r"\(\?P<\w+>\.\*\?\)", pattern):
        # "(?P<by>.*?) …" takes everything before the cue: a match exists only from the sentence's
        # start, and anchoring it there saves search() retrying it from every later character.
        pattern = r"\A" + pattern
    return re.compile(pattern, re.IGNORECASE)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins (after the last ";" before it)."""
    return text.rfind(";", 0, pos) + 1


def _not_done(text: str, pos: int) -> bool:
    """The clause before ``pos`` plans, proposes, conditions or recalls it (cue NOT_DONE)."""
    return bool(cue("NOT_DONE").search(text[_clause_start(text, pos) : pos]))


def _cut(text: str, ends: re.Pattern[str], *, at_comma: bool = True) -> str:
    """Text up to where it stops naming the thing: an end cue, a comma, a glued next sentence."""
    stops = [len(text)]
    for pattern in (ends, cue("SENTENCE_STARTS", case=True)):
        m = pattern.search(text, 1)
        if m:
            stops.append(m.start())
    for mark in ([",", ";", ". ", ":"] if at_comma else [";", ". "]):
        at = text.find(mark)
        if at > 0:
            stops.append(at)
    out = text[: min(stops)].strip(" .,:;–-/")
    if len(out) > MAX_TEXT:
        out = out[: out.rfind(" ", 0, MAX_TEXT)] + "…"
    return out


def _years_ok(text: str, docs_start: int, event_year: int | None) -> bool:
    """No year but the visit's: "ký tháng 9/2015" in a 2017 visit is an old agreement. A plan's
    own year inside the document's name ("Kế hoạch hợp tác năm 2017") is no date of signing."""
    for m in _YEAR.finditer(text):
        year = int(m.group(1))
        if event_year is not None and year == event_year:
            continue
        in_name = m.start() >= docs_start and text[max(0, m.start() - 5) : m.start()].strip().lower() == "năm"
        plan = re.search(r"(?i)kế hoạch|chương trình", text[docs_start : m.start()])
        if in_name and plan and (event_year is None or year >= event_year):
            continue
        return False
    return True


class SignedAndGiven:
    """Reads the documents and honours of one article whose event is a visit."""

    def __init__(self, reading: Reading, leader: EntityFound | None, met: list[EntityFound],
                 event_year: int | None, host: str | None = None, disabled: frozenset[str] = frozenset()):
        self.reading = reading
        self.host = host
        self.disabled = disabled
        self.event_year = event_year
        self.leader = leader
        self.people = {fold_diacritics(p.name) for p in [leader, *met] if p is not None}
        self.leader_title = fold_diacritics(leader.title) if leader and leader.title else None

    # --- people in a sentence ------------------------------------------------------------------
    def _spans(self, sentence: Sentence, start: int, end: int, types=("person", "office")) -> list[Span]:
        """Spans of the sentence between offsets start and end of its text."""
        base = sentence.start
        return [sp for sp in self.reading.spans_in(sentence)
                if sp.type in types and start <= sp.start - base and sp.end - base <= end]

    def _is_visit_person(self, span: Span) -> bool:
        if span.type == "person":
            return fold_diacritics(span.name) in self.people
        title = fold_diacritics(span.title or "")
        return bool(self.leader_title and title and (title.startswith(self.leader_title)
                                                     or self.leader_title.startswith(title)))

    @staticmethod
    def _written(span: Span) -> str:
        return " ".join(x for x in (span.title if span.type == "person" else None, span.name) if x)

    def _person_key(self, sentence: Sentence, start: int, end: int, text: str) -> str:
        """Who a recipient is, for telling one honour from another: the person's folded name (an
        office the leader holds is the leader), else the folded text."""
        for sp in self._spans(sentence, start, end):
            if sp.type == "person":
                return fold_diacritics(sp.name)
            if self._is_visit_person(sp) and self.leader is not None:
                return fold_diacritics(self.leader.name)
        return fold_diacritics(text)

    # --- documents -----------------------------------------------------------------------------
    def agreements(self) -> list[Agreement]:
        found: list[Agreement] = []
        for sentence in self.reading.sentences:
            for rule in AGREEMENT_RULES:
                if rule in self.disabled:
                    continue
                m = rule_pattern(rule).search(sentence.text)
                if m is None:
                    continue
                found += self._documents_signed(sentence, rule, m)
                if found and found[-1].evidence == sentence.text:
                    break  # one rule per sentence
        named = [a for a in found if not _is_group(a.document)]
        out: dict[str, Agreement] = {}
        for a in named or found:  # "5 văn kiện" says less than the five names when both are given
            out.setdefault(fold_diacritics(a.document), a)
        return list(out.values())

    def _documents_signed(self, sentence: Sentence, rule: str, m: re.Match[str]) -> list[Agreement]:
        text = sentence.text
        docs_start = m.start("docs")
        if _not_done(text, docs_start) or not _years_ok(text, docs_start, self.event_year):
            return []
        if self._other_visit(sentence, docs_start):
            return []
        by_end = m.end("by")
        by_start = max(m.start("by"), _clause_start(text, by_end))
        # A sub-heading glued on ("… Hà Đông Kết thúc hội đàm, …") and reported speech ("… về việc
        # NASDAQ vừa ký …") come before the signers: they start after the last of those.
        for pattern in (cue("SENTENCE_STARTS", case=True), cue("REPORTED")):
            for found in pattern.finditer(text, by_start, by_end):
                by_start = found.end() if pattern is cue("REPORTED") else found.start()
        by = self._spans(sentence, by_start, by_end)
        by_text = text[by_start:by_end]
        ours = any(self._is_visit_person(sp) for sp in by) or cue("LEADERS_BOTH").search(by_text)
        sides = cue("SIDES").search(by_text)
        if rule == "signed" and not ours and not (sides and ("vừa" in by_text.split() or cue("OCCASION").search(text))):
            return []  # "hai nước đã ký nhiều hiệp định …" sums up years of relations
        if not ours and not sides:
            return []  # signed by others: not this visit's document
        names = tuple(dict.fromkeys(sp.name for sp in by if sp.type == "person"))
        return [Agreement(document=d, parties=_parties(d), by=names, role=_ROLE[rule], rule=rule, evidence=text)
                for d in _documents(m.group("docs"))]

    def _other_visit(self, sentence: Sentence, before: int) -> bool:
        """"trong chuyến thăm Việt Nam lần này của ông Abe" in an article on a visit to Japan: the
        signing belongs to another visit."""
        if self.host is None:
            return False
        for sp in self._spans(sentence, 0, before, types=("location",)):
            ahead = sentence.text[max(0, sp.start - sentence.start - 30) : sp.start - sentence.start]
            country = sp.place.country if sp.place and sp.place.kind == "country" else None
            if country and country != self.host and re.search(r"chuyến thăm\W+(?:\w+\W+){0,3}$", ahead):
                return True
        return False

    # --- honours -------------------------------------------------------------------------------
    def honours(self) -> list[Honour]:
        found: dict[tuple[str, str], tuple[int, Honour]] = {}
        for sentence in self.reading.sentences:
            for honour, key in self._honours_in(sentence):
                score = (honour.giver is not None) + (honour.recipient is not None)
                if key not in found or score > found[key][0]:
                    found[key] = (score, honour)
        return [h for _score, h in found.values()]

    def _honours_in(self, sentence: Sentence) -> list[tuple[Honour, tuple[str, str]]]:
        text = sentence.text
        out: list[tuple[Honour, tuple[str, str]]] = []
        last_recipient: tuple[str, str] | None = None  # (written, key) for "và công nhận …"
        if "given" not in self.disabled:
            for verb in cue("GIVE").finditer(text):
                for honour, key in self._given(sentence, verb):
                    out.append((honour, key))
                    last_recipient = (honour.recipient, key[1]) if honour.recipient else last_recipient
        m = None if "received" in self.disabled else rule_pattern("received").search(text)
        if m and not _not_done(text, m.start("honour")):
            subject = self._spans(sentence, _clause_start(text, m.start("honour")), m.start("honour"))
            if subject and "," not in text[subject[0].end - sentence.start : m.start("honour")]:
                who = subject[0]
                name = _cut(m.group("honour"), cue("HONOUR_ENDS"))
                rec = self._written(who)
                key = self._person_key(sentence, who.start - sentence.start, who.end - sentence.start, rec)
                out.append((Honour(name, None, rec, "received", text), (_kind_key(name), key)))
                last_recipient = (rec, key)
        m = None if "recognised" in self.disabled else rule_pattern("recognised").search(text)
        if m and last_recipient is not None and not _not_done(text, m.start()):
            name = _cut(m.group("honour"), cue("HONOUR_ENDS"))
            out.append((Honour(name, None, last_recipient[0], "recognised", text),
                        (_kind_key(name), last_recipient[1])))
        return out

    def _given(self, sentence: Sentence, verb: re.Match[str]) -> list[tuple[Honour, tuple[str, str]]]:
        """"X trao Huân chương A cho Y và Huân chương B cho Z" or "X trao tặng Y chiếc Chìa khóa …"."""
        text = sentence.text
        if _not_done(text, verb.start()):
            return []
        rest_at = verb.end()
        honour_m = cue("HONOUR").search(text, rest_at)
        if honour_m is None or honour_m.start() - rest_at > 120:
            return []
        between = text[rest_at : honour_m.start()]
        # The giver: a person named just before the verb ("Chủ tịch nước Trần Đại Quang đã trao").
        before = self._spans(sentence, _clause_start(text, verb.start()), verb.start())
        gap = text[before[-1].end - sentence.start : verb.start()] if before else ""
        gap_words = cue("GIVER_GAP").sub(" ", gap).strip(" ,")
        giver = self._written(before[-1]) if before and before[-1].type == "person" and not gap_words else None
        results = []
        if between.strip(" ,").lower() in ("", "lại", "cho", "tặng"):
            pos = honour_m.start()
            while True:  # one or more "HONOUR cho RECIPIENT", joined by "và" or ","
                name = _cut(text[pos:], cue("HONOUR_ENDS"))
                after = pos + len(name)
                to = re.compile(rf"\s*(?:{_alternation('TO')})\s+", re.IGNORECASE).match(text, after)
                recipient, key = None, None
                if to:
                    recipient = _cut(text[to.end():], cue("RECIPIENT_ENDS"))
                    recipient = re.split(rf"\s+và\s+(?=(?:{_alternation('HONOUR')}))", recipient,
                                         flags=re.IGNORECASE)[0].strip()
                    rec_end = to.end() + len(recipient)
                    key = self._person_key(sentence, to.end(), rec_end, recipient)
                    after = rec_end
                recipient_person = to and self._spans(sentence, to.end(), after)
                if recipient and (giver or recipient_person):
                    results.append((Honour(name, giver, recipient, "given", text), (_kind_key(name), key or "")))
                more = re.compile(rf"\s*(?:,|và)\s*(?=(?:{_alternation('HONOUR')}))", re.IGNORECASE).match(text, after)
                if not more or not to:
                    break
                pos = more.end()
            return results
        # "trao tặng Chủ tịch nước Lương Cường chiếc Chìa khóa …": the recipient comes first.
        people = self._spans(sentence, rest_at, honour_m.start())
        tail = text[people[-1].end - sentence.start : honour_m.start()] if people else None
        if people and tail.strip().lower() in ("", "chiếc", "tấm", "bức", "một"):
            recipient = text[rest_at : people[-1].end - sentence.start].strip()
            key = self._person_key(sentence, rest_at, people[-1].end - sentence.start, recipient)
            name = _cut(text[honour_m.start():], cue("HONOUR_ENDS"))
            results.append((Honour(name, giver, recipient, "given", text), (_kind_key(name), key)))
        return results


def _kind_key(honour: str) -> str:
    """Two honours are one when they are the same kind of thing to the same person: the key to
    Lima in the headline, the caption and the story."""
    return " ".join(fold_diacritics(honour).split()[:2])


def _is_group(document: str) -> bool:
    """"5 văn kiện hợp tác", "các văn kiện": a number of documents, not one named."""
    return bool(re.match(rf"(?:\d+|{_alternation('COUNT')})\s", document, re.IGNORECASE)) or \
        document.lower().startswith("văn kiện")


def _documents(docs: str) -> list[str]:
    """The documents a signing names, as written: one group ("5 văn kiện hợp tác") or each item
    of a list ("…, bao gồm: Hiệp định …; Thỏa thuận …", "Bản ghi nhớ A và Bản ghi nhớ B")."""
    doc = _alternation("DOC")
    head = re.match(rf"(?:(?:\d+|{_alternation('COUNT')})\s+)?(?:{doc})(?!\w)", docs, re.IGNORECASE)
    if head is None:
        return []
    ends = cue("DOC_ENDS")
    listed = re.search(r"(?:[,:]\s*|\s+)(?:bao gồm|gồm có|gồm|là)\s*:?\s*|:\s*", docs)
    items_text = docs
    if listed and re.match(rf"(?:{doc})(?!\w)", docs[listed.end():], re.IGNORECASE):
        items_text = docs[listed.end():]
    elif _is_group(docs):  # "5 văn kiện hợp tác trên các lĩnh vực ngoại giao, hợp tác kinh tế …"
        return [_cut(docs, ends, at_comma=False)]
    if ";" in items_text:  # "Hiệp định về …, phạt tù; Thỏa thuận về … phòng, chống tội phạm"
        split, at_comma = re.compile(r"\s*;\s*"), False
    else:
        split, at_comma = re.compile(rf",\s+(?=(?:{doc})(?!\w))|\s+và\s+(?=(?:{doc})(?!\w))"), True
    out = []
    for item in split.split(items_text.rstrip(". …/")):
        if not re.match(rf"(?:{doc})(?!\w)", item, re.IGNORECASE):
            break  # the list has ended; the sentence goes on
        name = _cut(item, ends, at_comma=at_comma)
        if name:
            out.append(name)
    return out


def _parties(document: str) -> str | None:
    """The parties a document names: "… giữa tỉnh Quảng Ninh và tỉnh Phúc Kiến"."""
    m = re.search(r"(?<!\w)giữa\s+(.+)", document)
    if not m:
        return None
    parties = re.split(r"\s+(?:về|năm\s+\d+|nhằm|trong)(?!\w)", m.group(1))[0].strip(" …")
    return parties or None


def signed_and_given(reading: Reading, leader: EntityFound | None, met: list[EntityFound],
                     event_year: int | None, host: str | None = None, disabled: frozenset[str] = frozenset()
                     ) -> tuple[list[Agreement], list[Honour]]:
    reader = SignedAndGiven(reading, leader, met, event_year, host, disabled)
    agreements = [] if "agreements_signed" in disabled else reader.agreements()
    honours = [] if "honours_given" in disabled else reader.honours()
    return agreements, honours
