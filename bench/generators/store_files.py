"""What the review-site benchmarks share (bench/web.py, bench/scale.py): a database built through the real
schema and filled by store_rows.py, the site's configuration over it, signing in through the real form, and
peak memory.
"""

from __future__ import annotations

import multiprocessing as mp
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
PASSWORD = "correct horse battery"
USERS = ("ana", "ben")


def in_folder(keep: Path | None, prefix: str, work: Callable[[Path], int]) -> int:
    """Run a benchmark in `keep` (made if missing, kept after) or in a temporary folder removed afterwards."""
    base = keep.resolve() if keep else Path(tempfile.mkdtemp(prefix=prefix))
    base.mkdir(parents=True, exist_ok=True)
    try:
        return work(base)
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024


def in_own_process(function: Any, *args: Any) -> Any:
    """Run `function(*args)` in a fresh spawned process, so its memory is its own."""
    with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def size_on_disk(path: Path) -> int:
    """A SQLite database's bytes, its -wal and -shm files included."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def add_users(engine: Any) -> None:
    from sqlalchemy.orm import Session

    from monitor.store import writes
    from monitor.web.accounts import hash_password

    with Session(engine) as session:
        for name in USERS:
            writes.add_user(session, name, hash_password(PASSWORD))


def build(url: str, articles: int, seed: int, today_hits: int, days: int) -> dict[str, Any]:
    """A database at `url`: feeds and users, and `articles` articles when that is above 0."""
    from sqlalchemy import insert
    from sqlalchemy.orm import Session

    from bench.generators import store_rows
    from monitor.store.db import open_database
    from monitor.store.tables import Feed

    started = time.perf_counter()
    now = datetime.now(UTC)
    engine = open_database(url)
    if articles > 0:
        out = store_rows.fill(engine, articles, seed, now, today_hits=today_hits, days=days)
        finish_bulk_load(engine)
    else:
        with Session(engine) as session, session.begin():
            session.execute(insert(Feed), store_rows.feed_rows(now))
        out = {}
    add_users(engine)
    engine.dispose()
    out["build_s"] = time.perf_counter() - started
    out["peak_mb"] = peak_mb()
    return out


def finish_bulk_load(engine: Any) -> None:
    """What the writer keeps and the bulk inserts bypass (the outlet menu), and the planner statistics a pass
    refreshes at its end; then SQLite's WAL folded into the file, so its size on disk is the database's. On
    PostgreSQL, where autovacuum keeps the statistics, ANALYZE at once: timed seconds after a bulk load, the
    pages would otherwise be planned on an empty table's statistics."""
    from sqlalchemy.orm import Session

    from monitor.store import prune, writes

    with Session(engine) as session:
        writes.fill_hit_outlets(session)
        prune.refresh_statistics(session)
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    else:  # PostgreSQL: what autovacuum does within a minute of such a load, before the pages are timed
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")


def config_for(database_url: str, folder: Path) -> Any:
    """The monitor's configuration for a site over `database_url`, written to `folder`."""
    from monitor.config import load_config

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "config" / "watchlist.toml", folder / "watchlist.toml")
    (folder / "settings.toml").write_text(
        "[settings]\n"
        f'database_url = "{database_url}"\n'
        f'lock_file = "{folder / "monitor.lock"}"\n'
        f'log_file = "{folder / "monitor.log"}"\n'
    )
    (folder / "feeds.toml").write_text("")
    return load_config(folder)


def sign_in(client: Any, name: str = "ana") -> None:
    """Sign in through the real /login form (its token, the password check, the session cookie)."""
    page = client.get("/login")
    token = re.search(r'name="login_token" value="([^"]+)"', page.text)
    assert token, page.text[:500]
    response = client.post("/login", data={"name": name, "password": PASSWORD, "login_token": token.group(1)})
    assert response.status_code == 200 and 'name="csrf-token"' in response.text, response.text[:500]
