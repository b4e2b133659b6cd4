"""Press releases and their pickup reports."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

from ...pickup import report as reports
from ...present.labels import labels
from ...store import releases as store_releases
from ..deps import record_id
from ..failures import shorten
from ..render import PageDep
from ..reports import context

router = APIRouter(prefix="/releases", tags=["releases"])


@router.get("")
def release_list(page: PageDep) -> Response:
    return page.render("releases.html", releases=store_releases.list_releases(page.session))


def _report(page: PageDep, release_id: str) -> reports.Report:
    """The release's report; a 404 page for any address that names no stored release."""
    number = record_id(release_id)
    release = store_releases.get_release(page.session, number) if number is not None else None
    if release is None:
        raise HTTPException(404, f"No release has the number {shorten(release_id)}. See the list of releases.")
    return reports.build(
        release,
        store_releases.placements(page.session, release.id),
        release.fingerprint.get("quotes", []),
        page.config.outlets.tier_of,
    )


@router.get("/{release_id}.csv")
def release_csv(release_id: str, page: PageDep) -> Response:
    found = _report(page, release_id)
    return Response(
        "\ufeff" + reports.as_csv(found),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="release-{release_id}-pickup.csv"'},
    )


@router.get("/{release_id}")
def release_page(release_id: str, page: PageDep) -> Response:
    zone = page.config.settings.time_zone
    return page.render("release.html", **context(_report(page, release_id), zone, labels(page.config.watchlist)))
