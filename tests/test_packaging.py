"""Packaging: the icon files, the .desktop entry, the Windows version resource, and (slow, opt-in)
a real Linux bundle built with PyInstaller that must pass its own self-test.

The bundle test takes about a minute and needs PyInstaller, so it runs only with
AMENDS_PACKAGING_TEST=1 (e.g. `AMENDS_PACKAGING_TEST=1 python -m pytest tests/test_packaging.py`).
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__, selftest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(PACKAGING))

import version_info  # noqa: E402  (packaging/version_info.py)


def test_every_png_icon_has_the_size_its_name_says():
    from PIL import Image

    for size in (16, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"amends-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"


def test_the_windows_icon_holds_every_size_from_16_to_256():
    from PIL import Image

    with Image.open(ICONS / "amends.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])


def test_the_macos_icon_holds_retina_sizes():
    from PIL import Image

    with Image.open(ICONS / "amends.icns") as icon:
        assert (512, 512, 2) in icon.info["sizes"]


def test_the_desktop_entry_launches_amends_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in .desktop files
    entry.read(PACKAGING / "amends.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "amends"
    assert desktop["Icon"] == "amends"
    assert desktop["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (Debian: desktop-file-utils) is not installed")
def test_the_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run(["desktop-file-validate", str(PACKAGING / "amends.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_committed_windows_version_file_matches_the_package_version():
    assert version_info.package_version() == __version__
    expected = version_info.render(__version__)
    assert (PACKAGING / "version_info.txt").read_text(encoding="utf-8") == expected, (
        "run `python packaging/version_info.py` and commit packaging/version_info.txt")


@pytest.mark.parametrize("version, numbers", [
    ("0.1.0", "(0, 1, 0, 0)"), ("2.10", "(2, 10, 0, 0)"), ("1.2.3rc1", "(1, 2, 3, 0)"),
])
def test_the_windows_version_has_four_numbers(version, numbers):
    assert f"filevers={numbers}" in version_info.render(version)


def test_the_windows_version_file_is_one_vsversioninfo_expression():
    # PyInstaller eval()s the file; its reader module imports Windows-only packages, so the
    # shape is checked here with ast and the real read happens in the Windows build.
    text = (PACKAGING / "version_info.txt").read_text(encoding="utf-8")
    tree = ast.parse(text, mode="eval")
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    assert f"StringStruct('ProductVersion', '{__version__}')" in text


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle")
@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="needs PyInstaller")
@pytest.mark.skipif(os.environ.get("AMENDS_PACKAGING_TEST") != "1",
                    reason="slow: set AMENDS_PACKAGING_TEST=1 to build the bundle")
def test_the_linux_bundle_builds_and_passes_its_self_test(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "build"
    # --no-venv builds with this interpreter, whose environment already has every dependency.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    build = subprocess.run(
        ["bash", str(PACKAGING / "build_linux.sh"), "--no-venv", "--dist", str(dist),
         "--work", str(work)],
        capture_output=True, text=True, env=env, timeout=1200,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    program = dist / "amends" / "amends"
    assert (dist / "amends" / "amends.desktop").is_file()
    assert list(dist.glob(f"amends-{__version__}-linux-*.tar.gz"))

    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([str(program), "--self-test"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test (frozen)" in done.stdout
    for step in selftest.STEPS:
        assert f"ok  {step}" in done.stdout
    assert f"self-test passed: {len(selftest.STEPS)} steps" in done.stdout
