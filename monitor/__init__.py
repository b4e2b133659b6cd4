"""monitor: news feeds in, tagged hits out, for a comms team to review.

The public surface is small on purpose: load the configuration, tag text, run one pass.
Everything else is reached through the `monitor` command line.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Config, load_config
from .errors import MonitorError

__all__ = ["Config", "MonitorError", "__version__", "load_config"]
