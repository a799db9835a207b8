"""How many of the filtered articles mention each entity, counted in memory on every keystroke.

The sidebar recounts every entity for each filter the user types: the first letters of a search
match almost every article, and counting their mentions in SQL (a group-by over most of the
mentions table) took most of a keystroke. Here the mentions are two numpy arrays read once per
state of the archive (article and entity of each mention row), and a count is a boolean mask of
the selected articles and one ``bincount``; the entities' names and titles are read with them.
Any write (ours or another connection's) drops the arrays, as it drops the full-text matches.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import NamedTuple, overload

import numpy as np
from sqlite_utils import Database

from app.nlp.text import fold_diacritics
from app.store.query import Filter, filtered_article_ids


class EntityInfo(NamedTuple):
    """A shown (not hidden) entity, as the sidebar labels it."""

    id: int
    type: str
    name: str
    title: str | None
    kind: str | None
    country: str | None


class CountPairs(Sequence):
    """(entity id, articles) pairs held as two arrays, made into tuples only when read: the sidebar
    builds items for the first ones of each group, and a broad search counts thousands."""

    def __init__(self, ids: np.ndarray, counts: np.ndarray) -> None:
        self._ids, self._counts = ids, counts
        self._pairs: list[tuple[int, int]] | None = None

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, at: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, at: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, at):
        if self._pairs is not None:
            return self._pairs[at]
        if isinstance(at, slice):
            return list(zip(self._ids[at].tolist(), self._counts[at].tolist()))
        return int(self._ids[at]), int(self._counts[at])

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.pairs())

    def pairs(self) -> list[tuple[int, int]]:
        if self._pairs is None:
            self._pairs = list(zip(self._ids.tolist(), self._counts.tolist()))
        return self._pairs

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    __hash__ = None  # type: ignore[assignment]


class MentionIndex:
    """The mentions of the shown entities, by position: ``entities[i]`` is the i-th entity (in the
    order of their names, then ids), ``mention_entity[k]`` the position of mention k's entity."""

    def __init__(self, db: Database) -> None:
        rows = db.execute("SELECT id, type, name, title, kind, country FROM entities WHERE hidden = 0").fetchall()
        rows.sort(key=lambda r: (r[2], r[0]))  # SQLite's BINARY order of names is code point order
        self.entities = [EntityInfo._make(r) for r in rows]
        self.by_id = {e.id: e for e in self.entities}
        self.ids = np.array([r[0] for r in rows], dtype=np.int64)
        position = np.full(int(self.ids.max()) + 1 if len(rows) else 1, -1, dtype=np.int64)
        position[self.ids] = np.arange(len(rows))
        pairs = db.execute("SELECT article_id, entity_id FROM mentions").fetchall()
        article = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        entity = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
        entity = np.where(entity < len(position), position[np.minimum(entity, len(position) - 1)], -1)
        shown = entity >= 0  # mentions of hidden entities are not counted
        self.mention_article = article[shown]
        self.mention_entity = entity[shown]
        self.article_limit = int(self.mention_article.max()) + 1 if len(self.mention_article) else 1
        self.all_counts = np.bincount(self.mention_entity, minlength=len(rows))
        self._codes: dict[tuple, np.ndarray] = {}

    @cached_property
    def name_rank(self) -> dict[int, int]:
        """Entity id → its place in the order of names without diacritics (the sidebar's sort
        by name), for every shown entity; computed the first time it is asked for."""
        order = sorted(self.entities, key=lambda e: (fold_diacritics(e.name), e.id))
        return {e.id: i for i, e in enumerate(order)}

    def counts(self, article_ids: list[int] | None) -> list[tuple[int, int]]:
        """(entity id, articles) of the entities the articles mention (None: every article), most
        articles first, then by name."""
        order, counts = self._ordered(article_ids)
        return list(zip(self.ids[order].tolist(), counts[order].tolist()))

    def grouped_counts(self, article_ids: list[int] | None, groups: list[str],
                       other: str) -> dict[str, CountPairs]:
        """``counts`` split by entity type: one sequence per type of ``groups``, the other types'
        entities in the ``other`` one's."""
        codes = self._type_codes(tuple(groups), other)
        order, counts = self._ordered(article_ids)
        kinds = codes[order]
        result = {}
        for code, type_ in enumerate(groups):
            chosen = order[kinds == code]
            result[type_] = CountPairs(self.ids[chosen], counts[chosen])
        return result

    def _type_codes(self, groups: tuple[str, ...], other: str) -> np.ndarray:
        kept = self._codes.get((groups, other))
        if kept is None:
            code = {t: i for i, t in enumerate(groups)}
            kept = np.array([code.get(e.type, code[other]) for e in self.entities], dtype=np.int64)
            self._codes[(groups, other)] = kept
        return kept

    def _ordered(self, article_ids: list[int] | None) -> tuple[np.ndarray, np.ndarray]:
        """The positions of the entities counted, most articles first (then by name), and the
        counts of every position."""
        if article_ids is None:
            counts = self.all_counts
        else:
            ids = np.fromiter(article_ids, dtype=np.int64, count=len(article_ids))
            selected = np.zeros(self.article_limit, dtype=bool)
            selected[ids[ids < self.article_limit]] = True
            counts = np.bincount(self.mention_entity[selected[self.mention_article]], minlength=len(self.ids))
        found = np.flatnonzero(counts)
        return found[np.argsort(-counts[found], kind="stable")], counts  # positions are in name order


_INDEX: dict[int, tuple[tuple, MentionIndex]] = {}  # connection → (its state, the index)


def mention_index(db: Database) -> MentionIndex:
    """The index of the archive as it is now (built again after any write)."""
    state = (db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0])
    kept = _INDEX.get(id(db.conn))
    if kept is None or kept[0] != state:
        _INDEX.clear()  # one archive open at a time in the window: keep only the latest
        kept = (state, MentionIndex(db))
        _INDEX[id(db.conn)] = kept
    return kept[1]


def grouped_entity_counts(db: Database, flt: Filter, groups: list[str],
                          other: str) -> tuple[dict[str, CountPairs], MentionIndex]:
    """``entity_counts`` split by type (``MentionIndex.grouped_counts``), and the index."""
    index = mention_index(db)
    return index.grouped_counts(None if flt.is_empty else filtered_article_ids(db, flt), groups, other), index


def entity_counts(db: Database, flt: Filter | None = None) -> tuple[list[tuple[int, int]], MentionIndex]:
    """(entity id, articles) of the entities of the articles the filter selects, most articles
    first, then by name; and the index, whose ``entities`` name them."""
    flt = flt or Filter()
    index = mention_index(db)
    return index.counts(None if flt.is_empty else filtered_article_ids(db, flt)), index
