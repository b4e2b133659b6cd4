"""An article's identity starts from its normalised URL, so the same story seen twice is stored once,
and two stories are never merged.

url-normalize does the RFC 3986 normalisation (case of scheme and host, default ports, dot segments,
percent-encoding, IDN hosts). Query parameters are all kept, in a stable order, except tracking
parameters by courlan's list of trackers (utm_*, fbclid, gclid, mc_cid, _ga, ...). That list also
holds a few generic words (`ref`, `source`, `session`, `campaign`, ...) and matches word starts
(`ga` in `gallery`): sites use those words to say which article a page is (`?ref=123`), so a
parameter is dropped only when a tracker pattern spans its whole name or its name's first part up to
an underscore. A fragment is dropped (`#comments` is the same article), unless it routes a web app
(`#/story/1`; url-normalize turns `#!` routes into a query already); `identity.py` keeps fragments
that the feed itself uses to tell entries apart (`live#update-1`, `live#update-2`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, unquote, urljoin, urlsplit

from courlan.clean import TRACKERS_RE
from url_normalize.generic_url_cleanup import generic_url_cleanup
from url_normalize.normalize_fragment import normalize_fragment
from url_normalize.normalize_host import normalize_host
from url_normalize.normalize_path import normalize_path
from url_normalize.normalize_port import normalize_port
from url_normalize.normalize_query import normalize_query
from url_normalize.normalize_scheme import DEFAULT_SCHEME, normalize_scheme
from url_normalize.normalize_userinfo import normalize_userinfo
from url_normalize.provide_url_scheme import provide_url_scheme
from url_normalize.tools import cleanup_url_input, deconstruct_url, reconstruct_url

# Server session identifiers (Java, PHP, ASP, ColdFusion): a visitor's session, never the article's.
SESSION_PARAMETERS = frozenset({"jsessionid", "phpsessid", "aspsessionid", "cfid", "cftoken"})
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid)=[^/?#]*", re.IGNORECASE)
# Characters left as they are when a link from a feed is made a valid URL (RFC 3986 reserved ones and "%").
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"

# Words in courlan's tracker list that sites also use as the article's own key (`?ref=123`, `?session=4`).
CONTENT_WORDS = frozenset(
    {
        "ref",
        "referer",
        "referrer",
        "source",
        "session",
        "campaign",
        "medium",
        "keyword",
        "kwd",
        "aff",
        "affi",
        "affiliate",
        "uid",
        "cid",
        "clid",
        "eid",
        "ga",
        "gl",
    }
)


def normalize_url(url: str) -> str:
    """The URL in canonical form: RFC 3986 normalised, tracking parameters dropped, fragment dropped unless it
    routes."""
    raw = url.strip()
    try:
        cleaned = rfc3986(raw) or raw
    except (ValueError, UnicodeError):
        cleaned = raw
    base, _, fragment = cleaned.partition("#")
    path, question, query = base.partition("?")
    path = _PATH_SESSION.sub("", path)
    if path.endswith("/") and path.count("/") > 3:  # "/news/story/" and "/news/story" are one page; the root stays
        path = path.rstrip("/")
    kept = sorted(
        (p for p in query.split("&") if p and not is_tracking(p.partition("=")[0])), key=lambda p: p.partition("=")[0]
    )
    rebuilt = path + ("?" + "&".join(kept) if kept else "")
    return rebuilt + ("#" + fragment if routes(fragment) else "")


# A host's IDNA check is most of url-normalize's cost, and a feed's links share one host: remember it per host.
_host = lru_cache(maxsize=4096)(normalize_host)


def rfc3986(url: str) -> str:
    """url_normalize(url) (url-normalize 3.1's own steps, in its order, with default arguments), with the host
    step remembered; tests/parse/test_properties.py checks the two agree."""
    url = cleanup_url_input(url)
    if not url:
        return url
    url = generic_url_cleanup(provide_url_scheme(url, DEFAULT_SCHEME))
    parts = deconstruct_url(url)
    parts = parts._replace(host=_host(parts.host))
    parts = parts._replace(
        scheme=normalize_scheme(parts.scheme),
        userinfo=normalize_userinfo(parts.userinfo),
        query=normalize_query(parts.query, host=parts.host, filter_params=False, param_allowlist=None),
        fragment=normalize_fragment(parts.fragment),
    )
    parts = parts._replace(port=normalize_port(parts.port, parts.scheme), path=normalize_path(parts.path, parts.scheme))
    return reconstruct_url(parts)


def is_tracking(name: str) -> bool:
    """A query parameter name from courlan's tracker list, matched over the whole name or its prefix up to "_"."""
    key = unquote(name).strip().lower()
    if key in SESSION_PARAMETERS:
        return True
    if not key or key in CONTENT_WORDS:
        return False
    match = TRACKERS_RE.search(key)
    if match is None or match.start() != 0:
        return False
    end = match.end()
    return end == len(key) or key[end - 1] == "_" or key[end] == "_"


def absolute_link(link: str, base: str) -> str:
    """A link from a feed as a usable address: made absolute against `base`, stray spaces and non-ASCII
    characters percent-encoded (the link people click; the identity is `normalize_url`'s)."""
    link = " ".join(link.split())
    if not link:
        return ""
    if not urlsplit(link).scheme:
        link = urljoin(base, link) if base else link
    return quote(link, safe=_URL_SAFE)


def routes(fragment: str) -> bool:
    """A fragment that addresses content in a web app (`#/story/1`, `#!/story/1`), not a place on the page."""
    return unquote(fragment).startswith(("/", "!"))


def fragment_of(url: str) -> str:
    """The fragment as written (without "#"), for entries the feed tells apart only by it."""
    return url.partition("#")[2].strip()
