"""CLI tests use the shared subprocess runner of tests/conftest.py."""

from tests.conftest import Runner

__all__ = ["Runner"]
