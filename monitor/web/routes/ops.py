"""For the admin's tools, not for people: `GET /healthz` (no sign-in; status only, no article data) for an
uptime checker or a container's health check, and `GET /metrics` in Prometheus' format, answered only to the
networks in `[settings.web] metrics_networks`."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from ...store import status as store_status
from ...store.types import utcnow
from ..deps import ConfigDep, SessionDep
from ..render import STALE_AFTER

router = APIRouter()


@router.get("/healthz", include_in_schema=False)
def healthz(session: SessionDep) -> JSONResponse:
    """200 when a pass finished within STALE_AFTER and it did its job (ok or partial); 503 otherwise, with
    why. Failing feeds are counted, not named."""
    now = utcnow()
    found = store_status.status(session)
    last = found.last_pass
    age = (now - last.finished_at).total_seconds() if last else None
    if last is None:
        verdict = "no pass has finished yet"
    elif age is not None and age > STALE_AFTER.total_seconds():
        verdict = f"no pass has finished for {age / 3600:.1f} hours: is cron running monitor run?"
    elif last.status in ("failed", "aborted"):
        verdict = f"the last pass {last.status}"
    else:
        verdict = "ok"
    body = {
        "status": "ok" if verdict == "ok" else "fail",
        "reason": verdict,
        "last_pass": None
        if last is None
        else {"id": last.id, "status": last.status, "finished_at": last.finished_at.isoformat(), "age_seconds": age},
        "pass_running": found.running,
        "failing_feeds": found.feeds["failing"],
    }
    return JSONResponse(body, status_code=200 if verdict == "ok" else 503)


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request, session: SessionDep, config: ConfigDep) -> Response:
    """The numbers, for Prometheus; 404 (as if there were no such page) to any address outside the networks."""
    if not _allowed(request.client.host if request.client else None, config.settings.web.metrics_networks):
        return PlainTextResponse("Not Found", status_code=404)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Snapshot(store_status.status(session)))
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)


def _allowed(host: str | None, networks: list[str]) -> bool:
    if host is None:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False  # a test client's or a unix socket's made-up name: not an address we were told to trust
    return any(address in ipaddress.ip_network(network, strict=False) for network in networks)


class _Snapshot(Collector):
    """The store's status as gauges, read once per scrape (the cron pass runs in another process, so the
    numbers live in the database, not in this process's memory)."""

    def __init__(self, found: store_status.Status) -> None:
        self.found = found

    def collect(self) -> Iterator[Metric]:
        found, last = self.found, self.found.last_pass
        finished = GaugeMetricFamily(
            "monitor_last_pass_finished_timestamp_seconds", "When the latest finished pass ended (Unix time)."
        )
        duration = GaugeMetricFamily("monitor_last_pass_duration_seconds", "How long the latest finished pass took.")
        state = GaugeMetricFamily(
            "monitor_last_pass_status", "1 for the latest finished pass's status.", labels=["status"]
        )
        outcomes = GaugeMetricFamily(
            "monitor_last_pass_outcomes", "What the latest finished pass counted.", labels=["outcome"]
        )
        if last is not None:
            finished.add_metric([], last.finished_at.timestamp())
            duration.add_metric([], (last.finished_at - last.started_at).total_seconds())
            for name in ("ok", "partial", "failed", "aborted"):
                state.add_metric([name], 1.0 if last.status == name else 0.0)
            for outcome, count in sorted(last.counts.items()):
                outcomes.add_metric([outcome], count)
        yield from (finished, duration, state, outcomes)
        running = GaugeMetricFamily("monitor_pass_running", "1 while a pass is under way.")
        running.add_metric([], 1.0 if found.running else 0.0)
        feeds = GaugeMetricFamily("monitor_feeds", "Configured feeds by state.", labels=["state"])
        for name, count in sorted(found.feeds.items()):
            feeds.add_metric([name], count)
        articles = GaugeMetricFamily(
            "monitor_articles",
            "Articles stored now, exactly (a count the writer keeps, plus those stored since the last pass).",
        )
        articles.add_metric([], found.articles)
        hits = GaugeMetricFamily(
            "monitor_hits",
            "Stored articles that mention something watched, now, exactly (kept by the writer like monitor_articles).",
        )
        hits.add_metric([], found.hits)
        digest = GaugeMetricFamily(
            "monitor_last_digest_timestamp_seconds", "When the last digest went out (Unix time)."
        )
        if found.last_digest_at is not None:
            digest.add_metric([], found.last_digest_at.timestamp())
        unconfirmed = GaugeMetricFamily(
            "monitor_digests_unconfirmed", "Digests handed to the mail server whose delivery was never recorded."
        )
        unconfirmed.add_metric([], found.unconfirmed_digests)
        yield from (running, feeds, articles, hits, digest, unconfirmed)
