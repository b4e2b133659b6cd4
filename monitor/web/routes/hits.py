"""The hit list (Today and any filtered view), its CSV export, and reviewers' decisions on it."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response, StreamingResponse

from ...config import TIERS, UNLISTED
from ...errors import SearchError
from ...present.cells import spreadsheet_safe
from ...present.clock import Clock
from ...present.labels import labels
from ...present.snippets import snippet
from ...present.story_groups import group_stories
from ...store import hits as store_hits
from ...store import labels as store_labels
from ...store import review_history, writes
from ...store.hits import HitFilter, HitPage, HitRow
from ...store.tables import ReviewStatus
from ...store.types import utcnow
from ..deps import CheckedDep, SessionDep, ViewerDep, record_id
from ..failures import refuse, shorten
from ..filters import FIRST_DAY, LAST_DAY, FilterParams, to_hit_filter
from ..render import Page, PageDep, local_target, render
from ..search_words import understood

router = APIRouter(tags=["hits"])

TODAY_DEFAULT = timedelta(hours=24)


def _params(request: Request) -> FilterParams:
    return FilterParams.from_query(dict(request.query_params))


def _filter(page: Page, params: FilterParams) -> tuple[HitFilter, list[str]]:
    return hit_filter(page, params)


def hit_filter(page: Page, params: FilterParams) -> tuple[HitFilter, list[str]]:
    """The URL's filter for the store, with the labels that exist and the configured outlet tiers."""
    watchlist = page.config.watchlist
    return to_hit_filter(
        params,
        page.config.settings.time_zone,
        {t.id for t in watchlist.topics},
        {p.id for p in watchlist.people},
        utcnow(),
        labels={label.id: label.name for label in store_labels.list_labels(page.session)},
        outlets=page.config.outlets,
    )


@router.get("/")
def today(request: Request, page: PageDep) -> Response:
    """Hits first stored since the reader's previous visit (or the last 24 hours), newest first."""
    since = page.viewer.user.previous_visit_at or utcnow() - TODAY_DEFAULT
    params = replace(_params(request), after=since.isoformat(timespec="seconds"))
    where, problems = _filter(page, params)
    return _list(page, params, where, problems, today_since=since)


@router.get("/hits")
def hit_list(request: Request, page: PageDep) -> Response:
    params = _params(request)
    where, problems = _filter(page, params)
    return _list(page, params, where, problems, today_since=None)


def _list(
    page: Page, params: FilterParams, where: HitFilter, problems: list[str], today_since: datetime | None
) -> Response:
    """The list page. A search the index will not run is shown with its message, the search box still
    holding it to edit, and nothing listed (status 400)."""
    size = page.config.settings.web.page_size
    status = 200
    try:
        found = store_hits.find_hits(
            page.session,
            where,
            limit=size,
            offset=(params.page - 1) * size,
            count_up_to=page.config.settings.web.count_up_to,
        )
    except SearchError as exc:
        found, problems, status = HitPage(rows=[], stories=0, articles=0), [*problems, str(exc)], 400
    names = labels(page.config.watchlist)
    groups = group_stories(found.rows)
    searching, hints = understood(params.q) if params.q else ("", [])
    last = _pages(found, size, params.page)
    return page.render(
        "hits.html",
        status_code=status,
        params=params,
        problems=problems,
        searching=searching,
        hints=hints,
        groups=groups,
        found=found,
        today_since=today_since,
        snippets={row.id: snippet(row, names) for row in found.rows},
        pages=last,
        page_numbers=page_numbers(params.page, last),
        outlets=store_hits.hit_outlets(page.session),
        topics=page.config.watchlist.topics,
        people=page.config.watchlist.people,
        statuses=store_hits.STATUS_FILTERS,
        all_labels=store_labels.list_labels(page.session),
        tiers=[*TIERS, UNLISTED],
        tier_of=page.config.outlets.tier_of,
        here=str(page.request.url.path) + _query(page.request),
    )


