"""The command lines in deploy/ (systemd service, cron) are ones `adalscan` accepts."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from adalscan.cli import build_parser

DEPLOY = Path(__file__).parent.parent / "deploy"


def service_command(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    return shlex.split(line.removeprefix("ExecStart="))


def cron_commands(path: Path) -> list[list[str]]:
    commands = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "adalscan nightly" not in line:
            continue
        command = line.split(";", 1)[1].split(">>", 1)[0]
        commands.append(shlex.split(command))
    return commands


@pytest.mark.parametrize("command", [service_command(DEPLOY / "adalscan-nightly.service"),
                                     *cron_commands(DEPLOY / "adalscan-nightly.cron")])
def test_deploy_command_lines_parse(command: list[str]) -> None:
    assert command[0].endswith("/adalscan") and command[1] == "nightly"
    args = build_parser().parse_args(command[1:])
    assert args.institutions and args.out
    assert args.partition and args.workers >= 1  # every core, no Redis needed on a single scan host
