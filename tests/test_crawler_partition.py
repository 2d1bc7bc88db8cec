"""Partitioned crawl (crawler/partition.py): the split of the registry, and a worker that dies.

The end-to-end check (two workers on the simulated web give the same results as one process, each site
crawled by one worker) is in tests/test_distributed_crawl.py, next to the Redis mode it is compared with.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from adalscan.models import Institution
from crawler.distributed import WorkerFailed, aggregate_snapshots
from crawler.partition import partition_share, progress_path, run_partitioned_crawl, write_json


def institutions(n: int) -> list[Institution]:
    ids = [f"inst-{i:03d}" for i in range(n)]
    return [Institution(id=inst_id, type="university", website="http://" + inst_id + ".test/",
                        name_en=inst_id, region="Almaty") for inst_id in ids]


@pytest.mark.parametrize("n,workers", [(1, 2), (7, 2), (12, 3), (1000, 4)])
def test_every_site_goes_to_exactly_one_worker_and_shares_are_even(n: int, workers: int) -> None:
    registry = institutions(n)
    shares = [partition_share(registry, i, workers) for i in range(workers)]
    ids = [inst.id for share in shares for inst in share]
    assert sorted(ids) == sorted(inst.id for inst in registry)
    assert max(map(len, shares)) - min(map(len, shares)) <= 1
    # The same split every time: a resumed attempt finds each site's WARC file under the same worker suffix.
    assert shares == [partition_share(registry, i, workers) for i in range(workers)]


def test_a_worker_that_dies_fails_the_crawl(tmp_path: Path) -> None:
    settings = {"ADALSCAN_RUN_ID": "partition-test", "LOG_LEVEL": "ERROR",
                "DOWNLOADER_MIDDLEWARES": {"no_such_package.NoSuchMiddleware": 10}}  # each worker dies at start
    started = time.monotonic()
    with pytest.raises(WorkerFailed, match="worker"):
        run_partitioned_crawl(institutions(4), settings, workers=2, folder=tmp_path / "workers")
    assert time.monotonic() - started < 120
    assert not list((tmp_path / "workers").glob("w*.result.json"))


def test_progress_adds_up_the_workers_snapshots(tmp_path: Path) -> None:
    write_json(progress_path(tmp_path, 0), {"pages": 10, "documents": 8, "homes_resolved": 3})
    write_json(progress_path(tmp_path, 1), {"pages": 5, "documents": 5, "homes_resolved": 2})
    snaps = [json.loads(progress_path(tmp_path, i).read_text()) for i in (0, 1)]
    total = aggregate_snapshots(snaps, time.monotonic() - 5, sites_total=6)
    assert (total["pages"], total["documents"], total["sites_total"], total["sites_done"]) == (15, 13, 6, 5)
