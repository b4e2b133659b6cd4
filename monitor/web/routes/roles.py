"""Accounts and their roles, for admins: who can read and triage (viewer), also edit releases, the watchlist and
labels (editor), or also manage accounts, feeds and settings (admin). Passwords and new accounts stay on the
command line (`monitor users`), where a password never crosses a form."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form
from fastapi.responses import Response

from ...errors import AccountError
from ...store import reads, writes
from ...store.tables import Role
from ..deps import CheckedDep, requires
from ..failures import shorten
from ..render import Page, PageDep

router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[requires(Role.ADMIN)])


def _show(page: Page, *, done: str | None = None, problem: str | None = None, status: int = 200) -> Response:
    return page.render(
        "admin_accounts.html",
        users=reads.list_users(page.session),
        roles=list(Role),
        done=done,
        problem=problem,
        status_code=status,
    )


@router.get("/accounts")
def accounts_page(page: PageDep) -> Response:
    return _show(page)


@router.post("/accounts/role")
def change_role(
    page: PageDep,
    viewer: CheckedDep,
    name: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = "",
) -> Response:
    """Give an account another role; the audit trail records who did it, and the last admin stays admin."""
    try:
        wanted = Role(role)
    except ValueError:
        return _show(page, problem=f"{shorten(role)} is not a role: choose viewer, editor or admin.", status=400)
    user = reads.user_named(page.session, name)
    if user is None:
        return _show(page, problem=f"No account is called {shorten(name)}; reload the page.", status=404)
    try:
        changed = writes.set_role(page.session, user, wanted, actor=viewer.name)
    except AccountError as exc:
        return _show(page, problem=f"{exc}.", status=409)
    done = f"{user.name} is now {wanted.value}." if changed else f"{user.name} was already {wanted.value}."
    return _show(page, done=done)
