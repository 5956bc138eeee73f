"""`amends --self-test`: passes on a working installation, fails loudly on a broken one."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop_app import selftest
from desktop_app.cli import main


def test_self_test_passes_every_step_in_process(capsys, qapp):
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    for step in selftest.STEPS:
        assert f"ok  {step}" in out
    assert f"self-test passed: {len(selftest.STEPS)} steps" in out


def test_naming_a_step_runs_it_with_the_steps_it_needs(capsys):
    assert main(["--self-test", "complaint"]) == 0
    out = capsys.readouterr().out
    assert "ok  archive" in out and "ok  complaint" in out
    assert "ok  window" not in out
    assert "self-test passed: 2 steps" in out


def test_a_broken_step_fails_with_a_clear_message_and_exit_code_1(capsys, monkeypatch):
    def broken(run):
        raise OSError("disk full")

    monkeypatch.setitem(selftest.STEPS, "complaint", broken)
    assert main(["--self-test"]) == 1
    captured = capsys.readouterr()
    assert "FAIL complaint: OSError: disk full" in captured.err
    assert "self-test passed" not in captured.out
    assert "Traceback" not in captured.err


def test_a_letter_that_does_not_name_the_customer_fails_the_letter_step(capsys, monkeypatch):
    monkeypatch.setattr(selftest, "_pdf_text", lambda path: "Dear customer")
    assert main(["--self-test", "letter"]) == 1
    assert "FAIL letter: the zh_CN letter does not name 王小明" in capsys.readouterr().err


def test_self_test_never_touches_the_archive_named_by_data_dir(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "--self-test", "complaint"]) == 0
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_step_is_refused_by_the_command_line(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--self-test", "bogus"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'bogus'" in capsys.readouterr().err


def test_a_fresh_process_passes_and_leaves_the_users_home_untouched(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "self-test passed" in done.stdout
    assert list(home.rglob("*")) == []  # no settings, no archive, no cache of the user's
