"""Logging for cron: warnings and errors to stderr (cron mails them), everything to a rotating file."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ..errors import Unwritable

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_file: str | None) -> None:
    root = logging.getLogger("monitor")
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    if log_file:
        path = Path(log_file)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=5_000_000, backupCount=5, encoding="utf-8")
        except OSError as exc:
            raise Unwritable(
                f"{path}: cannot write the log ({exc.strerror or exc}): make the file and its folder "
                "writable for the user that runs monitor, or set log_file in settings.toml"
            ) from exc
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
