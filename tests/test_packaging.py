"""Packaging: icons, .desktop entry, versions, dependency bounds, the .deb and the Windows installer
script, and (slow, opt-in) a real Linux bundle that must pass its own self-test.

The bundle test runs only with AMENDS_PACKAGING_TEST=1; it builds the bundle with PyInstaller
(about a minute), or checks the one AMENDS_BUNDLE names (as .ci/run does after building it).
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
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


def _project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]


def test_the_version_is_the_same_in_pyproject_the_package_and_the_version_resource():
    version = _project()["version"]
    assert version == __version__ == version_info.package_version()
    assert f"StringStruct('FileVersion', '{version}')" in (
        PACKAGING / "version_info.txt").read_text(encoding="utf-8")


def _bounds(requirements: list[str]) -> dict[str, str]:
    """{normalised name: lower bound} of every requirement with a `>=`."""
    found = {}
    for requirement in requirements:
        match = re.match(r"\s*([A-Za-z0-9_.-]+)\s*>=\s*([0-9.]+)", requirement)
        if match:
            found[_name(match[1])] = match[2]
    return found


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("#")[0].split("==")
            pins[_name(name)] = version.strip()
    return pins


def _release(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def test_the_oldest_constraints_pin_exactly_the_lower_bounds():
    # .ci/run installs constraints/oldest.txt and runs the suite: that proves the bounds only if
    # they are the same versions (6.12 -> 6.12.0 or the first 6.12 release, 6.12.0.140).
    project = _project()
    bounds = _bounds(project["dependencies"] + project["optional-dependencies"]["test"])
    pins = _pins(ROOT / "constraints" / "oldest.txt")
    assert set(bounds) <= set(pins), set(bounds) - set(pins)
    for name, bound in bounds.items():
        pinned = _release(pins[name])
        assert pinned[:len(_release(bound))] == _release(bound), (name, bound, pins[name])


def test_the_build_constraints_pin_every_dependency_within_its_range():
    project = _project()
    pins = _pins(ROOT / "constraints" / "build.txt")
    for name, bound in _bounds(project["dependencies"] + project["optional-dependencies"]["dev"]
                               ).items():
        assert name in pins, f"{name} is not pinned in constraints/build.txt"
        assert _release(pins[name]) >= _release(bound), (name, pins[name], bound)


def test_no_dependency_is_the_pyside6_meta_package():
    # It pulls in Qt WebEngine (278 MB installed) that Amends never uses.
    names = {_name(re.split(r"[<>=!~;\[ ]", requirement)[0])
             for requirement in _project()["dependencies"]}
    assert "pyside6" not in names
    assert {"pyside6-essentials", "pyside6-addons", "pyside6-pdf"} <= names


def _stub_bundle(folder: Path, version: str) -> Path:
    bundle = folder / "amends"
    bundle.mkdir(parents=True)
    program = bundle / "amends"
    program.write_text(f"#!/bin/sh\necho 'Amends {version}'\n", encoding="utf-8")
    program.chmod(0o755)
    return bundle


def _build_deb(bundle: Path, dist: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(PACKAGING / "build_deb.sh"), "--bundle", str(bundle),
                           "--dist", str(dist)], capture_output=True, text=True, timeout=300)


needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")


@needs_dpkg
def test_the_deb_installs_under_opt_with_a_menu_entry_an_icon_and_a_command(tmp_path):
    done = _build_deb(_stub_bundle(tmp_path, __version__), tmp_path / "dist")
    assert done.returncode == 0, done.stdout + done.stderr
    (deb,) = (tmp_path / "dist").glob("amends_*.deb")
    assert deb.name.startswith(f"amends_{__version__}_")
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"],
                            capture_output=True, text=True, check=True).stdout
    assert "Package: amends" in fields and f"Version: {__version__}" in fields
    assert "libc6 (>= " in fields
    tree = tmp_path / "tree"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
    assert (tree / "opt/amends/amends").is_file()
    link = tree / "usr/bin/amends"
    assert link.is_symlink() and link.resolve() == (tree / "opt/amends/amends").resolve()
    assert (tree / "usr/share/applications/amends.desktop").is_file()
    assert (tree / "usr/share/icons/hicolor/256x256/apps/amends.png").is_file()
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout.split() == [
        "Amends", __version__]
    # No maintainer scripts: removing the package removes exactly the files it installed.
    control = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True).stdout
    assert not re.search(r"\b(preinst|postinst|prerm|postrm)\b", control)


@needs_dpkg
def test_the_deb_is_refused_when_the_bundle_has_another_version(tmp_path):
    done = _build_deb(_stub_bundle(tmp_path, "9.9.9"), tmp_path / "dist")
    assert done.returncode != 0
    assert "9.9.9" in done.stderr and not list((tmp_path / "dist").glob("*.deb"))


@needs_dpkg
@pytest.mark.skipif(not os.environ.get("AMENDS_DEB"), reason="AMENDS_DEB names a built .deb")
def test_the_built_deb_carries_the_package_version():
    deb = Path(os.environ["AMENDS_DEB"])
    version = subprocess.run(["dpkg-deb", "-f", str(deb), "Version"], capture_output=True,
                             text=True, check=True).stdout.strip()
    assert version == __version__ == _project()["version"]
    assert deb.name.startswith(f"amends_{__version__}_")


@pytest.mark.skipif(shutil.which("makensis") is None, reason="needs makensis (Debian: nsis)")
def test_the_windows_installer_script_compiles_against_a_bundle_tree(tmp_path):
    bundle = tmp_path / "amends"
    (bundle / "_internal" / "resources" / "icons").mkdir(parents=True)
    shutil.copy(ICONS / "amends.ico", bundle / "_internal" / "resources" / "icons")
    for program in ("amends.exe", "amends-cli.exe"):
        (bundle / program).write_bytes(b"MZ stub")
    setup = tmp_path / "amends-windows-x64.exe"  # "setup.exe" would draw makensis warning 9000
    done = subprocess.run(["makensis", "-V2", "-WX", f"-DVERSION={__version__}",
                           f"-DBUNDLE={bundle}", f"-DOUTFILE={setup}",
                           str(PACKAGING / "amends.nsi")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert setup.stat().st_size > 50_000


def test_the_windows_installer_is_per_user_and_keeps_the_archive():
    script = (PACKAGING / "amends.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\Amends"' in script
    uninstall = script[script.index('Section "Uninstall"'):]
    assert "APPDATA" not in uninstall.replace("$(KEPT)", "")
    assert 'RMDir /r "$INSTDIR"' not in uninstall  # never the whole folder


def test_signing_comes_before_packaging_with_a_timestamp():
    windows = (PACKAGING / "build_windows.ps1").read_text(encoding="utf-8")
    assert "/tr" in windows
    assert windows.index('Invoke-Checked "signtool"') < windows.index("Invoke-Checked $MakeNsis")
    macos = (PACKAGING / "build_macos.sh").read_text(encoding="utf-8")
    sign, dmg = macos.index("codesign --force --deep"), macos.index("hdiutil create")
    notarize = macos.index("notarytool submit")
    assert sign < dmg < notarize
    assert "--timestamp" in macos and "--entitlements" in macos
    assert 'ln -s /Applications' in macos


def _bundle(tmp_path) -> Path:
    """AMENDS_BUNDLE (a bundle .ci/run already built), or a fresh build with build_linux.sh."""
    if os.environ.get("AMENDS_BUNDLE"):
        return Path(os.environ["AMENDS_BUNDLE"])
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("needs PyInstaller (or AMENDS_BUNDLE=<a built bundle>)")
    dist, work = tmp_path / "dist", tmp_path / "build"
    # --no-venv builds with this interpreter, whose environment already has every dependency.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    build = subprocess.run(
        ["bash", str(PACKAGING / "build_linux.sh"), "--no-venv", "--dist", str(dist),
         "--work", str(work)],
        capture_output=True, text=True, env=env, timeout=1200,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert list(dist.glob(f"amends-{__version__}-linux-*.tar.gz"))
    return dist / "amends"


@pytest.mark.slow
@pytest.mark.timeout(1500)  # building the bundle takes minutes (its own build has 1200 s)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle")
@pytest.mark.skipif(os.environ.get("AMENDS_PACKAGING_TEST") != "1",
                    reason="slow: set AMENDS_PACKAGING_TEST=1 to build the bundle")
def test_the_linux_bundle_builds_and_passes_its_self_test(tmp_path):
    bundle = _bundle(tmp_path)
    program = bundle / "amends"
    assert (bundle / "amends.desktop").is_file()
    assert not [path for path in bundle.rglob("*") if path.is_symlink() and not path.exists()]
    assert not list(bundle.rglob("*.ts"))

    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True,
                             env=env, timeout=120)
    assert version.stdout.split()[1] == __version__
    done = subprocess.run([str(program), "--self-test"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test (frozen)" in done.stdout
    for step in selftest.STEPS:
        assert f"ok  {step}" in done.stdout
    assert f"self-test passed: {len(selftest.STEPS)} steps" in done.stdout
    assert "propagateSizeHints" not in done.stdout + done.stderr
