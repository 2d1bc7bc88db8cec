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
    ("http://u.kz/news?PHPSESSID=abc123&id=5", "http://u.kz/news?id=5"),
    ("http://u.kz/news?id=5&utm_source=fb&utm_medium=x#top", "http://u.kz/news?id=5"),
    ("http://u.kz/docs;jsessionid=A1B2C3?page=2", "http://u.kz/docs?page=2"),
    ("http://u.kz/a?sid=1&SESSIONID=2&fbclid=3&gclid=4", "http://u.kz/a"),
    ("http://u.kz/plan.pdf", "http://u.kz/plan.pdf"),
    ("http://u.kz/p?b=2&a=1", "http://u.kz/p?b=2&a=1"),  # order kept: only session parts go
])
def test_session_ids_and_tracking_tags_are_stripped(raw: str, clean: str) -> None:
    assert strip_session(raw) == clean


def test_site_host_and_extension() -> None:
    assert site_host("https://WWW.KazNU.kz:443/ru/") == "kaznu.kz"
    assert file_extension("http://u.kz/files/Plan.PDF?download=1") == "pdf"
    assert file_extension("http://u.kz/v1.2/page") == ""


@pytest.mark.parametrize(("url", "text", "lang"), [
    ("http://u.kz/kz/", "", "kk"), ("http://u.kz/ru/index.php", "", "ru"), ("http://en.u.kz/", "", "en"),
    ("http://u.kz/?lang=kk", "", "kk"), ("http://u.kz/switch", "ҚАЗ", "kk"), ("http://u.kz/switch", "English", "en"),
    ("http://u.kz/about/", "О нас", None),
])
def test_language_versions_are_recognised(url: str, text: str, lang: str | None) -> None:
    assert language_of(url, text) == lang


def test_language_root_is_the_version_home_only() -> None:
    assert is_language_root("http://u.kz/kz/") and is_language_root("http://u.kz/en/index.html")
    assert is_language_root("http://kz.u.kz/")
    assert not is_language_root("http://u.kz/ru/antikor/plan/")


def test_path_pattern_masks_digits() -> None:
    assert path_pattern("/Events/2024/05/") == path_pattern("/events/2031/11/") == "/events/#/#/"


def test_calendar_query_trap_is_capped_per_path() -> None:
    policy = UrlPolicy(TrapCaps(max_query_variants=5))
    allowed = [u for m in range(20) if policy.refusal(u := f"http://u.kz/calendar?month={m}") is None]
    assert len(allowed) == 5
    assert policy.dropped["query_variants"] == 15
    assert policy.refusal("http://u.kz/calendar?month=3") is None  # a variant already counted stays allowed
    assert policy.refusal("http://u.kz/other?month=1") is None  # another path has its own allowance


def test_numbered_path_trap_is_capped_but_documents_are_not() -> None:
    policy = UrlPolicy(TrapCaps(max_urls_per_pattern=8))
    pages = [f"http://u.kz/events/{2024 + m // 12}/{m % 12 + 1:02d}/" for m in range(30)]
    assert sum(policy.refusal(u) is None for u in pages) == 8
    assert policy.dropped["path_pattern"] == 22
    documents = [f"http://u.kz/files/{n}.pdf" for n in range(30)]
    assert all(policy.refusal(u) is None for u in documents)


def test_high_scoring_links_skip_the_soft_caps_but_not_the_hard_ones() -> None:
    policy = UrlPolicy(TrapCaps(max_query_variants=1, max_url_length=100))
    assert policy.refusal("http://u.kz/doc?id=1") is None
    assert policy.refusal("http://u.kz/doc?id=2") == "query_variants"
    assert policy.refusal("http://u.kz/doc?id=3", exempt=True) is None
    assert policy.refusal("http://u.kz/" + "x" * 200, exempt=True) == "url_too_long"


@pytest.mark.parametrize(("url", "reason"), [
    ("http://u.kz/loop/a/a/a/", "path_loop"),
    ("http://u.kz/" + "/".join(f"s{n}" for n in range(20)), "path_too_deep"),
    ("http://u.kz/?q=" + "x" * 3000, "url_too_long"),
])
def test_path_loops_deep_paths_and_long_urls_are_refused(url: str, reason: str) -> None:
    assert UrlPolicy().refusal(url) == reason
