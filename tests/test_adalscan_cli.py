"""CLI contract: exit codes and one-line messages for runs that cannot be done (interface.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from adalscan.cli import build_parser, main

ROOT = Path(__file__).parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "adalscan.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_missing_column_exits_2_naming_the_file(tmp_path: Path) -> None:
    reg = tmp_path / "reg.csv"
    reg.write_text("id,type\nx,college\n", encoding="utf-8")
    proc = run_cli("scan", "--institutions", str(reg), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert f"adalscan: error: {reg}:1: missing column(s) website, name_kk, name_ru" in proc.stderr
    assert not (tmp_path / "out").exists()  # nothing half-made


def test_unreadable_registry_exits_2(tmp_path: Path) -> None:
    proc = run_cli("scan", "--institutions", str(tmp_path / "nope.csv"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "no such file" in proc.stderr


def test_unknown_only_id_exits_2() -> None:
    assert main(["scan", "--institutions", str(ROOT / "institutions.csv"), "--out", "/tmp/x",
                 "--only", "enu,not-a-real-id"]) == 2


def test_unwritable_out_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["scan", "--institutions", str(ROOT / "institutions.csv"), "--out", str(blocker / "sub"),
                 "--only", "enu"]) == 2
    assert "cannot create the run folder" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["scan", "--institutions", "institutions.csv", "--out", "o", "--as-of", "2026-13-01"],
    ["scan", "--institutions", "institutions.csv", "--out", "o", "-s", "NOEQUALS"],
    ["detect", "x.pdf", "--url", "https://example.kz/", "--type", "school"],
])
def test_bad_arguments_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(argv)
    assert exc.value.code == 2


def test_every_command_has_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, choice in sub.choices.items():  # type: ignore[union-attr]
        assert choice.format_help().strip(), name
        assert any(h.dest == name for h in sub._choices_actions), f"{name} has no summary line"
