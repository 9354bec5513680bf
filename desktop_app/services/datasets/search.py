"""The global search of the main window: datasets and publications by title (and a dataset's group,
source and keywords), forgiving about case and accents.

Every word typed must occur in the item's text; items whose title starts with the words, or whose
title words start with them, come first.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import DATASET_STEP, PUBLICATION_STEP, DatasetState, PublicationState
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.models import Dataset, Publication

DATASET = "dataset"
PUBLICATION = "publication"


@dataclass(frozen=True)
class SearchResult:
    """One match: ``kind`` is "dataset" or "publication" (as MainWindow.open_object takes it)."""

    kind: str
    id: int
    title: str
    state: DatasetState | PublicationState
    step: Step
    detail: str = ""  # what else matched or describes it (a dataset's group and source)


def fold(text: str) -> str:
    """Lower case without accents ("Pémbangunan" → "pembangunan"), for matching only."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _score(words: list[str], title: str, other: str) -> int | None:
    """How well the query words match (lower is better); None when some word does not occur at all."""
    folded_title = fold(title)
    haystack = folded_title + " " + fold(other)
    if not all(word in haystack for word in words):
        return None
    phrase = " ".join(words)
    if folded_title.startswith(phrase):
        return 0
    title_words = folded_title.split()
    if all(any(tw.startswith(word) for tw in title_words) for word in words):
        return 1
    if all(word in folded_title for word in words):
        return 2
    return 3


class SearchService:
    """Finds datasets and publications for the search box."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def find(self, text: str, limit: int = 20) -> list[SearchResult]:
        """Up to ``limit`` matches of ``text``, best first (then datasets before publications, by title)."""
        words = fold(text).split()
        if not words or limit <= 0:
            return []
        scored: list[tuple[int, int, str, SearchResult]] = []
        with self.ctx.db.reading() as s:
            # Only the columns matched and shown: this runs on every keystroke in the search box.
            for ds in s.execute(select(Dataset.id, Dataset.name, Dataset.group_name, Dataset.source,
                                       Dataset.keywords, Dataset.state).where(Dataset.deleted_at.is_(None))):
                keywords = " ".join(str(k) for k in ds.keywords or [])
                score = _score(words, ds.name, " ".join((ds.group_name, ds.source, keywords)))
                if score is not None:
                    state = DatasetState(ds.state)
                    detail = " · ".join(part for part in (ds.group_name, ds.source) if part)
                    scored.append((score, 0, fold(ds.name),
                                   SearchResult(DATASET, ds.id, ds.name, state, DATASET_STEP[state], detail)))
            for pub in s.execute(select(Publication.id, Publication.title, Publication.state)):
                score = _score(words, pub.title, "")
                if score is not None:
                    state = PublicationState(pub.state)
                    scored.append((score, 1, fold(pub.title),
                                   SearchResult(PUBLICATION, pub.id, pub.title, state, PUBLICATION_STEP[state])))
        scored.sort(key=lambda entry: entry[:3])
        return [entry[3] for entry in scored[:limit]]
