"""The log every command that runs a job writes (`run`, `digest`, `serve`, `reanalyze`, `backup`...): one file,
rotated at 5 MB with 5 old files kept (monitor.log.1 ... .5), plain text or one JSON object a line, at the level
settings.toml asks for.

A log that cannot be written (disk full, read-only) is said once on stderr, in one line: never Python's
`--- Logging error ---` traceback per record, which cron would mail by the megabyte.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import Unwritable

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 5_000_000
BACKUPS = 5
# Fields a record may carry with `extra=`, copied into the JSON line (the pass line's run id and counts).
FIELDS = ("run_id", "status", "counts", "seconds", "digest_id", "articles")


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, the fields above when present, the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update({name: getattr(record, name) for name in FIELDS if hasattr(record, name)})
        if record.exc_info:
            line["traceback"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file; a record it cannot write is reported once, in one line, then dropped."""

    reported = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802  (logging's name)
        if self.reported:
            return
        self.reported = True
        reason = sys.exc_info()[1]
        detail = getattr(reason, "strerror", None) or reason
        sys.stderr.write(f"warning: cannot write the log {self.baseFilename} ({detail}); going on without it\n")


def setup_logging(settings: Settings, *, also: tuple[str, ...] = (), console: bool = False) -> None:
    """Send the `monitor` logger (and the loggers named in `also`, e.g. uvicorn's) to the log file; with
    `console`, to stderr as well. Called again (another command in the same process), it starts over."""
    level = logging.getLevelName(settings.log_level)
    handlers: list[logging.Handler] = []
    if settings.log_file:
        path = Path(settings.log_file)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handlers.append(LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"))
        except OSError as exc:
            raise Unwritable(
                f"{path}: cannot write the log ({exc.strerror or exc}): make the file and its folder "
                "writable for the user that runs monitor, or set log_file in settings.toml"
            ) from exc
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    formatter = JsonFormatter() if settings.log_format == "json" else logging.Formatter(FORMAT)
    for handler in handlers:
        handler.setFormatter(formatter)
    for name in ("monitor", *also):
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if getattr(h, "_monitor", False)]:
            logger.removeHandler(old)
            old.close()
        for handler in handlers:
            handler._monitor = True  # type: ignore[attr-defined]
            logger.addHandler(handler)
        logger.setLevel(level)
