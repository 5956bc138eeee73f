"""Every message of the "Problems" context is translated, with the same placeholders, and no
archive error can again be built from an English sentence that a window cannot translate."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.archive.backup import BackupError
from desktop_app.archive.errors import ArchiveError
from desktop_app.archive.lock import Holder
from desktop_app.domain.model import Status
from desktop_app.domain.problems import Problem, Technical, Text
from desktop_app.domain.workflow import TransitionError

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "desktop_app"
TRANSLATIONS = ROOT / "resources" / "translations"
FAMILIES = {"ArchiveError", "BackupError"}


def _trees(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _problem_sources() -> set[str]:
    """The English text of every `_N("Problems", …)` and translate("Problems", …) in the code."""
    found = set()
    for _path, tree in _trees(SOURCES):
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and _name(node.func) in ("_N", "translate")
                    and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value == "Problems"):
                assert isinstance(node.args[1], ast.Constant), ast.unparse(node)
                found.add(node.args[1].value)
    return found


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _translations(language: str) -> dict[str, str | None]:
    root = ET.parse(TRANSLATIONS / f"amends_{language}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == "Problems":
            return {m.findtext("source"): (None if m.find("translation").get("type")
                                           else m.findtext("translation"))
                    for m in context.iter("message")}
    return {}


def test_the_problems_are_collected_from_the_code():
    sources = _problem_sources()
    assert "The disk is full, so nothing was saved. Free some space and try again." in sources
    assert "the Amends window" in sources and len(sources) > 40


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_problem_has_a_finished_translation_with_the_same_placeholders(language):
    translated = _translations(language)
    for source in sorted(_problem_sources()):
        assert translated.get(source), f"{language}: no translation of {source!r}"
        assert _placeholders(translated[source]) == _placeholders(source), (source,
                                                                           translated[source])


def _text_functions() -> set[str]:
    """Functions of the archive whose annotation says they return a Text (a template), and the
    module-level names bound to them (`_describe = describe`)."""
    names = set()
    for _path, tree in _trees(SOURCES / "archive"):
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.returns is not None and (
                    ast.unparse(node.returns) in ("Text", "Text | None")):
                names.add(node.name)
    for _path, tree in _trees(SOURCES / "archive"):
        for name, value in _bindings(tree, top=True).items():
            if isinstance(value, ast.Name) and value.id in names:
                names.add(name)
    return names


def _error_classes() -> set[str]:
    """ArchiveError, BackupError and every class of the archive derived from them."""
    classes, grew = set(FAMILIES), True
    bases = {node.name: {_name(b) for b in node.bases}
             for _path, tree in _trees(SOURCES / "archive") for node in ast.walk(tree)
             if isinstance(node, ast.ClassDef)}
    while grew:
        more = {name for name, parents in bases.items() if parents & classes} - classes
        classes |= more
        grew = bool(more)
    return classes


def _bindings(scope: ast.AST, top: bool = False) -> dict[str, ast.AST]:
    """name -> assigned value in `scope` (its own statements only when `top`)."""
    nodes = scope.body if top else ast.walk(scope)
    return {target.id: node.value for node in nodes if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)}


def _is_template(node: ast.AST, names: dict[str, ast.AST], functions: set[str]) -> bool:
    if isinstance(node, ast.Name) and node.id in names:
        node = names[node.id]
    if not isinstance(node, ast.Call):
        return False
    if _name(node.func) == "_N":
        return isinstance(node.args[0], ast.Constant) and node.args[0].value == "Problems"
    return _name(node.func) in functions


def _constructions(tree: ast.Module, classes: set[str]):
    """(call, the names it can see bound) for each construction of an archive error."""
    module = _bindings(tree, top=True)
    scopes: dict[ast.AST, dict[str, ast.AST]] = {}

    def visit(node: ast.AST, names: dict[str, ast.AST]):
        if isinstance(node, ast.FunctionDef):
            names = scopes.setdefault(node, {**names, **_bindings(node)})
        if isinstance(node, ast.Call) and _name(node.func) in classes:
            yield node, names
        for child in ast.iter_child_nodes(node):
            yield from visit(child, names)

    yield from visit(tree, module)


def test_no_archive_error_is_built_from_a_sentence_that_cannot_be_translated():
    classes, functions = _error_classes(), _text_functions()
    assert {"ArchiveInUse", "OtherShopBackup"} <= classes and "describe" in functions
    checked, bad = 0, []
    for path, tree in _trees(SOURCES / "archive"):
        for call, names in _constructions(tree, classes):
            if _name(call.func) == "OtherShopBackup":  # words its own template (checked below)
                continue
            checked += 1
            if not call.args or not _is_template(call.args[0], names, functions):
                bad.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)}")
    assert not bad, "\n".join(bad)
    assert checked > 25


def test_the_english_text_is_the_template_filled_in_for_the_command_line():
    error = BackupError("The disk holding {folder} is full.", folder=Path("/media/usb"))
    assert str(error) == "The disk holding /media/usb is full."
    assert error.template == "The disk holding {folder} is full."
    assert error.values == {"folder": Path("/media/usb")}
    detail = ArchiveError("The archive could not be read ({detail}).",
                          detail=Technical("database disk image is malformed"))
    assert str(detail) == "The archive could not be read (database disk image is malformed)."
    nested = BackupError(Text("Could not restore: {problem}", problem=Text("{who} left",
                                                                          who="Li")))
    assert str(nested) == "Could not restore: Li left" and nested.values["problem"].values


def test_a_refused_move_keeps_its_english_codes_and_the_statuses_themselves():
    error = TransitionError("{current} → {target} is not allowed", current=Status.RECOVERED,
                            target=Status.RECEIVED)
    assert str(error) == "recovered → received is not allowed"
    assert isinstance(error, ValueError) and isinstance(error, Problem)
    assert error.values["current"] is Status.RECOVERED


def test_a_holder_is_its_kind_and_process_in_english_as_lock_files_have_always_said():
    holder = Holder("amends restore", 99)
    assert holder == "amends restore (process 99)"
    assert (holder.kind, holder.pid) == ("amends restore", 99)
    assert Holder.parse(str(holder)).values["who"].template == "amends restore"


def _raw_uses(handler: ast.ExceptHandler):
    """Where an `except … as error` body puts the error itself into text: str(error),
    f"{error}", .format(error) or .format(x=error), .replace(…, error) – English words."""
    def is_error(node):
        return isinstance(node, ast.Name) and node.id == handler.name

    for node in ast.walk(ast.Module(body=handler.body, type_ignores=[])):
        if isinstance(node, ast.Call):
            if _name(node.func) == "str" and node.args and is_error(node.args[0]):
                yield node
            elif _name(node.func) in ("format", "replace") and (
                    any(is_error(a) for a in node.args)
                    or any(is_error(k.value) for k in node.keywords)):
                yield node
        elif isinstance(node, ast.FormattedValue) and is_error(node.value):
            yield node


def test_no_window_shows_an_error_in_its_english_words():
    found = []
    paths = [*sorted((SOURCES / "ui").rglob("*.py")), SOURCES / "app.py"]
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for handler in ast.walk(tree):
            if isinstance(handler, ast.ExceptHandler) and handler.name:
                found += [f"{path.relative_to(ROOT)}:{n.lineno}: {ast.unparse(n)}"
                          for n in _raw_uses(handler)]
    assert not found, "use widgets.problem_text:\n" + "\n".join(found)
