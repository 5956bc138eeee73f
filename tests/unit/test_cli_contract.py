"""The command line as a contract: every verb, every placement of --data-dir, every hostile folder.

Verbs are discovered from the parser, so a new verb fails `example()` until it is given one here.
Each test points HOME, XDG_DATA_HOME and APPDATA at a folder that must stay uncreated: a verb that
fell back to the default archive would show up there.
"""

from __future__ import annotations

import argparse
import functools
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

import desktop_app.demo
from desktop_app.archive import Archive
from desktop_app.archive.backup import take_backup
from desktop_app.cli import build_parser, main
from desktop_app.domain.model import FollowUpMethod
from desktop_app.domain.queries import CaseFilter
from tests.conftest import complaint_input, customer_input


def verb_parsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


VERBS = sorted(verb_parsers())
# Verbs that judge a damaged archive themselves (check answers 1, restore replaces it) and whose
# own tests cover that; every other verb opens through cli.common.open_archive.
OWN_OPENING = {"check", "restore"}
CREATORS = {"demo", "import"}  # the only verbs that may make a new archive


@dataclass
class Shop:
    folder: Path
    ref: str
    backup: Path
    tmp: Path

    def archive(self) -> Archive:
        return Archive.open(self.folder / "amends.db")


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """The default data folder lives under here; it must never be created."""
    home = tmp_path / "home"
    for name in ("HOME", "XDG_DATA_HOME", "APPDATA", "USERPROFILE"):
        monkeypatch.setenv(name, str(home))
    monkeypatch.setenv("AMENDS_BUSY_WAIT", "0")
    monkeypatch.setenv("LANG", "C.UTF-8")  # messages follow the locale: pin it to English
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    yield home
    assert not home.exists(), "a verb touched the default data folder"


@pytest.fixture(autouse=True)
def small_demo(monkeypatch):
    """The real demo generator, with a few complaints instead of 1,500: same code path, fast."""
    real = desktop_app.demo.fill_demo_shop
    monkeypatch.setattr(desktop_app.demo, "fill_demo_shop",
                        functools.partial(real, customers=6, complaints=12))


@pytest.fixture
def shop(tmp_path) -> Shop:
    """A shop with one case that has a follow-up due today, and a backup of it."""
    folder = tmp_path / "shop"
    archive = Archive.open(folder / "amends.db")
    staff = archive.add_staff("李娜").id
    case = archive.cases.record_complaint(
        customer_input(), complaint_input(received_by=staff), staff
    )
    archive.follow_ups.schedule_follow_up(case.id, date.today(), FollowUpMethod.PHONE, staff)
    (tmp_path / "old-backups").mkdir()
    backup = take_backup(archive.path, tmp_path / "old-backups", datetime.now())
    archive.close()
    return Shop(folder, case.ref, backup.path, tmp_path)


@dataclass
class Example:
    argv: list[str]
    effect: Callable[[str], bool]  # given stdout: did the verb do its work in the folder?
    folder: Path | None = None  # default: the shop's folder


def _pdf(path: Path) -> Callable[[str], bool]:
    return lambda out: path.read_bytes().startswith(b"%PDF")


def _logged(shop: Shop) -> bool:
    archive = shop.archive()
    try:
        return len(archive.letters.letters(archive.cases.complaint_by_ref(shop.ref).id)) == 1
    finally:
        archive.close()


def _has_customer(shop: Shop, phone: str) -> bool:
    archive = shop.archive()
    try:
        return archive.customers.customer_by_phone(phone) is not None
    finally:
        archive.close()


def _has_cases(folder: Path) -> bool:
    archive = Archive.open(folder / "amends.db")
    try:
        return archive.cases.count_cases(CaseFilter()) > 0
    finally:
        archive.close()


