"""Faults no feed or article could fare better under: they end the pass with one message (exit 1)."""

from __future__ import annotations

from ..errors import ConfigError, DatabaseUnavailable, ModelMissing

PASS_FAULTS = (ModelMissing, ConfigError, DatabaseUnavailable)
