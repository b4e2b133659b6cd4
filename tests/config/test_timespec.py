"""Time as people write it, and a range cut where the team's UTC offset changes."""

from __future__ import annotations

from datetime import UTC, datetime

from monitor.config.timespec import offset_segments


def test_a_range_is_cut_where_daylight_saving_changes_the_offset() -> None:
    start, end = datetime(2026, 10, 20, tzinfo=UTC), datetime(2026, 11, 5, tzinfo=UTC)
    assert offset_segments(start, end, "Europe/Berlin") == [
        (start, datetime(2026, 10, 25, 1, tzinfo=UTC), 120),
        (datetime(2026, 10, 25, 1, tzinfo=UTC), end, 60),
    ]
    assert offset_segments(start, end, "UTC") == [(start, end, 0)]
    cut = offset_segments(datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 4, 10, tzinfo=UTC), "Australia/Lord_Howe")
    assert [offset for *_, offset in cut] == [660, 630]
    assert cut[0][1] == datetime(2026, 4, 4, 15, tzinfo=UTC)  # 02:00 at +11:00
