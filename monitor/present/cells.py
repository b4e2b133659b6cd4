"""CSV cells that are safe to open in a spreadsheet."""

from __future__ import annotations


def spreadsheet_safe(value: object) -> object:
    """Text a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe (OWASP's
    advice on CSV injection): headlines and notes come from feeds and people, and comms staff open exports
    in Excel."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
