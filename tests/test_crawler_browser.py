"""Which Chromium binary renders pages: the configured one, else Debian's headless shell, else the full browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler import browser


def test_a_configured_binary_is_used_as_given() -> None:
    assert browser.chromium_executable("/opt/other/chrome") == "/opt/other/chrome"


def test_the_headless_shell_is_preferred_where_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shell = tmp_path / "chromium-headless-shell"
    shell.write_text("#!/bin/sh\n")
    shell.chmod(0o755)
    monkeypatch.setattr(browser, "HEADLESS_SHELL", str(shell))
    assert browser.chromium_executable("") == str(shell)
    assert browser.chromium_executable(None) == str(shell)
    monkeypatch.setattr(browser, "HEADLESS_SHELL", str(tmp_path / "absent"))
    assert browser.chromium_executable("") == browser.FULL_BROWSER
