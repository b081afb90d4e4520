"""Expected failures: each message says what went wrong, where, and how to fix it."""

from __future__ import annotations


class TrackerError(Exception):
    """Base of every error the CLI turns into a one-line ``Error:`` message."""


class InputError(TrackerError):
    """An article could not be read or decoded."""


class RegistryError(TrackerError):
    """A source registry file is malformed."""


class UsageError(TrackerError):
    """An option names something tracker does not know (a language, a format …)."""


class StoreError(TrackerError):
    """A claim store cannot be opened, read or written."""
