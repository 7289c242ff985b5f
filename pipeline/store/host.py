"""What the store code reads off the machine it runs on: whether a process lives, and a number of
seconds set in the environment (one reading rule for every ``$FINKG_*`` duration)."""

from __future__ import annotations

import os

from pipeline.errors import StoreError


def alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this host (one of another user counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def seconds_from_env(env_var: str, default: float, at_least: float | None = None) -> float:
    """``$env_var`` as seconds (``default`` when unset or empty); not a number, or under
    ``at_least`` when given, is a ``StoreError`` naming the variable and its value."""
    text = os.environ.get(env_var, "")
    if not text:
        return default
    try:
        seconds = float(text)
    except ValueError:
        seconds = None
    if seconds is None or (at_least is not None and not seconds >= at_least):
        bound = f" (>= {at_least:g})" if at_least is not None else ""
        raise StoreError(f"${env_var} must be a number of seconds{bound}, not {text!r}")
    return seconds
