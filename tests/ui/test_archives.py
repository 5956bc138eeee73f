"""The demo shop lives in a folder of its own, says so, and other archives open beside."""

from __future__ import annotations

from functools import partial

from desktop_app.archive import Archive
from desktop_app.cli import main
from desktop_app.demo import demo_data_dir, fill_demo_shop, is_demo
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui.archives import recent_archives
from tests.ui.conftest import show_main_window


def _entries(window) -> list[str]:
    return [a.text() for a in window.file_menu.actions()]


def test_the_file_menu_offers_other_archives_and_the_demo(main_window):
    texts = _entries(main_window)
    for wanted in ("Open &archive…", "New arc&hive…", "Open the &demo shop",
                   "&Recent archives"):
        assert wanted in texts
    assert texts[-1] == "&Quit"


def test_a_demo_archive_says_demo_shop_in_its_title_and_a_banner(qtbot, archive, settings):
    fill_demo_shop(archive, customers=5, complaints=8)
    window = show_main_window(qtbot, archive, settings)
    assert window.windowTitle().startswith("Demo shop")
    assert window.demo_banner.isVisible() and "Demo shop" in window.demo_banner.text()


def test_a_real_archive_shows_no_demo_banner(main_window):
    assert not main_window.demo_banner.isVisible()
    assert "Demo" not in main_window.windowTitle()


def test_open_the_demo_shop_fills_its_own_folder_and_opens_it_beside(
        qtbot, main_window, archive, tmp_path):
    menu = main_window.tools.archives
    launched = []
    menu.demo_dir = lambda: tmp_path / "Demo shop"
    menu.launch = lambda folder: launched.append(folder) or True
    menu.demo_filler = partial(fill_demo_shop, customers=5, complaints=8)
    menu.demo_action.trigger()
    qtbot.waitUntil(lambda: bool(launched), timeout=30_000)
    assert launched == [tmp_path / "Demo shop"]
    assert archive.cases.count_cases(CaseFilter()) == 0
    demo = Archive.open(tmp_path / "Demo shop" / "amends.db", create=False)
    try:
        assert is_demo(demo) and demo.cases.count_cases(CaseFilter()) == 8
    finally:
        demo.close()
    assert tmp_path / "Demo shop" in recent_archives(main_window.settings.qsettings)


def test_new_archive_makes_one_in_the_chosen_folder_and_remembers_it(main_window, tmp_path):
    menu = main_window.tools.archives
    launched = []
    menu.launch = lambda folder: launched.append(folder) or True
    menu.ask_folder = lambda title: str(tmp_path / "Branch shop")
    (tmp_path / "Branch shop").mkdir()
    menu.new_action.trigger()
    assert launched == [tmp_path / "Branch shop"]
    assert (tmp_path / "Branch shop" / "amends.db").is_file()
    recent = recent_archives(main_window.settings.qsettings)
    assert recent[0] == tmp_path / "Branch shop"
    assert main_window.archive.path.parent in recent  # this window's own is remembered too
    menu.recent_menu.aboutToShow.emit()
    assert [a.text() for a in menu.recent_menu.actions()] == [str(tmp_path / "Branch shop")]


def test_open_archive_refuses_a_folder_without_one(main_window, tmp_path):
    menu = main_window.tools.archives
    launched = []
    menu.launch = lambda folder: launched.append(folder) or True
    (tmp_path / "empty").mkdir()
    menu.ask_folder = lambda title: str(tmp_path / "empty")
    menu.open_action.trigger()
    assert launched == [] and "New archive" in main_window.statusBar().currentMessage()


def test_amends_demo_without_data_dir_writes_the_demo_folder_not_the_default(
        tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("APPDATA", str(tmp_path))
    import desktop_app.demo

    monkeypatch.setattr(desktop_app.demo, "fill_demo_shop",
                        partial(fill_demo_shop, customers=5, complaints=8))
    assert main(["demo"]) == 0
    assert (demo_data_dir() / "amends.db").is_file()
    assert not (demo_data_dir().parent / "amends.db").exists()  # the real archive's place
    assert demo_data_dir().parent == tmp_path / "Amends"
