"""The garbage collector's settings for a process that reads and classifies many documents.

Reading and matching allocate many small objects that die young (tuples of word positions, segment
records), while the process holds a large heap that lives as long as it does: the catalog's indexes,
pymorphy3's dictionaries, lxml, the word and segment caches. With CPython's default thresholds (700, 10, 10)
the collector ran about 1,400 young and 130 middle collections per 600 pages of 12 KB, each walking objects
that were never garbage: measured, about a third of the CPU of detection (`benchmarks/detection.py`).

So, once start-up is done, everything alive is frozen (`gc.freeze`: never scanned again, still freed by
reference counting) and young objects are collected every YOUNG_THRESHOLD allocations instead of 700.
Cyclic garbage is still collected, only in larger batches (a few MB at most). One policy, called by each
process that does bulk work: the crawl's, its page workers and `adalscan detect --batch`.

A process that only reads documents one after another (a page worker, the batch command) also freezes what
is left after each document (`settle_after_document`, O(1)): what survives a document is the caches, which
grow for the whole run and would otherwise be walked by every full collection (measured: the batch command
ran at half the speed without it). Cyclic garbage still alive at that moment is kept, which is little, and a
page worker is replaced every ADALSCAN_PAGE_WORKER_MAX_TASKS documents anyway.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000  # allocations between two young collections (CPython's default: 700)


def tune_for_bulk_work() -> None:
    """Freeze the start-up heap and collect young objects less often (see the module docstring)."""
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if young and young < YOUNG_THRESHOLD:  # 0 means the collector was switched off on purpose: keep it so
        gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def settle_after_document() -> None:
    """Freeze what survived one document (see the module docstring); for processes that only read documents."""
    gc.freeze()
