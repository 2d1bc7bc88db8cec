"""URL hygiene: session ids out, traps capped, language versions recognised."""

from __future__ import annotations

import pytest

from crawler.urls import (
    TrapCaps,
    UrlPolicy,
    file_extension,
    is_language_root,
    language_of,
    path_pattern,
    site_host,
    strip_session,
)


@pytest.mark.parametrize(("raw", "clean"), [
    ("http://u.test/news?PHPSESSID=abc123&id=5", "http://u.test/news?id=5"),
    ("http://u.test/news?id=5&utm_source=fb&utm_medium=x#top", "http://u.test/news?id=5"),
    ("http://u.test/docs;jsessionid=A1B2C3?page=2", "http://u.test/docs?page=2"),
    ("http://u.test/a?sid=1&SESSIONID=2&fbclid=3&gclid=4", "http://u.test/a"),
    ("http://u.test/plan.pdf", "http://u.test/plan.pdf"),
    ("http://u.test/p?b=2&a=1", "http://u.test/p?b=2&a=1"),  # order kept: only session parts go
])
def test_session_ids_and_tracking_tags_are_stripped(raw: str, clean: str) -> None:
    assert strip_session(raw) == clean


def test_site_host_and_extension() -> None:
    assert site_host("https://WWW.KazNU.test:443/ru/") == "kaznu.test"
    assert file_extension("http://u.test/files/Plan.PDF?download=1") == "pdf"
    assert file_extension("http://u.test/v1.2/page") == ""


@pytest.mark.parametrize(("url", "text", "lang"), [
    ("http://u.test/kz/", "", "kk"), ("http://u.test/ru/index.php", "", "ru"), ("http://en.u.test/", "", "en"),
    ("http://u.test/?lang=kk", "", "kk"), ("http://u.test/switch", "ҚАЗ", "kk"), ("http://u.test/switch", "English", "en"),
    ("http://u.test/about/", "О нас", None),
])
def test_language_versions_are_recognised(url: str, text: str, lang: str | None) -> None:
    assert language_of(url, text) == lang


def test_language_root_is_the_version_home_only() -> None:
    assert is_language_root("http://u.test/kz/") and is_language_root("http://u.test/en/index.html")
    assert is_language_root("http://kz.u.test/")
    assert not is_language_root("http://u.test/ru/antikor/plan/")


def test_path_pattern_masks_digits() -> None:
    assert path_pattern("/Events/2024/05/") == path_pattern("/events/2031/11/") == "/events/#/#/"


def test_calendar_query_trap_is_capped_per_path() -> None:
    policy = UrlPolicy(TrapCaps(max_query_variants=5))
    allowed = [u for m in range(20) if policy.refusal(u := f"http://u.test/calendar?month={m}") is None]
    assert len(allowed) == 5
    assert policy.dropped["query_variants"] == 15
    assert policy.refusal("http://u.test/calendar?month=3") is None  # a variant already counted stays allowed
    assert policy.refusal("http://u.test/other?month=1") is None  # another path has its own allowance


def test_numbered_path_trap_is_capped_but_documents_are_not() -> None:
    policy = UrlPolicy(TrapCaps(max_urls_per_pattern=8))
    pages = [f"http://u.test/events/{2024 + m // 12}/{m % 12 + 1:02d}/" for m in range(30)]
    assert sum(policy.refusal(u) is None for u in pages) == 8
    assert policy.dropped["path_pattern"] == 22
    documents = [f"http://u.test/files/{n}.pdf" for n in range(30)]
    assert all(policy.refusal(u) is None for u in documents)


def test_high_scoring_links_skip_the_soft_caps_but_not_the_hard_ones() -> None:
    policy = UrlPolicy(TrapCaps(max_query_variants=1, max_url_length=100))
    assert policy.refusal("http://u.test/doc?id=1") is None
    assert policy.refusal("http://u.test/doc?id=2") == "query_variants"
    assert policy.refusal("http://u.test/doc?id=3", exempt=True) is None
    assert policy.refusal("http://u.test/" + "x" * 200, exempt=True) == "url_too_long"


@pytest.mark.parametrize(("url", "reason"), [
    ("http://u.test/loop/a/a/a/", "path_loop"),
    ("http://u.test/" + "/".join(f"s{n}" for n in range(20)), "path_too_deep"),
    ("http://u.test/?q=" + "x" * 3000, "url_too_long"),
])
def test_path_loops_deep_paths_and_long_urls_are_refused(url: str, reason: str) -> None:
    assert UrlPolicy().refusal(url) == reason
