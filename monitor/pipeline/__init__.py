"""The only place the stages meet: fetch → parse → extract → tag → store."""

from .run import FeedReport, RunReport, run_pass

__all__ = ["FeedReport", "RunReport", "run_pass"]
