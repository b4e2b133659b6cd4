"""Run the review site with uvicorn: one process, which suits SQLite in WAL mode (cron writes, the site reads)."""

from __future__ import annotations

import uvicorn

from ..config import Config
from .app import create_app


def serve(config: Config, *, host: str, port: int) -> None:
    uvicorn.run(
        create_app(config),
        host=host,
        port=port,
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
        server_header=False,
        log_level="info",
        log_config=None,  # `monitor serve` sends uvicorn's lines to the monitor's own log (cli/logs.py)
    )
