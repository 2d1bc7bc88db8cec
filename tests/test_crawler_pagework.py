"""PageWork: extraction and detection in worker processes give what inline work gives; a dying worker
costs only its own document, and the pool goes on."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from datetime import date

import pytest

from crawler.pagework import PageWork, PageWorkCrashed, worker_count

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Сыбайлас жемқорлыққа қарсы іс-қимыл</title></head>
<body><nav><a href="/antikor/plan-2026.pdf">Сыбайлас жемқорлыққа қарсы іс-шаралар жоспары 2026</a>
<a href="/news/">Жаңалықтар</a></nav><main><h1>Сыбайлас жемқорлыққа қарсы іс-қимыл</h1>
<p>Университеттің ар-намыс кодексі және сенім телефоны: 8 800 080 1555 (тәулік бойы).</p></main></body></html>"""
AS_OF = date(2026, 11, 25)


def crash_the_worker() -> None:
    """A job that kills its process, as a C library crashing on a hostile file would."""
    os._exit(11)


async def extract_and_detect(work: PageWork) -> tuple[list[str], str, list[tuple[str, float]]]:
    document = await work.extract(PAGE.encode(), "http://uni.test/antikor/", "text/html; charset=utf-8")
    evidence = await work.detect(document, "university", AS_OF)
    return ([link.url for link in document.links], document.title,
            sorted((e.artefact_id, round(e.confidence, 3)) for e in evidence))


@pytest.fixture(scope="module")
def pool() -> Iterator[PageWork]:
    work = PageWork(1)
    yield work
    work.close()


def test_worker_processes_give_what_inline_work_gives(pool: PageWork) -> None:
    inline = PageWork(0)
    links, title, inline_evidence = asyncio.run(extract_and_detect(inline))
    jobs = pool.jobs
    pooled_links, pooled_title, pooled_evidence = asyncio.run(extract_and_detect(pool))
    assert inline.inline and not pool.inline
    assert pool.jobs == jobs + 2  # an HTML page is read in a worker too, off the reactor's thread
    assert pooled_links == links and len(links) == 2
    assert pooled_title == title == "Сыбайлас жемқорлыққа қарсы іс-қимыл"
    assert pooled_evidence == inline_evidence and inline_evidence  # the page names artefacts


def test_a_dying_worker_costs_only_its_job(pool: PageWork) -> None:
    before = pool.rebuilds
    with pytest.raises(PageWorkCrashed):
        asyncio.run(pool._run(crash_the_worker))
    assert pool.rebuilds == before + 2  # tried twice, each time on a fresh pool
    links, _, evidence = asyncio.run(extract_and_detect(pool))  # and the crawl's other documents go on
    assert len(links) == 2 and evidence
    assert pool.peak_rss_kb() > 10_000  # a live worker's memory is counted


def fail_on(value: int) -> int:
    if value == 3:
        raise ValueError("a document the reader rejects")
    return value


def test_jobs_of_one_turn_travel_together_and_fail_alone(pool: PageWork) -> None:
    """Jobs asked for in one turn of the event loop reach the worker as one batch (one pid, one hand-over);
    a job that raises, or one that kills the worker, costs only itself."""
    async def turn() -> list[object]:
        jobs = [pool._run(fail_on, n) for n in range(6)] + [pool._run(os.getpid) for _ in range(3)]
        return await asyncio.gather(*jobs, return_exceptions=True)

    results = asyncio.run(turn())
    assert results[:3] == [0, 1, 2] and results[4:6] == [4, 5]
    assert isinstance(results[3], ValueError) and len(set(results[6:])) == 1

    async def with_a_crash() -> list[object]:
        return await asyncio.gather(pool._run(os.getpid), pool._run(crash_the_worker), pool._run(os.getpid),
                                    return_exceptions=True)

    before = pool.rebuilds
    first, crashed, last = asyncio.run(with_a_crash())
    assert isinstance(crashed, PageWorkCrashed) and isinstance(first, int) and isinstance(last, int)
    assert pool.rebuilds == before + 3  # the batch's pool, then twice alone (the job that kills it)


def test_worker_count_setting() -> None:
    assert worker_count(0) == 0 and worker_count(3) == 3
    assert worker_count(-1) == max(0, (os.cpu_count() or 1) - 1)


def hang() -> None:
    """A job that never ends, as a reader looping on a hostile file would."""
    time.sleep(600)


def test_a_job_over_its_time_is_given_up_and_the_pool_goes_on() -> None:
    work = PageWork(1, job_timeout=3.0)
    try:
        with pytest.raises(PageWorkCrashed, match="took over 3 s"):
            asyncio.run(work._run(hang))
        links, _, evidence = asyncio.run(extract_and_detect(work))
        assert len(links) == 2 and evidence
    finally:
        work.close()


def test_workers_are_recycled_without_losing_jobs() -> None:
    work = PageWork(1, max_tasks_per_worker=3)
    try:
        async def many() -> list[int]:
            pids: list[int] = []
            for _ in range(4):  # four turns of the event loop, three jobs each
                pids += await asyncio.gather(*(work._run(os.getpid) for _ in range(3)))
            return pids

        pids = asyncio.run(many())
        assert len(pids) == 12 and len(set(pids)) >= 2  # every job answered, by more than one worker
    finally:
        work.close()


PARENT = """
import asyncio, os, sys, time
from crawler.pagework import PageWork
work = PageWork(1)
print(asyncio.run(work._run(os.getpid)), flush=True)
time.sleep(600)
"""


def running(pid: int) -> bool:
    """Alive and not a zombie (a dead process waiting for init to reap it)."""
    from pathlib import Path

    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_workers_do_not_outlive_a_killed_crawl() -> None:
    """kill -9 of the crawl (as an operator or the OOM killer might) leaves no page worker behind."""
    import signal
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=root, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(root)})
    try:
        worker = int(parent.stdout.readline())  # type: ignore[union-attr]
        assert running(worker)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 15
        while running(worker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not running(worker)
    finally:
        if parent.poll() is None:
            parent.kill()
