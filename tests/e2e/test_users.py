"""`monitor users`: accounts for the review site, created and changed from the command line."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_config
from monitor.store import connect, writes
from monitor.store.tables import User, UserSession
from monitor.web.accounts import token_hash, verify_password

runner = CliRunner()


def users(config_dir: Path, *args: str, password: str | None = None):  # noqa: ANN201
    stdin = None if password is None else password + "\n"
    return runner.invoke(app, ["users", *args, "--config", str(config_dir)], input=stdin)


def rows(config_dir: Path, model):  # noqa: ANN001, ANN201
    with connect(load_config(config_dir).settings.database_url) as session:
        return list(session.execute(select(model)).scalars())


def test_add_list_change_and_remove_an_account(config_dir: Path) -> None:
    added = users(config_dir, "add", "ana", "--password-stdin", password="a long enough secret")
    assert added.exit_code == 0 and "Added ana" in added.output
    (user,) = rows(config_dir, User)
    assert user.password_hash.startswith("$argon2id$") and verify_password(user.password_hash, "a long enough secret")
    assert "ana" in users(config_dir, "list").output

    with connect(load_config(config_dir).settings.database_url) as session:  # ana is signed in somewhere
        writes.open_session(
            session, user.id, token_hash=token_hash("t"), csrf_token="c", lifetime=timedelta(days=1), user_agent=None
        )
    changed = users(config_dir, "password", "ana", "--password-stdin", password="another long secret")
    assert changed.exit_code == 0 and rows(config_dir, UserSession) == []
    assert verify_password(rows(config_dir, User)[0].password_hash, "another long secret")

    assert users(config_dir, "add", "ben", "--password-stdin", password="ben's long secret").exit_code == 0
    refused = users(config_dir, "remove", "ana")  # the last admin: the site would have nobody to run it
    assert refused.exit_code == 1 and "admin" in refused.output and len(rows(config_dir, User)) == 2
    assert users(config_dir, "remove", "ben").exit_code == 0 and [u.name for u in rows(config_dir, User)] == ["ana"]


def test_bad_requests_are_refused_with_a_reason(config_dir: Path) -> None:
    short = users(config_dir, "add", "ana", "--password-stdin", password="short")
    assert short.exit_code == 1 and "at least 10 characters" in short.output
    users(config_dir, "add", "ana", "--password-stdin", password="a long enough secret")
    again = users(config_dir, "add", "ana", "--password-stdin", password="a long enough secret")
    assert again.exit_code == 1 and "already exists" in again.output
    spaced = users(config_dir, "add", "ana maria", "--password-stdin", password="a long enough secret")
    assert spaced.exit_code == 1 and "not a usable name" in spaced.output
    missing = users(config_dir, "remove", "zoe")
    assert missing.exit_code == 1 and "no user called 'zoe'" in missing.output


def test_the_password_prompt_asks_twice(config_dir: Path) -> None:
    result = runner.invoke(
        app, ["users", "add", "ben", "--config", str(config_dir)], input="first long secret\nfirst long secret\n"
    )
    assert result.exit_code == 0, result.output
    mismatch = runner.invoke(
        app, ["users", "add", "cy", "--config", str(config_dir)], input="first long secret\nsecond long secret\n"
    )
    assert mismatch.exit_code != 0 and [u.name for u in rows(config_dir, User)] == ["ben"]
