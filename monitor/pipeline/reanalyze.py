"""Re-tag stored articles after the watchlist changes: new mentions and quotes, reviews untouched.

Each article's old mentions and quotes are replaced in one transaction, so an interrupted run leaves
every article either as it was or fully re-tagged, and running it again finishes the job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ..config import Config
from ..records import document_text
from ..store import Access, connect, writes
from ..store.reads import stored_texts
from ..tag import Tagger
from .lock import run_lock


@dataclass
class ReanalyzeReport:
    articles: int = 0
    hits_before: int = 0
    hits_after: int = 0
    became_hits: int = 0
    stopped_being_hits: int = 0


def reanalyze(
    config: Config,
    *,
    since: datetime | None = None,
    tagger: Tagger | None = None,
    only: Callable[[str], bool] | None = None,
    progress: Callable[[int, ReanalyzeReport], None] | None = None,
) -> ReanalyzeReport:
    """Re-tag every stored article first seen since `since` (all when None) with the current watchlist.

    `only` narrows it to the documents it passes, the rest keeping their tags (the site's editor re-tags only where
    the changed entries could match); `progress(seen, report)` is called after each batch of stored articles.
    Holds the run lock, so a cron pass cannot write the same articles meanwhile (AlreadyRunning otherwise).
    """
    settings = config.settings
    report = ReanalyzeReport()
    seen = 0
    with run_lock(settings.lock_file):
        tagger = tagger or Tagger(config.watchlist, settings.spacy_model)
        with connect(settings.database_url, Access.WRITE) as session:
            for batch in stored_texts(session, since):
                seen += len(batch)
                documents = [(a, document_text(a.title, a.text)) for a in batch]
                chosen = [(a, text) for a, text in documents if only is None or only(text)]
                texts = [text for _, text in chosen]
                for (article, _), tags in zip(chosen, tagger.tag_many(texts, only_candidates=True)):
                    writes.replace_tags(session, article.article_id, tags)
                    report.articles += 1
                    report.hits_before += article.was_hit
                    report.hits_after += tags.is_hit
                    report.became_hits += tags.is_hit and not article.was_hit
                    report.stopped_being_hits += article.was_hit and not tags.is_hit
                if progress is not None:
                    progress(seen, report)
    return report
