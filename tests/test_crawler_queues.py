"""RingDownloaderAwarePriorityQueue: the same choice as Scrapy's downloader-aware queue (an idle site
first, best priority first within a site, every site in turn), without scanning every site per request."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.core.downloader import Slot
from scrapy.squeues import FifoMemoryQueue
from scrapy.utils.test import get_crawler

from crawler.queues import RingDownloaderAwarePriorityQueue


def make_queue() -> tuple[RingDownloaderAwarePriorityQueue, dict[str, Slot]]:
    crawler = get_crawler(Spider, {"SCHEDULER_PRIORITY_QUEUE": "crawler.queues.RingDownloaderAwarePriorityQueue"})
    crawler.engine = crawler._create_engine()  # a real engine and downloader, never started
    queue = RingDownloaderAwarePriorityQueue.from_crawler(crawler, FifoMemoryQueue, "")
    return queue, crawler.engine.downloader.slots


def busy(slots: dict[str, Slot], host: str, n: int) -> None:
    slot = slots.setdefault(host, Slot(concurrency=8, delay=0, jitter=0))
    slot.active.update(Request(f"http://{host}/busy/{i}") for i in range(n))


def test_sites_take_turns_and_each_site_keeps_its_priorities() -> None:
    queue, _ = make_queue()
    for host in ("a.test", "b.test", "c.test"):
        for path, priority in (("low", 1), ("high", 9)):
            queue.push(Request(f"http://{host}/{path}", priority=priority))
    order = [queue.pop().url for _ in range(6)]  # type: ignore[union-attr]
    assert order[:3] == ["http://a.test/high", "http://b.test/high", "http://c.test/high"]
    assert order[3:] == ["http://a.test/low", "http://b.test/low", "http://c.test/low"]
    assert queue.pop() is None and len(queue) == 0


def test_an_idle_site_goes_before_busy_ones_and_the_least_busy_when_all_are() -> None:
    queue, slots = make_queue()
    for host in ("a.test", "b.test", "c.test"):
        queue.push(Request(f"http://{host}/page"))
    busy(slots, "a.test", 3)
    busy(slots, "b.test", 1)
    assert queue.peek().url == "http://c.test/page"  # type: ignore[union-attr]
    assert queue.pop().url == "http://c.test/page"  # type: ignore[union-attr]
    assert queue.pop().url == "http://b.test/page"  # type: ignore[union-attr]
    assert queue.pop().url == "http://a.test/page"  # type: ignore[union-attr]


def test_a_site_emptied_and_refilled_is_in_the_ring_once() -> None:
    queue, _ = make_queue()
    queue.push(Request("http://a.test/1"))
    queue.push(Request("http://b.test/1"))
    assert queue.pop().url == "http://a.test/1"  # type: ignore[union-attr]
    queue.push(Request("http://a.test/2"))
    got = [queue.pop().url for _ in range(2)]  # type: ignore[union-attr]
    assert sorted(got) == ["http://a.test/2", "http://b.test/1"]
    assert queue.pop() is None
    assert len(queue._ring) == len(set(queue._ring))
