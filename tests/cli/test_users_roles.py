"""Accounts' roles from the command line: `users add --role`, `users role`, the role shown in `users list`, the
last admin kept, every change in the audit trail; and accounts made before roles become admins on upgrade."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_config
from monitor.store import connect
from monitor.store.tables import AuditEvent, User
from tests.databases import sqlite_back_to_0001

runner = CliRunner()
PASSWORD = "correct horse battery\n"


def monitor(*args: str, password: str | None = None):  # noqa: ANN201
    return runner.invoke(app, list(args), input=password)


def add(name: str, *options: str):  # noqa: ANN201
    return monitor("users", "add", name, "--password-stdin", *options, password=PASSWORD)


def roles(url: str) -> dict[str, str]:
    with connect(url) as session:
        return {user.name: user.role for user in session.execute(select(User)).scalars()}


def audit_trail(url: str) -> list[tuple[str, str, str]]:
    with connect(url) as session:
        rows = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
        return [(event.kind, event.target, event.summary) for event in rows]


@pytest.fixture
def url(config_dir: Path, tmp_path: Path) -> str:
    assert monitor("db", "init").exit_code == 0
    return load_config(config_dir).settings.database_url


def test_users_add_takes_a_role_and_the_first_account_is_admin(url: str) -> None:
    first = add("ana")
    assert first.exit_code == 0 and "Added ana (admin)" in first.output, first.output
    assert add("ben", "--role", "editor").exit_code == 0
    assert add("cleo").exit_code == 0  # no --role after the first: the least a colleague can be
    assert roles(url) == {"ana": "admin", "ben": "editor", "cleo": "viewer"}
    listed = monitor("users", "list")
    assert listed.exit_code == 0 and all(role in listed.output for role in ("admin", "editor", "viewer"))
    trail = audit_trail(url)
    assert [kind for kind, _, _ in trail] == ["user.add"] * 3
    assert trail[1][1:] == ("ben", "new account, role editor")


def test_users_add_refuses_a_role_that_does_not_exist(url: str) -> None:
    result = add("ana", "--role", "superuser")
    said = re.sub(r"[│╭╮╰╯─\s]+", " ", result.output)  # rich's usage box, unwrapped
    assert result.exit_code == 2 and "not a role: use viewer, editor or admin" in said, said
    assert roles(url) == {}


def test_users_role_changes_a_role_and_records_who_and_what(url: str) -> None:
    add("ana")
    add("ben")
    changed = monitor("users", "role", "ben", "editor")
    assert changed.exit_code == 0 and "ben is now editor" in changed.output
    again = monitor("users", "role", "ben", "editor")
    assert again.exit_code == 0 and "already editor" in again.output
    assert roles(url)["ben"] == "editor"
    kind, target, summary = audit_trail(url)[-1]
    assert (kind, target, summary) == ("user.role", "ben", "viewer → editor")
    with connect(url) as session:
        actor = session.execute(select(AuditEvent.actor).order_by(AuditEvent.id.desc())).scalars().first()
    assert actor.endswith("(command line)")


def test_the_last_admin_cannot_be_demoted_or_removed(url: str) -> None:
    add("ana")
    demoted = monitor("users", "role", "ana", "viewer")
    assert demoted.exit_code == 1 and "ana is the only admin: make someone else admin first" in demoted.output
    removed = monitor("users", "remove", "ana")
    assert removed.exit_code == 1 and "only admin" in removed.output
    assert roles(url) == {"ana": "admin"}
    add("ben", "--role", "admin")
    assert monitor("users", "role", "ana", "viewer").exit_code == 0
    assert roles(url) == {"ana": "viewer", "ben": "admin"}


def test_users_role_names_an_unknown_account(url: str) -> None:
    result = monitor("users", "role", "nobody", "admin")
    assert result.exit_code == 1 and "no user called 'nobody'" in result.output


def test_password_and_removal_are_in_the_audit_trail_without_the_password(url: str) -> None:
    add("ana")
    add("ben")
    assert monitor("users", "password", "ben", "--password-stdin", password="another long one\n").exit_code == 0
    assert monitor("users", "remove", "ben").exit_code == 0
    trail = audit_trail(url)
    assert trail[-2:] == [
        ("user.password", "ben", "new password; signed out everywhere"),
        ("user.remove", "ben", "account removed (was viewer)"),
    ]
    assert not any("another long one" in summary for _, _, summary in trail)


@pytest.mark.sqlite_only("rolls a SQLite file back to the release before roles (tests/store/test_migrations.py: both)")
def test_accounts_from_before_roles_become_admins_on_upgrade(url: str, tmp_path: Path) -> None:
    """A team that had no roles keeps what everyone could do: `monitor db upgrade` makes existing accounts admin."""
    add("ana")
    add("ben")
    sqlite_back_to_0001(tmp_path / "monitor.db")  # the tables as they were before roles
    assert monitor("users", "list").exit_code == 1  # a reading command refuses the older database
    upgraded = monitor("db", "upgrade")
    assert upgraded.exit_code == 0 and "revision 0002" in upgraded.output, upgraded.output
    assert roles(url) == {"ana": "admin", "ben": "admin"}
    assert add("cleo").exit_code == 0
    assert roles(url)["cleo"] == "viewer"  # accounts made after the upgrade start as viewers
