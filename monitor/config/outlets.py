"""`outlets.toml`: which outlet a web address belongs to, its tier and (optionally) its audience.

Comms teams report coverage by tier ("two nationals, five locals"), so the hit list, trends, the digest, release
reports and clip books count and filter by it. A domain covers its subdomains (www., edition., m., any other); the
most specific listed domain wins, so `finance.yahoo.com` can be a different outlet from `yahoo.com`. Addresses on
no listed domain are "unlisted". `Outlets.outlet_for(url_or_domain)` is the one lookup everything else calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator

from ._strict import Strict

TIERS = ("national", "regional", "local", "trade", "wire")
UNLISTED = "unlisted"
Tier = Literal["national", "regional", "local", "trade", "wire"]
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


class Outlet(Strict):
    """One `[[outlets]]` entry: a publication, its tier, the domains it publishes on, its audience if known."""

    name: str = Field(min_length=1, max_length=200)
    tier: Tier
    domains: list[str] = Field(min_length=1)
    audience: int | None = Field(None, ge=0)  # the team's own figure (readers, circulation); never guessed

    @field_validator("domains")
    @classmethod
    def _bare_domains(cls, domains: list[str]) -> list[str]:
        cleaned = []
        for domain in domains:
            value = domain.strip().lower().rstrip(".")
            if not _DOMAIN.match(value):
                raise ValueError(
                    f"{domain!r} is not a domain like 'nytimes.com' (no https://, no path; subdomains are included)"
                )
            cleaned.append(value)
        return cleaned


class OutletsFile(Strict):
    outlets: list[Outlet] = []


def host_of(url_or_domain: str) -> str:
    """The lower-case host of a URL ("https://www.NYTimes.com/x" → "www.nytimes.com") or of a bare domain."""
    text = url_or_domain.strip()
    if "://" in text:
        try:
            return (urlsplit(text).hostname or "").rstrip(".")
        except ValueError:  # a malformed address (an unclosed IPv6 bracket): no host
            return ""
    return text.split("/", 1)[0].split(":", 1)[0].lower().rstrip(".")


@dataclass(frozen=True)
class Outlets:
    """The validated list, indexed by domain."""

    entries: tuple[Outlet, ...] = ()
    by_domain: dict[str, Outlet] = field(default_factory=dict)

    @classmethod
    def of(cls, entries: list[Outlet]) -> Outlets:
        return cls(tuple(entries), {domain: outlet for outlet in entries for domain in outlet.domains})

    def outlet_for(self, url_or_domain: str) -> Outlet | None:
        """The listed outlet publishing at this address or domain (its most specific listed domain), or None."""
        labels = host_of(url_or_domain).split(".")
        for start in range(len(labels) - 1):
            found = self.by_domain.get(".".join(labels[start:]))
            if found is not None:
                return found
        return None

    def tier_of(self, url_or_domain: str) -> str:
        """The tier of the outlet at this address, or "unlisted"."""
        found = self.outlet_for(url_or_domain)
        return found.tier if found else UNLISTED

    def domains_of_tier(self, tier: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(domains whose addresses are in `tier`, more specific domains under them that belong to another tier):
        what a database filter matches and leaves out. For "unlisted": nothing matched, every listed domain out."""
        if tier == UNLISTED:
            return (), tuple(sorted(self.by_domain))
        inside = sorted(d for d, o in self.by_domain.items() if o.tier == tier)
        carved = sorted(
            d for d, o in self.by_domain.items() if o.tier != tier and any(d.endswith("." + i) for i in inside)
        )
        return tuple(inside), tuple(carved)


def count_tiers(tiers: list[str]) -> list[tuple[str, int]]:
    """(tier, count) in the fixed order national … wire, unlisted, leaving out tiers with none."""
    return [(t, tiers.count(t)) for t in (*TIERS, UNLISTED) if t in tiers]
