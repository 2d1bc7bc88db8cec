"""Child processes that never outlive the process that started them."""

from __future__ import annotations

import contextlib
import signal


def exit_with_parent(sig: int = signal.SIGTERM) -> None:
    """Linux: send this process `sig` when its parent dies, however it dies (kill -9 included).

    Crawl workers ask for SIGKILL: a worker whose coordinator is gone must not write another byte, since
    the next attempt of the run may start at once and append to the same WARC files (a graceful stop would
    let it finish its downloads meanwhile). What a killed worker leaves half done, the next attempt repairs.
    """
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(sig))  # PR_SET_PDEATHSIG
