"""The command line loads a verb's module only when that verb runs, and says the same either way."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from desktop_app import cli, selftest

ROOT = Path(__file__).resolve().parents[2]
NOT_VERBS = {"__init__", "common", "words"}


def _help_lines(parser: argparse.ArgumentParser) -> dict[str, str]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {choice.dest: choice.help for choice in action._choices_actions}


def test_the_verb_table_names_every_verb_with_its_own_help_line():
    full = _help_lines(cli.build_parser())
    assert _help_lines(cli.build_parser(None)) == full
    assert full == {name: text for name, (_module, text) in cli.VERBS.items()}


def test_every_verb_module_is_in_the_table():
    modules = {p.stem for p in (ROOT / "desktop_app" / "cli").glob("*.py")} - NOT_VERBS
    assert modules == {module for module, _text in cli.VERBS.values()}


def test_the_self_test_steps_are_named_alike():
    assert list(cli.SELF_TEST_STEPS) == list(selftest.STEPS)


def test_a_folder_named_like_a_verb_is_not_taken_for_the_verb():
    assert cli._verb_in(["--data-dir", "import", "find", "x"]) == "find"
    assert cli._verb_in(["--self-test"]) is None


def _modules_after(argv: list[str]) -> list[str]:
    code = (f"import sys, json\nfrom desktop_app.cli import main\ntry:\n    main({argv!r})\n"
            "except SystemExit:\n    pass\nprint(json.dumps(sorted(m for m in sys.modules "
            "if m.startswith('desktop_app.cli.') or m == 'desktop_app.selftest')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={"PYTHONPATH": str(ROOT),
                                                      "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_help_lists_every_verb_without_loading_one():
    assert _modules_after(["--help"]) == ["desktop_app.cli.common", "desktop_app.cli.words"]


def test_a_verb_loads_only_its_own_module():
    loaded = _modules_after(["find", "--help"])
    assert "desktop_app.cli.find" in loaded
    assert not {"desktop_app.cli.summary", "desktop_app.cli.letter",
                "desktop_app.selftest"} & set(loaded)
