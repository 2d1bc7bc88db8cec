"""Which Chromium renders pages and takes screenshots: Debian's packages, never a downloaded browser."""

from __future__ import annotations

import os

# Debian's build of Chromium's old headless shell (package chromium-headless-shell), which Playwright itself
# uses for headless pages: a rendered page cost it half the CPU of the full browser (30 renders of a
# simulated site's page: 1.8 s against 3.7 s of CPU in Chromium's processes). The full browser (package
# chromium) is the fall-back.
HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"
FULL_BROWSER = "/usr/bin/chromium"


def chromium_executable(configured: object = "") -> str:
    """ADALSCAN_CHROMIUM when set; else the headless shell where installed, else the full browser."""
    if configured:
        return str(configured)
    return HEADLESS_SHELL if os.access(HEADLESS_SHELL, os.X_OK) else FULL_BROWSER
