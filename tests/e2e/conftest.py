"""Fixtures of the end-to-end tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.places import Place, make_place, remove_place


@pytest.fixture
def place() -> Iterator[Place]:
    """A config folder and a data folder for a real `monitor run` in its own process (see places.py)."""
    made = make_place()
    yield made
    remove_place(made)
