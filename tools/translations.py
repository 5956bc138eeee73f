"""Refresh the translation sources and compile them: how resources/translations is regenerated.

Usage (from the repository root, in the project's virtual environment):

    python tools/translations.py            # lupdate: collect strings into the .ts, then lrelease
    python tools/translations.py --release  # only compile the .ts files into .qm
    python tools/translations.py --check    # also exit 1 when a translation is unfinished

`pyside6-lupdate` scans every .py file under desktop_app/ for self.tr(),
QCoreApplication.translate() and QT_TRANSLATE_NOOP() (the domain imports the latter as `_N`, so
that alias is passed along) and merges new strings into the existing .ts files: finished
translations are kept, new strings arrive marked "unfinished", strings no longer in the code are
marked "vanished". Translate them in Qt Linguist
(`pyside6-linguist resources/translations/amends_zh_CN.ts`) or in any XML editor, then run this
script again to compile the .qm files the application loads. Commit .ts and .qm together.

Simplified Chinese (zh_CN) is the translation people write. Traditional Chinese (zh_TW) is derived
from it with OpenCC's s2twp conversion (Taiwan characters and vocabulary) whenever the `opencc`
package is installed (`pip install opencc`), and so is docs/user-guide.zh_TW.md; without it the
committed amends_zh_TW.ts is compiled as it is. Improve a Traditional wording in zh_CN's terms,
or drop OpenCC and edit zh_TW by hand.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop_app"
TRANSLATIONS = ROOT / "resources" / "translations"
GUIDE = ROOT / "docs"
LANGUAGES = ("zh_CN", "zh_TW", "en")
WRITTEN = ("zh_CN", "en")  # translated by people; zh_TW is derived
# `_N` is how desktop_app/domain imports QT_TRANSLATE_NOOP; lupdate only knows the long name.
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TRANSLATE_NOOP+=_N", "-locations", "none"]


def tool(name: str) -> str:
    """The path of a PySide6 tool: next to this Python first (a venv not activated), then PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"amends_{language}.ts"


def sources() -> list[str]:
    """Every Python file of the application, relative to the repository root."""
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def collect(ts: Path, language: str) -> str:
    """Merge every translatable string of desktop_app/ into the .ts file `ts`; lupdate's summary.

    English is the source language: its .ts only holds the strings with a count (%n), whose
    singular and plural forms the source text cannot give ("%n complaint(s)").
    """
    plural_only = ["-pluralonly"] if language == "en" else []
    command = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *plural_only, "-target-language",
               language, *sources(), "-ts", str(ts)]
    return subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True).stdout


def update() -> None:
    for language in WRITTEN:
        print(collect(ts_file(language), language), end="")
    derive_traditional()


def derive_traditional() -> None:
    """Write amends_zh_TW.ts as the OpenCC conversion of amends_zh_CN.ts, if OpenCC is there."""
    try:
        import opencc
    except ImportError:
        print("opencc not installed: amends_zh_TW.ts left as it is")
        return
    convert = opencc.OpenCC("s2twp").convert
    tree = ET.parse(ts_file("zh_CN"))
    tree.getroot().set("language", "zh_TW")
    for translation in tree.getroot().iter("translation"):
        for node in [translation, *translation.iter("numerusform")]:
            if node.text and node.text.strip():
                node.text = convert(node.text)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file("zh_TW").write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                                + body + "\n", encoding="utf-8")
    # lupdate rewrites the file in its own layout, so diffs stay readable.
    collect(ts_file("zh_TW"), "zh_TW")
    # The user guide too (Help shows it in the interface language); screenshots stay zh_CN's.
    guide = (GUIDE / "user-guide.zh_CN.md").read_text(encoding="utf-8")
    (GUIDE / "user-guide.zh_TW.md").write_text(convert(guide), encoding="utf-8")
    print("amends_zh_TW.ts and user-guide.zh_TW.md derived from zh_CN with OpenCC s2twp")


def release() -> None:
    """Compile each .ts into the .qm that QTranslator loads."""
    for language in LANGUAGES:
        source = ts_file(language)
        if source.exists():
            subprocess.run([tool("pyside6-lrelease"), str(source), "-qm",
                            str(source.with_suffix(".qm"))], check=True, cwd=ROOT)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every current string in `ts` without a finished translation."""
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if kind == "unfinished" or not all(forms):
                missing.append((context.findtext("name", ""), message.findtext("source", "")))
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile .ts into .qm")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when zh_CN or English plurals are unfinished")
    args = parser.parse_args()
    if not args.release:
        update()
    release()
    if args.check:
        missing = [(language, *m) for language in WRITTEN for m in unfinished(ts_file(language))]
        for language, context, source in missing:
            print(f"unfinished {language}: [{context}] {source}")
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