def example(verb: str, shop: Shop) -> Example:
    """A real use of `verb` on the shop, and how to see that it worked there."""
    t = shop.tmp
    csv = t / "new.csv"
    csv.write_text("name,phone\nOlivia Brown,139 1111 2222\n", encoding="utf-8")
    examples = {
        "demo": lambda: Example([], lambda out: _has_cases(t / "fresh"), t / "fresh"),
        "letter": lambda: Example([shop.ref, "--kind", "apology", "--out", str(t / "l.pdf")],
                                  lambda out: _pdf(t / "l.pdf")(out) and _logged(shop)),
        "message": lambda: Example([shop.ref, "--kind", "apology", "--lang", "en"],
                                   lambda out: shop.ref in out),
        "backup": lambda: Example(["--to", str(t / "bk")],
                                  lambda out: any((t / "bk").glob("amends-*.db"))),
        "restore": lambda: Example([str(shop.backup)], lambda out: str(shop.folder) in out),
        "check": lambda: Example([], lambda out: str(shop.folder / "amends.db") in out),
        "followups": lambda: Example([], lambda out: "王小明" in out),
        "import": lambda: Example(["customers", str(csv)],
                                  lambda out: _has_customer(shop, "139 1111 2222")),
        "export": lambda: Example(["customers", "--out", str(t / "c.csv")],
                                  lambda out: "王小明" in (t / "c.csv").read_text("utf-8-sig")),
        "summary": lambda: Example(["--month", date.today().strftime("%Y-%m"), "--out",
                                    str(t / "s.pdf")], _pdf(t / "s.pdf")),
        "case-sheet": lambda: Example([shop.ref, "--out", str(t / "cs.pdf")], _pdf(t / "cs.pdf")),
        "job-tag": lambda: Example([shop.ref, "--out", str(t / "jt.pdf")], _pdf(t / "jt.pdf")),
        "intake-form": lambda: Example(["--out", str(t / "if.pdf")], _pdf(t / "if.pdf")),
        "find": lambda: Example(["王小明"], lambda out: shop.ref in out),
        "alerts": lambda: Example(["--json"], lambda out: out.lstrip().startswith("[")),
        "export-customer": lambda: Example(["13800138000", "--out", str(t / "c.zip")],
                                           lambda out: zipfile.is_zipfile(t / "c.zip")),
        "erase-customer": lambda: Example(["13800138000", "--yes"],
                                          lambda out: not _has_customer(shop, "138 0013 8000")),
    }
    assert verb in examples, f"give the new verb {verb!r} an example in this test"
    return examples[verb]()


def placed(verb: str, argv: list[str], folder: Path, placement: str) -> list[str]:
    data_dir = ["--data-dir", str(folder)]
    return [*data_dir, verb, *argv] if placement == "before" else [verb, *argv, *data_dir]


@pytest.mark.parametrize("placement", ["before", "after"])
@pytest.mark.parametrize("verb", VERBS)
def test_every_verb_acts_on_the_data_dir_given_before_or_after_it(verb, placement, shop,
                                                                   capsys):
    used = example(verb, shop)
    code = main(placed(verb, used.argv, used.folder or shop.folder, placement))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert used.effect(out)


def _minimal_argv(parser: argparse.ArgumentParser) -> list[str]:
    """The least a verb needs to parse: its positionals and required options."""
    argv = []
    for action in parser._actions:
        value = str(next(iter(action.choices))) if action.choices else "X"
        if not action.option_strings and action.nargs not in ("?", "*"):
            argv.append(value)
        elif action.required:
            argv += [action.option_strings[0], value]
    return argv


def _shared_options() -> list[tuple[str, str]]:
    """(verb, option) for every option that may be given both before and after a verb."""
    main_parser = build_parser()
    before = {s for a in main_parser._actions for s in a.option_strings} - {"-h", "--help"}
    return [(verb, option) for verb, parser in sorted(verb_parsers().items())
            for action in parser._actions for option in action.option_strings
            if option in before]


@pytest.mark.parametrize(("verb", "option"), _shared_options())
def test_an_option_given_before_the_verb_is_not_overwritten_by_the_verbs_default(verb, option):
    parser = build_parser()
    sub = verb_parsers()[verb]
    dest = next(a.dest for a in sub._actions if option in a.option_strings)
    minimal = _minimal_argv(sub)
    assert getattr(parser.parse_args([option, "V", verb, *minimal]), dest) == "V"
    assert getattr(parser.parse_args([verb, *minimal, option, "V"]), dest) == "V"
    assert getattr(parser.parse_args([option, "A", verb, *minimal, option, "B"]), dest) == "B"
    assert getattr(parser.parse_args([verb, *minimal]), dest) is None


def test_every_verb_shares_data_dir_with_the_main_parser():
    assert {verb for verb, option in _shared_options() if option == "--data-dir"} == set(VERBS)


# Hostile folders -------------------------------------------------------------------------------

def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


