"""Hostile text helpers: links, control characters, CSP hashes, file names."""

from __future__ import annotations

import pytest

from adalscan.reports.safety import (
    clean_text,
    content_security_policy,
    display_url,
    safe_filename,
    safe_http_url,
    script_hash,
)


@pytest.mark.parametrize("url", ["https://example.kz/a?b=1#c", "http://127.0.1.5:8080/plan.pdf", "HTTPS://Example.kz/"])
def test_plain_http_urls_are_links(url: str) -> None:
    assert safe_http_url(url) == url


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>x</script>",
    "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.invalid/x", "/relative/path", "https://", "http://a b.kz/",
    "https://example.kz/\u202egpj.exe", "https://example.kz:99999/", "", None, 42, "https://x.test/" + "a" * 3000,
])
def test_everything_else_is_refused(url: object) -> None:
    assert safe_http_url(url) is None


def test_clean_text_strips_controls_and_bidi_and_caps() -> None:
    assert clean_text("a\u202eb\x00c\u200bd\n\n e") == "abcd e"
    assert clean_text("x" * 50, 10) == "x" * 9 + "…"
    assert clean_text(None) == ""
    assert display_url("https://example.kz/" + "p" * 200, 40).startswith("example.kz/")
    assert len(display_url("https://example.kz/" + "p" * 200, 40)) == 40


def test_script_hash_is_the_csp_sha256_of_the_exact_text() -> None:
    # Value computed independently: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    assert script_hash("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
    policy = content_security_policy(("alert(1)",))
    assert "script-src 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1]
    assert "default-src 'none'" in policy and "base-uri 'none'" in policy
    assert "script-src 'none'" in content_security_policy()


def test_safe_filename_keeps_slugs_and_disarms_the_rest() -> None:
    assert safe_filename("enu") == "enu"
    assert safe_filename("kaz-nu_2") == "kaz-nu_2"
    evil = safe_filename("../../etc/passwd")
    assert "/" not in evil and ".." not in evil
    assert safe_filename("a/b") != safe_filename("a_b")  # distinct ids stay distinct


def test_display_url_reads_percent_escapes_and_keeps_them_safe() -> None:
    shown = display_url("http://127.0.1.4:52797/upload/2022/03/%D0%9F%D1%80%D0%B0%D0%B2%D0%B8%D0%BB%D0%B0.docx")
    assert shown == "127.0.1.4:52797/upload/2022/03/Правила.docx"
    # An escaped bidi override is removed and a line break made a space, as in any crawled text.
    assert display_url("https://example.kz/a%E2%80%AEb%0Ac") == "example.kz/ab c"
