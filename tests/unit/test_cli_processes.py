"""The `amends` process as a shell sees it: busy archives, closed pipes, Ctrl+C, full and
write-protected disks. Each test runs real `python -m desktop_app` processes.

A busy archive: another connection holds BEGIN IMMEDIATE. AMENDS_BUSY_WAIT=0 makes a verb give up
after SQLite's own 5 s wait instead of retrying for 30 s; the processes run side by side, so the
whole test waits about that once.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.archive import Archive
from desktop_app.cli import main
from desktop_app.domain.model import FollowUpMethod
from desktop_app.domain.queries import CaseFilter
from tests.conftest import complaint_input, customer_input

ROOT = Path(__file__).resolve().parents[2]
READERS = {
    "followups": [],
    "export": ["customers", "--out", "{tmp}/c.csv"],
    "summary": ["--month", date.today().strftime("%Y-%m"), "--out", "{tmp}/s.pdf"],
    "case-sheet": ["{ref}", "--out", "{tmp}/cs.pdf"],
    "job-tag": ["{ref}", "--out", "{tmp}/jt.pdf"],
    "intake-form": ["--out", "{tmp}/if.pdf"],
    "backup": ["--to", "{tmp}/elsewhere"],
}


def amends(tmp: Path, *argv: str, wait: float = 0, buffered: bool = False,
           **popen) -> subprocess.Popen:
    env = dict(os.environ, AMENDS_BUSY_WAIT=str(wait), LANG="C.UTF-8", LANGUAGE="")
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    if buffered:  # as for a shop owner: output reaches the pipe at the flush, not at print
        env.pop("PYTHONUNBUFFERED", None)
    else:
        env["PYTHONUNBUFFERED"] = "1"
    for name in ("HOME", "XDG_DATA_HOME", "APPDATA", "USERPROFILE"):
        env[name] = str(tmp / "home")
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen([sys.executable, "-m", "desktop_app", *argv], cwd=ROOT, env=env,
                            text=True, **popen)


def make_shop(folder: Path, follow_ups: int = 1) -> str:
    """An archive with one case and `follow_ups` follow-ups due today; returns the case ref."""
    archive = Archive.open(folder / "amends.db")
    try:
        staff = archive.add_staff("李娜").id
        case = archive.cases.record_complaint(customer_input(), complaint_input(received_by=staff),
                                        staff)
        archive.follow_ups.schedule_follow_up(case.id, date.today(), FollowUpMethod.PHONE, staff)
        with archive.transaction():  # many rows at once: plain inserts, as the tests of letters
            archive.db["follow_ups"].insert_all(
                {"complaint_id": case.id, "due_on": date.today().isoformat()}
                for _ in range(follow_ups - 1))
        return case.ref
    finally:
        archive.close()


def letters_of(folder: Path, ref: str) -> int:
    archive = Archive.open(folder / "amends.db")
    try:
        return len(archive.letters.letters(archive.cases.complaint_by_ref(ref).id))
    finally:
        archive.close()


def hold_write_lock(path: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_busy_archive_makes_writers_wait_then_give_up_while_readers_carry_on(tmp_path):
    shop, empty = tmp_path / "shop", tmp_path / "empty"
    ref = make_shop(shop)
    Archive.open(empty / "amends.db").close()
    (tmp_path / "new.csv").write_text("name,phone\nOlivia Brown,139 1111 2222\n", "utf-8")
    holders = [hold_write_lock(shop / "amends.db"), hold_write_lock(empty / "amends.db")]
    dd = ["--data-dir", str(shop)]
    giving_up = {
        "letter": amends(tmp_path, "letter", ref, "--kind", "apology", "--out",
                         str(tmp_path / "busy.pdf"), *dd),
        "import": amends(tmp_path, "import", "customers", str(tmp_path / "new.csv"), *dd),
        "demo": amends(tmp_path, "demo", "--data-dir", str(empty)),
    }
    patient = amends(tmp_path, "letter", ref, "--kind", "apology", "--out",
                     str(tmp_path / "later.pdf"), *dd, wait=60)
    (tmp_path / "bk").mkdir()
    also = {"backup": ["--to", "{tmp}/bk"], "check": []}  # they read; they write no archive
    readers = {verb: amends(tmp_path, verb, *[a.format(tmp=tmp_path, ref=ref) for a in argv],
                            *dd) for verb, argv in {**READERS, **also}.items()}
    for verb, process in readers.items():
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, (verb, err)
    for verb, process in giving_up.items():
        out, err = process.communicate(timeout=60)
        assert process.returncode == 2, (verb, err)
        assert "stayed busy" in err and "Traceback" not in err, verb
    waiting = patient.stderr.readline()
    for holder in holders:
        holder.execute("ROLLBACK")
        holder.close()
    out, err = patient.communicate(timeout=60)
    assert "Waiting for the archive" in waiting
    assert patient.returncode == 0, err
    assert not (tmp_path / "busy.pdf").exists() and (tmp_path / "later.pdf").exists()
    assert letters_of(shop, ref) == 1  # the patient letter only
    assert not (tmp_path / "home").exists()
    for folder, nothing_new in (
        (empty, lambda a: a.cases.count_cases(CaseFilter()) == 0),
        (shop, lambda a: a.customers.customer_by_phone("139 1111 2222") is None),
    ):
        archive = Archive.open(folder / "amends.db")
        try:
            assert nothing_new(archive), folder
        finally:
            archive.close()


@pytest.mark.parametrize("buffered", [True, False])
@pytest.mark.parametrize("argv", [["followups"], ["--help"], ["followups", "--help"]])
def test_a_reader_that_went_away_before_the_first_line_is_quiet(tmp_path, argv, buffered):
    make_shop(tmp_path / "shop")
    process = amends(tmp_path, *argv, "--data-dir", str(tmp_path / "shop"), buffered=buffered)
    process.stdout.close()  # before the process has printed anything
    err = process.stderr.read()
    # 141 = 128 + SIGPIPE, as a shell reports for any tool; argparse itself swallows a failed
    # write of --help when output is unbuffered, and then ends with 0.
    expected = {141} if buffered or "--help" not in argv else {0, 141}
    assert process.wait(timeout=60) in expected
    assert err == ""


@pytest.mark.parametrize("buffered", [True, False])
def test_ten_thousand_lines_into_head_stop_quietly(tmp_path, buffered):
    make_shop(tmp_path / "shop", follow_ups=10_000)
    process = amends(tmp_path, "followups", "--data-dir", str(tmp_path / "shop"),
                     buffered=buffered)
    assert process.stdout.readline().startswith("Follow-ups")
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=60) == 141
    assert err == ""


def test_ctrl_c_during_the_demo_exits_130_and_writes_no_half_shop(tmp_path):
    folder = tmp_path / "demo"
    process = amends(tmp_path, "demo", "--data-dir", str(folder))
    deadline = time.monotonic() + 30
    while not (folder / "amends.db").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # into the generator, which needs seconds for 1,500 complaints
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err and out == ""
    archive = Archive.open(folder / "amends.db")
    try:
        assert archive.cases.count_cases(CaseFilter()) == 0
    finally:
        archive.close()


# Write-protected and full media (need root for `mount`; skipped elsewhere) ---------------------

@pytest.fixture
def english(monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def mount(tmp_path, english):
    """mount(*args, target): runs `mount` and unmounts at the end; skips where it cannot."""
    mounted: list[Path] = []

    def run(*args: str, target: Path) -> Path:
        target.mkdir(exist_ok=True)
        if os.geteuid() != 0 or subprocess.run(["mount", *args, str(target)],
                                               capture_output=True).returncode:
            pytest.skip("needs root and mount (a read-only bind mount, a small tmpfs)")
        mounted.append(target)
        return target

    yield run
    for target in reversed(mounted):
        subprocess.run(["umount", "-l", str(target)], check=False)


def test_read_only_verbs_work_on_a_write_protected_folder(tmp_path, mount, capsys):
    ref = make_shop(tmp_path / "shop")
    stick = mount("--bind", "-o", "ro", str(tmp_path / "shop"), target=tmp_path / "stick")
    subprocess.run(["mount", "-o", "remount,ro,bind", str(stick)], check=True)
    before = sorted(p.name for p in stick.iterdir())
    for verb, argv in READERS.items():
        argv = [a.format(tmp=tmp_path, ref=ref) for a in argv]
        assert main([verb, *argv, "--data-dir", str(stick)]) == 0, capsys.readouterr().err
    out = tmp_path / "letter.pdf"
    assert main(["letter", ref, "--kind", "apology", "--out", str(out),
                 "--data-dir", str(stick)]) == 0
    assert "not logged on its case" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    csv = tmp_path / "new.csv"
    csv.write_text("name,phone\nOlivia Brown,139 1111 2222\n", encoding="utf-8")
    assert main(["import", "customers", str(csv), "--data-dir", str(stick)]) == 2
    assert f"The archive's folder {stick} cannot be written to" in capsys.readouterr().err
    assert sorted(p.name for p in stick.iterdir()) == before


def test_a_full_disk_writes_no_letter_and_logs_none(tmp_path, mount, capsys):
    disk = mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", target=tmp_path / "disk")
    ref = make_shop(tmp_path / "shop")
    shutil.copy(tmp_path / "shop" / "amends.db", disk / "amends.db")
    reader = sqlite3.connect(disk / "amends.db")  # keeps -wal and -shm in place while full
    reader.execute("SELECT COUNT(*) FROM complaints").fetchone()
    with open(disk / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass
    out = tmp_path / "letter.pdf"
    code = main(["letter", ref, "--kind", "apology", "--out", str(out), "--data-dir", str(disk)])
    err = capsys.readouterr().err
    reader.close()
    (disk / "filler").unlink()
    assert code == 2
    assert "disk is full" in err and "not written" in err and "Traceback" not in err
    assert not out.exists() and not (tmp_path / "letter.pdf.part").exists()
    assert letters_of(disk, ref) == 0


def test_two_programs_probing_a_folder_at_once_both_find_it_writable(tmp_path):
    """Each write probe has a name of its own: with one shared name, one program could delete
    the other's probe and take a writable folder for a read-only one (a busy-archive test saw
    `amends letter` print its letter unlogged, "the archive is read-only here")."""
    import threading

    from desktop_app.archive.integrity import folder_writable

    verdicts: list[bool] = []
    start = threading.Barrier(8)

    def probe() -> None:
        start.wait()
        verdicts.extend(folder_writable(tmp_path) for _ in range(300))

    threads = [threading.Thread(target=probe) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(verdicts) == 2400 and all(verdicts)
    assert list(tmp_path.iterdir()) == []  # no probe left behind
