"""Every error `monitor` raises on purpose, in one tree.

    MonitorError
    ├── ConfigError          a config file, entry or key is wrong (message names all three)
    │   └── QueryError           a watchlist query that cannot be read; the message gives the character and why.
    │                            Also a ValueError, so pydantic's validators report it like any bad value
    ├── ModelMissing         no trained spaCy model is installed (message gives the install command)
    ├── AlreadyRunning       another `monitor run` holds the lock
    ├── TryAgain             key "try_again": a job hit a passing fault (timeout, refused connection, 5xx); the
    │                        queue runs it again after a wait (workers on PostgreSQL only)
    ├── FetchError           a feed or page could not be fetched; `.key` is a stable failure class
    │   ├── FetchTimeout         key "timeout"
    │   ├── ConnectFailed        key "connection" (DNS, refused, TLS)
    │   ├── HTTPStatusError      key "http_<code>"
    │   ├── TooLarge             key "too_large"
    │   ├── Refused              key "refused" (scheme not allowed)
    │   └── PrivateAddress       key "private_address" (a page link pointing into a private network)
    ├── ParseError           fetched bytes are not a usable feed; key "not_a_feed" or "malformed"
    ├── ExtractError         an article page gave no usable text; key "extract_failed"
    ├── StoreError           the database refused a write or is out of date
    │   └── DatabaseUnavailable  key "database": the database cannot be used at all (read-only, damaged, its
    │                            folder missing or not writable, the disk full); the pass stops, exit 1
    ├── Unwritable           key "unwritable": a file the monitor must write (log, lock) cannot be written
    ├── SearchError          key "search": a search too long or complex to run (message says what to change)
    ├── ReleaseError         key "release": a press release that cannot be read, has no text, or is not stored
    ├── DigestError          key "digest": the digest cannot go out (no recipients; the mail server refused it)
    ├── MailError            key "mail": the mail server could not be reached, was not trusted, or refused a message
    ├── AlertError           key "alert": an alert rule that is not configured (`monitor alerts test NAME`)
    ├── AccountError         a review-site user name or password that cannot be accepted
    ├── LabelError           key "label": a label name that cannot be accepted (empty, too long, taken), or no
    │                        such label
    ├── NotSignedIn          key "not_signed_in": a review-site request without a live session (the site answers
    │                        with its sign-in page, or 401 for scripts)
    ├── CsrfFailed           key "csrf": a review-site form or script request without its session's CSRF token
    ├── NotAllowed           key "not_allowed": a review-site request the account's role may not make (403 page)
    └── InternalError        key "internal": an exception nobody foresaw, caught at the edge of one feed or
                             article so the pass goes on; its traceback is in the log

Library exceptions (httpx, feedparser, trafilatura, SQLAlchemy) are converted at the boundary of the
stage that calls the library, with `raise ... from exc`, so callers only ever catch these.
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base of every error the monitor raises deliberately."""

    key = "error"

    def __init__(self, message: str, *, key: str | None = None) -> None:
        super().__init__(message)
        if key is not None:
            self.key = key

    @property
    def message(self) -> str:
        return str(self)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the key and other fields kept (a failure parsed in a worker process comes back whole)."""
        return _rebuild, (type(self), str(self), dict(self.__dict__))


def _rebuild(kind: type[MonitorError], message: str, state: dict[str, object]) -> MonitorError:
    error = kind.__new__(kind)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class ConfigError(MonitorError):
    key = "config"


class QueryError(ConfigError, ValueError):
    """A query that cannot be read; the message says where (character position) and why."""

    key = "query"


class ModelMissing(MonitorError):
    key = "model_missing"


class AlreadyRunning(MonitorError):
    key = "already_running"


class TryAgain(MonitorError):
    """A worker's job met a fault that may pass (a timeout, a host briefly down): raised so the job queue retries
    it after a growing wait; the last try records the fault as `monitor run` would."""

    key = "try_again"


class FetchError(MonitorError):
    key = "fetch"


class FetchTimeout(FetchError):
    key = "timeout"


class ConnectFailed(FetchError):
    key = "connection"


class HTTPStatusError(FetchError):
    """The server answered with an error status; `retry_after` (seconds) when it said when to come back."""

    def __init__(self, message: str, *, status: int, retry_after: float | None = None) -> None:
        super().__init__(message, key=f"http_{status}")
        self.status = status
        self.retry_after = retry_after


class TooLarge(FetchError):
    key = "too_large"


class Refused(FetchError):
    key = "refused"


class PrivateAddress(Refused):
    """A URL from a feed resolved to a private, loopback or link-local address: never fetched (SSRF guard)."""

    key = "private_address"


class ParseError(MonitorError):
    key = "malformed"


class ExtractError(MonitorError):
    key = "extract_failed"


class StoreError(MonitorError):
    key = "store"


class SearchError(MonitorError):
    """A reader's search the index will not run: too long, too many ORs, or syntax the engine refused."""

    key = "search"


class DatabaseUnavailable(StoreError):
    """The database cannot be used at all: no feed or article could fare better, so the pass stops with this."""

    key = "database"


class Unwritable(MonitorError):
    """A file the monitor must write (its log, its run lock) cannot be written; the message says which and why."""

    key = "unwritable"


class ReleaseError(MonitorError):
    key = "release"


class DigestError(MonitorError):
    key = "digest"


class LabelError(MonitorError):
    """A label name that cannot be accepted, or a label that does not exist; the message says which and why."""

    key = "label"


class MailError(MonitorError):
    """The mail server (mail/smtp.py) could not be reached, its certificate was not trusted, or it refused the
    message or every recipient; the message carries the server's own reply."""

    key = "mail"


class AlertError(MonitorError):
    key = "alert"


class AccountError(MonitorError):
    key = "account"


class NotSignedIn(MonitorError):
    """Raised by the site's `current_user`; the site answers with the sign-in page (or 401 for scripts)."""

    key = "not_signed_in"


class CsrfFailed(MonitorError):
    """A form or script request without this session's token."""

    key = "csrf"


class NotAllowed(MonitorError):
    """A signed-in account asked for a page or change its role does not cover; the message says which role does."""

    key = "not_allowed"


class InternalError(MonitorError):
    """Something failed that no rule foresaw; the feed or article it hit is counted as failed, the rest goes on."""

    key = "internal"

    @classmethod
    def wrap(cls, exc: BaseException, where: str) -> InternalError:
        return cls(f"{where}: unexpected {type(exc).__name__}: {exc} (traceback in the log)")
