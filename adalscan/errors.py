"""Domain exceptions. Library code raises these; the CLI turns each into one line and an exit code."""

from __future__ import annotations


class AdalscanError(Exception):
    """Base class: the run itself cannot be done (exit code 2)."""

    exit_code = 2


class RegistryError(AdalscanError):
    """The registry file cannot be used at all (unreadable, missing column, no valid row)."""


class RunDirError(AdalscanError):
    """The output folder cannot be created or written."""


class UsageError(AdalscanError):
    """A command-line value is wrong (bad date, unknown id in --only, bad -s NAME=VALUE)."""
