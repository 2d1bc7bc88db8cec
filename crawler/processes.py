"""Child processes that never outlive the process that started them."""

from __future__ import annotations

import contextlib
import signal


def exit_with_parent() -> None:
    """Linux: SIGTERM this process when its parent dies, however it dies (kill -9 included)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
