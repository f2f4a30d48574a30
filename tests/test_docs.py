"""Docs stay honest: every command the README documents exists, and every command is documented."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from chancery.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented_in_the_readme() -> None:
    documented = set(re.findall(r"^### `chancery (\w+)", README, flags=re.M))
    assert documented == set(main.commands), (documented ^ set(main.commands))


def test_documented_options_exist() -> None:
    for cmd, line in re.findall(r"^### `chancery (\w+)([^`]*)`", README, flags=re.M):
        help_text = CliRunner().invoke(main, [cmd, "--help"]).output
        for option in re.findall(r"--[a-z][a-z-]*", line):
            assert option in help_text, f"README documents {option} for `chancery {cmd}`"


def test_quick_start_has_exactly_two_commands_and_they_exist() -> None:
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines() if line.strip()]
    assert len(commands) == 2
    for command in commands:
        script = command.split()[1]
        assert (ROOT / script).is_file(), script
    assert "scripts/test.sh" in commands[1]
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
