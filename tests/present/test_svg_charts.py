"""Charts are well-formed SVG that plot the right values and never let a topic name or label act as markup."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from monitor.present.svg_charts import EMPTY, MAX_DOTS, PALETTE, Series, bar_chart, line_chart, nice_ticks

NS = {"svg": "http://www.w3.org/2000/svg"}
DAYS = ["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01"]


def parse(markup: str) -> ET.Element:
    """The chart as an XML tree: parsing at all proves it is well formed."""
    return ET.fromstring(str(markup))


def points(polyline: ET.Element) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in (pair.split(",") for pair in polyline.get("points", "").split())]


def grid_ys(root: ET.Element) -> list[float]:
    return sorted(float(line.get("y1", "")) for line in root.iterfind(".//svg:line[@class='chart-grid']", NS))


def texts(root: ET.Element, css_class: str) -> list[str]:
    return [el.text or "" for el in root.iterfind(f".//svg:text[@class='{css_class}']", NS)]


def tooltips(root: ET.Element, tag: str) -> list[str]:
    return [el.findtext("svg:title", "", NS) for el in root.iterfind(f".//svg:{tag}", NS)]


def test_line_chart_draws_one_line_per_series_with_a_legend_and_an_accessible_name() -> None:
    root = parse(line_chart(DAYS, [Series("ICE", [1, 2, 3, 4]), Series("Asylum", [0, 1, 0, 1])], title="Mentions"))
    assert len(root.findall(".//svg:polyline", NS)) == 2
    assert [t.text for t in root.iterfind(".//svg:g[@class='chart-legend']/svg:text", NS)] == ["ICE", "Asylum"]
    assert root.get("role") == "img" and root.get("width") == "100%" and root.get("viewBox") == "0 0 720 260"
    title_id, desc_id = root.get("aria-labelledby"), root.get("aria-describedby")
    assert root.find(f"svg:title[@id='{title_id}']", NS).text == "Mentions"  # type: ignore[union-attr]
    assert "ICE 10" in root.find(f"svg:desc[@id='{desc_id}']", NS).text  # type: ignore[union-attr]


def test_points_run_left_to_right_and_the_peak_touches_the_top_of_the_plot() -> None:
    root = parse(line_chart(DAYS, [Series("ICE", [0, 3, 10, 5])], title="Mentions"))
    (line,) = root.findall(".//svg:polyline", NS)
    xs, ys = zip(*points(line))
    assert list(xs) == sorted(xs) and len(set(xs)) == len(xs)
    top, bottom = grid_ys(root)[0], grid_ys(root)[-1]
    assert ys[2] == min(ys) == top and ys[0] == bottom
    assert tooltips(root, "circle") == [
        "ICE · 2026-11-28: 0",
        "ICE · 2026-11-29: 3",
        "ICE · 2026-11-30: 10",
        "ICE · 2026-12-01: 5",
    ]


def test_cumulative_plots_running_totals() -> None:
    root = parse(line_chart(DAYS, [Series("ICE", [1, 2, 0, 3])], title="So far", cumulative=True))
    assert [t.rsplit(": ", 1)[1] for t in tooltips(root, "circle")] == ["1", "3", "3", "6"]
    ys = [y for _, y in points(root.find(".//svg:polyline", NS))]  # type: ignore[arg-type]
    assert ys == sorted(ys, reverse=True) and ys[-1] == grid_ys(root)[0]  # never falls; the total is the top
    assert "ICE 6" in (root.findtext("svg:desc", "", NS))


@pytest.mark.parametrize(
    ("top", "ticks"),
    [
        (0, [0, 1]),
        (1, [0, 1]),
        (7, [0, 2, 4, 6, 8]),
        (23, [0, 5, 10, 15, 20, 25]),
        (180, [0, 50, 100, 150, 200]),
        (1234, [0, 500, 1000, 1500]),
        (1.5, [0, 0.5, 1, 1.5]),
    ],
)
def test_y_ticks_are_round_numbers_from_zero(top: float, ticks: list[float]) -> None:
    assert nice_ticks(top, integer=float(top).is_integer()) == ticks


def test_integer_counts_get_integer_ticks_and_fractions_do_not() -> None:
    assert texts(parse(bar_chart(["a", "b"], [1, 3], title="n")), "chart-y-tick") == ["0", "1", "2", "3"]
    assert texts(parse(bar_chart(["a", "b"], [0.2, 0.7], title="f")), "chart-y-tick")[:3] == ["0", "0.2", "0.4"]
    assert texts(parse(bar_chart(["a"], [1234], title="k")), "chart-y-tick")[-1] == "1,500"


def test_an_all_zero_series_still_has_a_scale() -> None:
    root = parse(line_chart(DAYS, [Series("quiet", [0, 0, 0, 0])], title="Nothing yet"))
    assert texts(root, "chart-y-tick") == ["0", "1"]
    assert {y for _, y in points(root.find(".//svg:polyline", NS))} == {grid_ys(root)[-1]}  # type: ignore[arg-type]


def test_untrusted_names_and_labels_are_escaped() -> None:
    evil, label = "<script>alert(1)</script>", '"&<>'
    line = str(line_chart([label, "b"], [Series(evil, [1, 2])], title=f"Topic {evil}", y_label=label))
    bars = str(bar_chart([label], [1], title=evil))
    for svg in (line, bars):
        assert "<script" not in svg and "&lt;script&gt;" in svg
    root = parse(line)
    assert root.findtext("svg:title", "", NS) == f"Topic {evil}"
    assert evil in [t.text for t in root.iterfind(".//svg:g[@class='chart-legend']/svg:text", NS)]
    assert texts(root, "chart-x-tick")[0] == label and texts(root, "chart-y-label") == [label]
    assert tooltips(root, "circle")[0] == f"{evil} · {label}: 1"
    assert tooltips(parse(bars), "rect") == [f"{label}: 1"]


def test_no_inline_styles_or_scripts_for_the_content_security_policy() -> None:
    svg = str(line_chart(DAYS, [Series("a", [1, 2, 3, 4])], title="t")) + str(bar_chart(DAYS, [1, 2, 3, 4], title="t"))
    assert "style=" not in svg and "<script" not in svg and "javascript:" not in svg


def test_colours_cycle_through_the_palette_when_series_outnumber_it() -> None:
    series = [Series(f"topic {i}", [i, i + 1]) for i in range(len(PALETTE) + 2)]
    root = parse(line_chart(["a", "b"], series, title="Many"))
    strokes = [line.get("stroke") for line in root.iterfind(".//svg:polyline", NS)]
    assert strokes == [PALETTE[i % len(PALETTE)] for i in range(len(series))]
    assert strokes[len(PALETTE)] == strokes[0] and len(set(strokes)) == len(PALETTE)


@pytest.mark.parametrize(
    "svg",
    [line_chart([], [], title="Empty"), line_chart(DAYS, [], title="No series"), bar_chart([], [], title="No bars")],
)
def test_empty_input_says_there_is_no_data(svg: str) -> None:
    root = parse(svg)
    assert texts(root, "chart-empty") == [EMPTY] and root.findtext("svg:desc", "", NS) == EMPTY
    assert not root.findall(".//svg:polyline", NS) and not root.findall(".//svg:rect", NS)


def test_a_single_point_is_drawn_in_the_middle() -> None:
    root = parse(line_chart(["2026-11-28"], [Series("ICE", [5])], title="One day"))
    ((x, y),) = points(root.find(".//svg:polyline", NS))  # type: ignore[arg-type]
    assert x == 48 + (720 - 48 - 24) / 2 and y == grid_ys(root)[0]
    assert len(root.findall(".//svg:circle", NS)) == 1 and texts(root, "chart-x-tick") == ["28 Nov"]
    assert len(parse(bar_chart(["14:00"], [5], title="One hour")).findall(".//svg:rect", NS)) == 1


def test_x_labels_are_a_short_readable_subset_keeping_both_ends() -> None:
    days = [(date(2026, 11, 1) + timedelta(days=i)).isoformat() for i in range(60)]
    root = parse(line_chart(days, [Series("ICE", list(range(60)))], title="Two months"))
    shown = texts(root, "chart-x-tick")
    assert len(shown) <= 8 and shown[0] == "1 Nov" and shown[-1] == "30 Dec"
    assert not root.findall(".//svg:circle", NS)  # more than MAX_DOTS points: the line alone
    assert len(days) > MAX_DOTS


def test_bar_chart_draws_one_bar_per_label_with_the_tallest_reaching_the_top() -> None:
    hours = [f"{h:02d}:00" for h in range(24)]
    values = [h % 5 for h in range(24)]
    root = parse(bar_chart(hours, values, title="By hour", y_label="Articles"))
    bars = root.findall(".//svg:rect[@class='chart-bar']", NS)
    assert len(bars) == 24 and tooltips(root, "rect")[4] == "04:00: 4"
    xs = [float(b.get("x", "")) for b in bars]
    assert xs == sorted(xs)
    assert float(bars[4].get("y", "")) == grid_ys(root)[0]
    assert float(bars[0].get("height", "")) == 0


def test_two_charts_on_a_page_have_different_ids() -> None:
    first = parse(line_chart(DAYS, [Series("a", [1, 2, 3, 4])], title="ICE"))
    second = parse(line_chart(DAYS, [Series("a", [1, 2, 3, 4])], title="Asylum"))
    assert first.get("aria-labelledby") != second.get("aria-labelledby")


def test_values_must_match_labels() -> None:
    with pytest.raises(ValueError, match="3 values for 4 labels"):
        line_chart(DAYS, [Series("a", [1, 2, 3])], title="Short")


def test_time_chart_puts_events_at_their_real_time_and_labels_real_dates() -> None:
    from datetime import UTC, datetime

    from monitor.present.svg_charts import time_chart, time_ticks

    start = datetime(2026, 11, 8, 9, 0, tzinfo=UTC)
    end = start + timedelta(days=16)
    events = [start + timedelta(hours=1), start + timedelta(hours=41), start + timedelta(days=16)]
    root = parse(time_chart(start, end, [("placements", events), ("mentions", [])], title="So far", zone="UTC"))
    line = root.find(".//svg:polyline", NS)
    assert line is not None
    xs = [x for x, _ in points(line)]
    left, right = xs[0], xs[-1]
    # The step at +41 h sits 41/384 of the way along, not at the second of three evenly spaced positions.
    assert xs[3] == pytest.approx(left + (right - left) * 41 / 384, abs=0.2)
    labels = texts(root, "chart-x-tick")
    assert labels[0] == "9 Nov" and all("+" not in label for label in labels)
    moments = [moment for moment, _ in time_ticks(start, end, "UTC")]
    gaps = {b - a for a, b in zip(moments, moments[1:])}
    assert len(gaps) == 1, gaps  # evenly spaced in time
    short = [label for _, label in time_ticks(start, start + timedelta(hours=48), "UTC")]
    assert short[0] == "+0h" and short[-1] == "+48h"


def test_time_chart_and_bar_chart_say_when_there_is_nothing() -> None:
    from datetime import UTC, datetime

    from monitor.present.svg_charts import time_chart

    start = datetime(2026, 11, 8, tzinfo=UTC)
    empty = parse(time_chart(start, start + timedelta(days=2), [("placements", [])], title="So far", zone="UTC"))
    assert texts(empty, "chart-empty") == [EMPTY]
    bars = parse(bar_chart(["+1h", "+2h"], [0, 0], title="Per hour", empty="No placements in the first 48 hours"))
    assert texts(bars, "chart-empty") == ["No placements in the first 48 hours"]
    assert bars.findtext("svg:title", "", NS) == "Per hour"