def _hostile(kind: str, tmp: Path) -> Path:
    folder = tmp / kind
    if kind == "a-file":
        folder.write_text("not a folder")
    elif kind != "missing":
        folder.mkdir()
    if kind == "zero-length":
        (folder / "amends.db").write_bytes(b"")
    if kind == "not-a-database":
        (folder / "amends.db").write_bytes(b"Hello, I am a spreadsheet.\n" * 200)
    return folder


def _run_hostile(verb: str, kind: str, shop: Shop, capsys) -> tuple[int, str, Path]:
    used = example(verb, shop)
    folder = _hostile(kind, shop.tmp)
    before = _files(shop.tmp)
    code = main([verb, *used.argv, "--data-dir", str(folder)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert _files(shop.tmp) == before, "a refused verb created or removed files"
    return code, err, folder


@pytest.mark.parametrize("kind", ["missing", "empty"])
@pytest.mark.parametrize("verb", sorted(set(VERBS) - CREATORS - {"restore"}))
def test_a_verb_refuses_a_folder_without_an_archive_and_creates_nothing(verb, kind, shop,
                                                                       capsys):
    code, err, folder = _run_hostile(verb, kind, shop, capsys)
    assert code == 2
    assert f"There is no archive in {folder}" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("kind", ["zero-length", "not-a-database"])
@pytest.mark.parametrize("verb", sorted(set(VERBS) - OWN_OPENING))
def test_a_damaged_archive_is_named_damaged_and_left_as_it_was(verb, kind, shop, capsys):
    code, err, folder = _run_hostile(verb, kind, shop, capsys)
    assert code == 2
    assert "is damaged" in err and "amends check" in err and "amends restore" in err
    (shop.tmp / "reference").mkdir()
    as_it_was = _hostile(kind, shop.tmp / "reference") / "amends.db"
    assert (folder / "amends.db").read_bytes() == as_it_was.read_bytes()


@pytest.mark.parametrize("verb", sorted(set(VERBS) - OWN_OPENING))
def test_a_data_dir_that_is_a_file_is_refused(verb, shop, capsys):
    code, err, folder = _run_hostile(verb, "a-file", shop, capsys)
    assert code == 2
    assert f"{folder} is a file, not a folder" in err


def test_messages_follow_a_chinese_locale(shop, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    assert main(["followups", "--data-dir", str(shop.tmp / "typo")]) == 2
    traditional = capsys.readouterr().err
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["followups", "--data-dir", str(shop.tmp / "typo")]) == 2
    simplified = capsys.readouterr().err
    assert "There is no archive" not in simplified + traditional
    assert str(shop.tmp / "typo") in simplified and simplified != traditional


def test_an_interrupted_verb_exits_130_without_a_traceback(shop, capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("desktop_app.cli.followups.render", interrupted)
    assert main(["followups", "--data-dir", str(shop.folder)]) == 130
    assert capsys.readouterr().err == ""


def test_a_bug_is_one_plain_line_not_a_traceback(shop, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr("desktop_app.cli.followups.render", broken)
    assert main(["followups", "--data-dir", str(shop.folder)]) == 2
    err = capsys.readouterr().err
    assert "unexpected error" in err and "ValueError: boom" in err and err.count("\n") == 1


# Help ------------------------------------------------------------------------------------------

def test_the_main_help_lists_every_verb_with_a_line_about_it(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for choice in action._choices_actions:
        assert choice.help, f"{choice.dest} has no one-line description"
        assert choice.dest in out and choice.help.split()[0] in out
    assert "before or after the command" in out


@pytest.mark.parametrize("verb", VERBS)
def test_each_verbs_help_documents_all_its_options(verb, capsys):
    with pytest.raises(SystemExit) as done:
        main([verb, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for action in verb_parsers()[verb]._actions:
        assert action.help, f"amends {verb}: {action.option_strings or action.dest} has no help"
        for option in action.option_strings:
            assert option in out


@pytest.mark.parametrize("placement", ["before", "after"])
@pytest.mark.parametrize("verb", VERBS)
def test_an_empty_data_dir_is_refused_not_read_as_the_default(verb, placement, shop, capsys):
    used = example(verb, shop)
    argv = (["--data-dir", "", verb, *used.argv] if placement == "before"
            else [verb, *used.argv, "--data-dir", ""])
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    assert "--data-dir: it is empty" in capsys.readouterr().err
