"""The collector policy of bulk work (detectors/gcpolicy.py), checked in a child process so that this
test process keeps its own collector settings."""

from __future__ import annotations

import json
import subprocess
import sys

CHECK = """
import gc, json
from detectors.gcpolicy import YOUNG_THRESHOLD, tune_for_bulk_work
before = gc.get_freeze_count()
tune_for_bulk_work()
tuned = gc.get_threshold()
frozen = gc.get_freeze_count() - before
gc.set_threshold(0)
tune_for_bulk_work()
print(json.dumps({"tuned": tuned, "frozen": frozen, "off": gc.get_threshold()[0], "young": YOUNG_THRESHOLD}))
"""


def test_bulk_work_freezes_the_start_up_heap_and_collects_young_objects_less_often() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, timeout=60)
    result = json.loads(out.stdout)
    assert result["tuned"][0] == result["young"] > 700  # CPython's default is 700
    assert result["frozen"] > 1000  # the interpreter's and the imports' objects
    assert result["off"] == 0  # a collector switched off on purpose stays off
