"""The house rules of the package, checked on its imports: one stage, one job, one library each."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import monitor

PACKAGE = Path(monitor.__file__).parent
STAGES = ("fetch", "parse", "extract", "tag", "store")
# Which part of monitor/ alone may import each library.
OWNERS = {
    "httpx": "fetch",
    "httpcore": "fetch",
    "feedparser": "parse",
    "trafilatura": "extract",
    "spacy": "tag",
    "sqlalchemy": "store",
    "sqlmodel": "store",
    "listparser": "subscriptions",
    "tomlkit": "subscriptions",
    "fastapi": "web",
    "starlette": "web",
    "uvicorn": "web",
    "jinja2": ("web", "digest"),
    "argon2": "web",
    "prometheus_client": "web",
    "weasyprint": "web",
    "docx": "web",
    "css_inline": "digest",
    "smtplib": "mail",
    "charset_normalizer": "parse",
    "courlan": "parse",
    "url_normalize": "parse",
    "procrastinate": "jobs",
}


def imports(path: Path) -> set[str]:
    """Absolute module names imported by a file of the package (relative imports resolved)."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = ".".join(parts[:-1])  # the package a relative import starts from, for modules and __init__ alike
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.add(".".join(base + ([node.module] if node.module else [])))
            else:
                found.add(node.module or "")
    return found


FILES = sorted(PACKAGE.rglob("*.py"))


def part_of(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def files_in(*parts: str) -> list[Path]:
    return [path for path in FILES if part_of(path) in parts]


def named(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


def own_imports(path: Path) -> dict[str, str]:
    """The monitor modules a file imports, with the part of the package each is in ("monitor.store.hits": store)."""
    return {name: name.split(".")[1] for name in imports(path) if name.startswith("monitor.")}


def assert_never_imports(path: Path, parts: tuple[str, ...], why: str = "") -> None:
    for name, part in own_imports(path).items():
        assert part not in parts, f"{path.name} imports {name}{why}"


@pytest.mark.parametrize("path", FILES, ids=named)
def test_libraries_are_used_only_by_their_stage(path: Path) -> None:
    for name in imports(path):
        owner = OWNERS.get(name.split(".")[0])
        owners = (owner,) if isinstance(owner, str) else owner
        assert owners is None or part_of(path) in owners, f"{path.name} imports {name}; only monitor/{owners} may"


@pytest.mark.parametrize("path", files_in(*STAGES), ids=named)
def test_stages_never_import_each_other(path: Path) -> None:
    others = tuple(stage for stage in STAGES if stage != part_of(path))
    assert_never_imports(path, others, ": stages meet only in monitor/pipeline")


def test_public_names_are_pinned() -> None:
    assert sorted(monitor.__all__) == ["Config", "MonitorError", "__version__", "load_config"]


@pytest.mark.parametrize("path", files_in("web"), ids=named)
def test_the_site_reads_through_store_and_never_runs_the_pipeline(path: Path) -> None:
    assert_never_imports(path, ("fetch", "parse", "extract", "tag", "pipeline"))


@pytest.mark.parametrize("path", files_in("pickup"), ids=named)
def test_pickup_is_pure(path: Path) -> None:
    """Release matching reads text and fingerprints only: no database, no model, no network."""
    for name, part in own_imports(path).items():
        assert part == "pickup" or name == "monitor.present.cells", f"{path.name} imports {name}"


@pytest.mark.parametrize("path", files_in("alerts"), ids=named)
def test_alert_rules_are_pure(path: Path) -> None:
    """Which story sets off which rule, and what the alert says: no database, no network, no mail."""
    for name, part in own_imports(path).items():
        assert part in ("alerts", "config", "records"), f"{path.name} imports {name}"


@pytest.mark.parametrize("path", files_in("present"), ids=named)
def test_presentation_imports_no_face(path: Path) -> None:
    """Story groups, snippets, clocks, charts and cells serve the site, the digest and the command line alike."""
    assert_never_imports(path, ("cli", "web", "digest", "pipeline"))


@pytest.mark.parametrize("path", files_in("web", "digest"), ids=named)
def test_the_site_and_the_digest_never_import_each_other(path: Path) -> None:
    assert_never_imports(path, ({"web": "digest", "digest": "web"}[part_of(path)], "cli"))


@pytest.mark.parametrize("path", files_in("jobs"), ids=named)
def test_jobs_run_the_pipelines_steps_and_nothing_else(path: Path) -> None:
    """The job queue calls the pass's own steps: no stage, no database of its own, no face."""
    for name, part in own_imports(path).items():
        assert part in ("jobs", "pipeline", "config", "errors"), f"{path.name} imports {name}"


# Where stages meet: the pass and release pickup (pipeline/), finding a feed from a pasted page (fetch, then parse:
# subscriptions/find_feed.py), and the command line that starts them.
WIRING = ("pipeline", "subscriptions", "cli")


@pytest.mark.parametrize("path", [path for path in FILES if part_of(path) not in WIRING], ids=named)
def test_only_the_wiring_uses_two_stages(path: Path) -> None:
    used = {part for part in own_imports(path).values() if part in STAGES}
    assert len(used) <= 1, f"{path.name} uses {sorted(used)}: stages meet only in monitor/{WIRING}"
