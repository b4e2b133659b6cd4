"""The log every command that runs a job writes (`run`, `digest`, `serve`, `reanalyze`, `backup`...): one file,
rotated at 5 MB with 5 old files kept (monitor.log.1 ... .5), plain text or one JSON object a line, at the level
settings.toml asks for.

A log that cannot be written (disk full, read-only) is said once on stderr, in one line (the error's own line
when the command fails): never Python's `--- Logging error ---` traceback per record, which cron would mail by
the megabyte.
"""

from __future__ import annotations

import atexit
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
    """The rotating log file; a record it cannot write is dropped and the reason kept for `log_trouble`."""

    trouble: str | None = None  # why the log could not be written, until said

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802  (logging's name)
        if LogFile.trouble is None:
            reason = sys.exc_info()[1]
            LogFile.trouble = (
                f"the log {self.baseFilename} could not be written ({getattr(reason, 'strerror', None) or reason})"
            )


def log_trouble() -> str | None:
    """Why the log could not be written in this process, once (then None): the command's last line says it."""
    trouble, LogFile.trouble = LogFile.trouble, ""
    return trouble or None


def _say_log_trouble() -> None:
    if trouble := log_trouble():
        sys.stderr.write(f"warning: {trouble}; the rest of this run was not logged\n")


def setup_logging(settings: Settings, *, also: tuple[str, ...] = (), console: bool = False) -> None:
    """Send the `monitor` logger (and the loggers named in `also`, e.g. uvicorn's) to the log file; with
    `console`, to stderr as well. Called again (another command in the same process), it starts over."""
    level = logging.getLevelName(settings.log_level)
    LogFile.trouble = None
    atexit.unregister(_say_log_trouble)
    atexit.register(_say_log_trouble)  # said once, at the end, if no error line said it first
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
        handlers.append(Stderr())
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


class OneLine(logging.Formatter):
    """`warning: message`, its first line only, without the traceback (that belongs in the log file, not in
    cron mail)."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage().splitlines()[0] if record.getMessage() else ''}"


class Stderr(logging.StreamHandler):
    """Whatever sys.stderr is at the time of writing (a test runner swaps it between commands)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def setup_stderr() -> None:
    """Before any log file is set up (and for commands that keep none): warnings and errors on stderr, one line
    each, never a traceback."""
    logger = logging.getLogger("monitor")
    if any(getattr(h, "_monitor", False) for h in logger.handlers):
        return
    handler = Stderr()
    handler.setLevel(logging.WARNING)
    handler.setFormatter(OneLine())
    handler._monitor = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
