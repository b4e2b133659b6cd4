"""The bundled sample feeds as the tests serve them: their hand-labelled expectations and a feeds.toml that
points at a loopback server."""

from __future__ import annotations

import json

from tests.conftest import ROOT
from tests.server import LoopbackServer

EXPECTED = json.loads((ROOT / "tests" / "data" / "samples_expected.json").read_text())


def feeds_toml(server: LoopbackServer) -> str:
    """A feeds.toml listing every sample feed, served by `server` under /feeds/NAME."""
    return "".join(
        f'[[feeds]]\nname = "{name}"\nurl = "{server.url("/feeds/" + name)}"\n\n' for name in EXPECTED["feeds"]
    )
