"""Tagging on every core, for passes that bring many articles worth reading.

spaCy's parse is most of a pass's CPU once feeds bring real news (about 0.1 s an article that passes the
prefilter), and one process uses one core. A pass that brings at least PARALLEL_FROM_CANDIDATES such
articles therefore tags them all up front in worker processes, each with its own Tagger (the same code,
so the same answers), before the pass stores anything; storing stays feed by feed, one transaction per
article. Smaller passes, the usual cron pass, tag in-process: loading the model in a worker takes seconds.

spaCy's own `nlp.pipe(n_process=…)` cannot do this as it is: it sends Docs back through msgpack, and the
quote finder's results are Python objects; running whole Taggers in the workers and sending back `Tags`
(plain dataclasses, pickled) keeps the monitor's components in the parallel part, where most time goes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from ..config import Watchlist
from ..errors import InternalError, MonitorError
from ..records import Tags
from ..tag import Tagger, candidate_test
from .faults import PASS_FAULTS
from .orphans import die_with_parent

log = logging.getLogger(__name__)

# With fewer articles passing the prefilter than this, a pass tags in-process (settings.tag_processes = 0).
PARALLEL_FROM_CANDIDATES = 100
CHUNK = 8  # articles a worker takes at a time: small enough to keep both cores busy to the end

_tagger: Tagger | None = None  # a worker's own


def candidates_of(watchlist: Watchlist, documents: Sequence[str]) -> list[int]:
    """The documents the tagger would run spaCy on (its prefilter, without the model), by index."""
    could_match = candidate_test(watchlist)
    return [i for i, text in enumerate(documents) if could_match(text)]


def tag_processes_for(setting: int, documents: Sequence[str], candidates: Sequence[int]) -> int:
    """How many worker processes to tag these documents with: 0 or 1 means in-process."""
    if setting:
        return setting
    cores = os.cpu_count() or 1
    return cores if cores > 1 and len(candidates) >= PARALLEL_FROM_CANDIDATES else 0


def tag_in_processes(
    watchlist: Watchlist, model: str, documents: Sequence[str], processes: int, wanted: Sequence[int] | None = None
) -> list[Tags | MonitorError]:
    """`Tagger.tag_many(documents, only_candidates=True)` spread over `processes` workers, in order; a
    document the tagger fails on gets the error instead (as in-process). `wanted`: the candidates, if known."""
    wanted = candidates_of(watchlist, documents) if wanted is None else wanted
    results: list[Tags | MonitorError] = [Tags() for _ in documents]
    chunks = [[documents[i] for i in wanted[start : start + CHUNK]] for start in range(0, len(wanted), CHUNK)]
    with ProcessPoolExecutor(
        processes,
        mp_context=get_context("spawn"),  # a fresh interpreter: no database connection or event loop copied
        initializer=_start_worker,
        initargs=(watchlist, model, os.getpid()),
    ) as pool:
        tagged = [tags for chunk in pool.map(_tag_chunk, chunks) for tags in chunk]
    for index, tags in zip(wanted, tagged):
        results[index] = tags
    return results


def tag_in_process(tagger: Tagger, documents: Sequence[str]) -> list[Tags | MonitorError]:
    """Tags for each document; a document the tagger fails on gets the error instead (the others are kept)."""
    try:
        return list(tagger.tag_many(documents, only_candidates=True))
    except PASS_FAULTS:
        raise  # the model is missing or the like: nothing could be tagged
    except Exception:  # noqa: BLE001  (find the one document at fault; tag the rest)
        return [_tag_one(tagger, document) for document in documents]


def _tag_one(tagger: Tagger, document: str) -> Tags | MonitorError:
    try:
        return tagger.tag_many([document], only_candidates=True)[0]
    except Exception as exc:
        log.exception("tagging failed on a document of %d characters", len(document))
        return InternalError.wrap(exc, "tagging")


def _start_worker(watchlist: Watchlist, model: str, parent: int) -> None:
    global _tagger
    die_with_parent(parent)  # a pass killed by cron or the admin leaves no tagger behind
    _tagger = Tagger(watchlist, model)


def _tag_chunk(documents: list[str]) -> list[Tags | MonitorError]:
    assert _tagger is not None, "the pool's initializer loads the tagger"
    return tag_in_process(_tagger, documents)
