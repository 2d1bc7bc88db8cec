"""BatchTimer: commit a batch of writes a little after its first write, from the reactor.

SQLite commits cost more than the rows they carry: the HTTP cache and the results store write in batches,
closed by size or by this timer, whichever comes first. Without a running reactor (a unit test driving a
pipeline by hand) every write is committed at once, since nothing would run the timer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def reactor_running() -> bool:
    # Asked at every cached response and stored item: a look-up in sys.modules costs a fraction of the two
    # imports it replaces. Installing a reactor puts it there (twisted.internet.main.installReactor), and
    # importing twisted.internet.reactor before one is installed would install the default one.
    reactor = sys.modules.get("twisted.internet.reactor")
    return reactor is not None and bool(getattr(reactor, "running", False))


class BatchTimer:
    """Calls `flush` `seconds` after the first write of a batch; `wrote()` says whether to flush now."""

    def __init__(self, flush: Callable[[], None], seconds: float, max_writes: int) -> None:
        self.flush = flush
        self.seconds = seconds
        self.max_writes = max_writes
        self.pending = 0
        self._call: Any = None

    def wrote(self) -> bool:
        """Count one write; True when the batch must be flushed now (full, or no reactor to flush it later)."""
        self.pending += 1
        if self.pending >= self.max_writes or not reactor_running():
            return True
        if self._call is None:
            from twisted.internet import reactor

            # Twisted declares IReactorTime's methods without `self` (zope.interface), so mypy takes `delay`
            # for `self` and shifts the arguments by one.
            self._call = reactor.callLater(self.seconds, self.flush)  # type: ignore[arg-type]
        return False

    def flushed(self) -> None:
        """The batch was written: stop its timer and start counting the next one."""
        if self._call is not None and self._call.active():
            self._call.cancel()
        self._call = None
        self.pending = 0
