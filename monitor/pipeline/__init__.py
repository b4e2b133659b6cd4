"""The only place the stages meet: fetch → parse → extract → tag → store.

`run_pass` and its reports load lazily, so commands that only fetch (`monitor feeds add`) and the
parse workers do not import spaCy and the database layer they never use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .run import FeedReport, RunReport, run_pass

__all__ = ["FeedReport", "RunReport", "run_pass"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