def _pages(found: HitPage, size: int, current: int) -> int:
    """The last page the pager numbers: every page below the cap; past it (`found.more`) the pages the cap
    holds, or the one being read, with "Older" for the rest."""
    counted = max(1, -(-found.stories // size))
    return max(counted, current) if found.more else counted


def page_numbers(current: int, last: int, around: int = 2) -> list[int | None]:
    """The pager's numbers: the first, the last, and a few either side of the current page; None for a gap."""
    wanted = sorted({1, last, *range(max(1, current - around), min(last, current + around) + 1)})
    shown: list[int | None] = []
    for n in wanted:
        if shown and n - (shown[-1] or 0) > 1:
            shown.append(None)
        shown.append(n)
    return shown


def _query(request: Request) -> str:
    return f"?{request.url.query}" if request.url.query else ""


CSV_CHUNK = 256 * 1024  # bytes of CSV sent at a time
CSV_COLUMNS = [
    "story",
    "article",
    "date",
    "outlet",
    "headline",
    "url",
    "topics",
    "people",
    "status",
    "starred",
    "note",
    "reviewed_by",
    "reviewed_at",
    "quotes",
    "author",
    "labels",
    "tier",
]


@router.get("/hits.csv")
def export(request: Request, page: PageDep) -> Response:
    """Every article the same filter shows (all pages, each copy of a story on its own row), for Excel:
    UTF-8 with a byte-order mark, and cells that would start a formula defused."""
    params = _params(request)
    where, problems = _filter(page, params)
    if problems:  # the list shows what it ignored; a file would not say, so nothing is exported
        return refuse(
            request,
            f"Nothing was exported: {'; '.join(problems)}. Correct the filter on the list page and export again.",
            400,
        )
    clock = Clock(page.config.settings.time_zone, utcnow())
    names = labels(page.config.watchlist)
    rows = store_hits.iter_hits(page.session, where)
    stamp = clock.local(utcnow()).strftime("%Y-%m-%d-%H%M")
    return StreamingResponse(
        _csv_lines(rows, clock, names, page.config.outlets.tier_of),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="monitor-hits-{stamp}.csv"'},
    )


def _csv_lines(
    rows: Iterator[HitRow], clock: Clock, names: dict[str, str], tier_of: Callable[[str], str]
) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        quotes = " | ".join(f"{q.speaker or 'unattributed'}: \u201c{q.text}\u201d" for q in row.quotes if q.person)
        writer.writerow(
            [
                spreadsheet_safe(value)
                for value in (
                    row.story_id,
                    row.id,
                    clock.iso(row.dated),
                    row.outlet,
                    row.title,
                    row.link,
                    "; ".join(names.get(t, t) for t in row.topics),
                    "; ".join(names.get(p, p) for p in row.people),
                    row.review.status,
                    "yes" if row.review.starred else "",
                    row.review.note or "",
                    row.review.reviewer or "",
                    clock.iso(row.review.updated_at),
                    quotes,
                    row.author or "",
                    "; ".join(name for _, name in row.labels),
                    tier_of(row.link),
                )
            ]
        )
        if buffer.tell() > CSV_CHUNK:  # a chunk per row would cost a thread hop each
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


ACTIONS = {
    "relevant": {"status": ReviewStatus.RELEVANT},
    "irrelevant": {"status": ReviewStatus.IRRELEVANT},
    "new": {"status": ReviewStatus.NEW},  # undo a verdict
    "star": {"starred": True},
    "unstar": {"starred": False},
}


MAX_NOTE_CHARS = 10_000


VERDICTS = {"relevant": ReviewStatus.RELEVANT, "irrelevant": ReviewStatus.IRRELEVANT, "new": ReviewStatus.NEW}
VERDICT_WORDS = {"relevant": "relevant", "irrelevant": "not relevant", "new": "not reviewed"}


@router.post("/reviews")
def review(
    request: Request,
    session: SessionDep,
    viewer: CheckedDep,
    action: Annotated[str, Form()],
    article_id: Annotated[list[int], Form()] = [],  # noqa: B006
    note: Annotated[str | None, Form()] = None,
    next: Annotated[str, Form()] = "/",
    bulk: Annotated[str, Form()] = "",
    confirm: Annotated[str, Form()] = "",
) -> Response:
    """Set a verdict, a star or a note on articles (one, or a bulk selection). A decision covers every copy
    of the story, and is kept in the review history so it can be undone. A bulk verdict that would overwrite
    colleagues' verdicts is asked about first (for the script, a question and nothing changed; for a plain form,
    a page to confirm on, 409). Scripts get JSON with the new
    state and the undo token; plain forms are sent back to the list."""
    if action != "note" and action not in ACTIONS:
        return refuse(
            request,
            f"Unknown action {shorten(action)}: use one of the page's buttons ({', '.join([*ACTIONS, 'note'])}).",
            400,
        )
    if action == "note" and note is None:
        return refuse(request, "A note action needs a note: write it in the box, then save.", 400)
    if note is not None and len(note) > MAX_NOTE_CHARS:
        return refuse(request, f"note too long ({len(note):,} characters): keep it under {MAX_NOTE_CHARS:,}.", 400)
    if unknown := [i for i in article_id if not store_hits.is_row_id(i)]:
        return refuse(
            request, f"No stored article has the number {shorten(unknown[0])}. Reload the page and try again.", 404
        )
    ids = store_hits.article_ids_in_stories(session, article_id)
    wants_json = "application/json" in request.headers.get("accept", "")
    if bulk and action in VERDICTS and confirm != "yes":
        target = VERDICTS[action].value
        overwrites = [o for o in review_history.others_verdicts(session, ids, viewer.name) if o.status != target]
        if overwrites:
            question = _overwrite_question(overwrites, action)
            if wants_json:
                return JSONResponse({"confirm": question, "overwrites": len(overwrites), "updated": 0})
            return render(
                request,
                "confirm.html",
                {
                    "question": question,
                    "action": action,
                    "ids": article_id,
                    "next": local_target(next),
                    "viewer": viewer,
                    "action_words": VERDICT_WORDS[action],
                },
                status_code=409,
            )
    batch = review_history.new_batch()
    changes = ACTIONS.get(action, {})
    count = writes.save_reviews(
        session,
        ids,
        reviewer=viewer.name,
        note=note if action == "note" else None,
        batch=batch,
        action=action,
        **changes,  # type: ignore[arg-type]
    )
    if wants_json:
        return JSONResponse(
            {
                "updated": count,
                "articles": sorted(ids),
                "reviewer": viewer.name,
                "action": action,
                "undo": batch,
                "reviews": _states(session, ids),
            }
        )
    return RedirectResponse(local_target(next), status_code=303)


def _overwrite_question(overwrites: list[review_history.Overwrite], action: str) -> str:
    """ "This would overwrite 3 decisions by ben (2 relevant, 1 not relevant)…": who, and what they decided."""
    people = sorted({o.reviewer for o in overwrites})
    kinds = {VERDICT_WORDS.get(o.status, o.status): 0 for o in overwrites}
    for o in overwrites:
        kinds[VERDICT_WORDS.get(o.status, o.status)] += 1
    what = ", ".join(f"{n} {word}" for word, n in kinds.items())
    many = "decision" if len(overwrites) == 1 else "decisions"
    return (
        f"Marking these {VERDICT_WORDS[action]} would overwrite {len(overwrites)} {many} by "
        f"{', '.join(people)} ({what}). Overwrite them, or cancel and change your selection."
    )


def _states(session: SessionDep, ids: set[int] | list[int]) -> dict[str, dict[str, object]]:
    """Each article's review as stored now, for the page's script to show."""
    found = store_hits.reviews_since(session, EPOCH, sorted(ids))
    return {
        str(i): {"status": r.status, "starred": r.starred, "note": r.note, "reviewer": r.reviewer}
        for i, r in found.items()
    }


EPOCH = datetime(1900, 1, 1, tzinfo=UTC)


@router.post("/reviews/undo")
def undo_review(
    request: Request,
    session: SessionDep,
    viewer: CheckedDep,
    batch: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    """Put back what one of this reader's decisions (or bulk decisions) changed, from the review history."""
    done = review_history.undo(session, batch[:64], viewer.name)
    if not done.found:
        return refuse(request, "Nothing to undo: that decision was undone already, or was not yours.", 404)
    if "application/json" in request.headers.get("accept", ""):
        restored = {
            str(i): {"status": r.status, "starred": r.starred, "note": r.note, "reviewer": r.reviewer}
            for i, r in done.restored.items()
        }
        return JSONResponse({"restored": restored, "changed_since": len(done.changed_since)})
    return RedirectResponse(local_target(next), status_code=303)


MAX_POLL_IDS = 2000


@router.get("/reviews", response_class=JSONResponse)
def recent_reviews(
    request: Request, session: SessionDep, _viewer: ViewerDep, since: datetime, ids: str = ""
) -> Response:
    """Decisions made since `since` on the stories a page shows (ids: space-separated article ids); the page
    asks every half minute, so a colleague's verdict appears without a reload. Only its script calls this, so
    every refusal is JSON."""
    wanted = [record_id(part) for part in ids.split()[:MAX_POLL_IDS]]
    if None in wanted:
        return refuse(request, "ids must be article numbers separated by spaces; reload the page.", 400)
    if not FIRST_DAY <= since.date() <= LAST_DAY:
        return refuse(request, f"since {shorten(since.isoformat())}: date out of range; reload the page.", 400)
    since = since if since.tzinfo else since.replace(tzinfo=UTC)
    found = store_hits.reviews_since(session, since, [i for i in wanted if i is not None])
    return JSONResponse(
        {
            "now": utcnow().isoformat(),
            "reviews": {
                str(article_id): {"status": r.status, "starred": r.starred, "note": r.note, "reviewer": r.reviewer}
                for article_id, r in found.items()
            },
        }
    )
