"""Rewrite calls on the whole Archive into calls on its stores: `archive.add_remedy(` becomes
`archive.remedies.add_remedy(`. Idempotent; the mapping is read from the code, not written here.

    python tools/store_rename.py [--check] [PATH ...]     (default: desktop_app tests bench tools)

The mapping: every `self.<attr> = <StoreClass>(...)` in `Archive.__init__` (archive/archive.py),
and the public methods defined in that store class. Methods of the core itself (transaction,
log_event, now, shop, staff, setting, close, ...) stay where they are. A receiver is any name
ending in `archive` (`archive`, `self.archive`, `self._archive`, `window.archive`) and, per file,
any name bound by `X = Archive.open(...)`, `with Archive.open(...) as X` or annotated `X: Archive`.
`--check` changes nothing and exits 1 if a file would change. Lines it cannot judge (a mapped name
in `setattr`/`getattr` on something else, or `Archive.<method>`) are printed as warnings.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT / "desktop_app" / "archive"
DEFAULT_PATHS = ("desktop_app", "tests", "bench", "tools")
SKIP_MARK = "# store_rename: skip"  # a file holding examples of the old calls (its own tests)
# Helpers that were private to a mixin and are public on their store now; not in the code's
# mapping because the old name no longer exists anywhere.
RENAMED = {"_insert_customer": "customers.insert_customer", "_clock": "clock"}


def _classes() -> dict[str, ast.ClassDef]:
    found: dict[str, ast.ClassDef] = {}
    for path in sorted(ARCHIVE.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                found.setdefault(node.name, node)
    return found


def _methods(cls: ast.ClassDef) -> set[str]:
    return {n.name for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def store_mapping() -> tuple[dict[str, str], set[str], set[str]]:
    """(method -> store attribute, store attribute names, methods that are ambiguous)."""
    classes = _classes()
    archive = classes["Archive"]
    stores: dict[str, str] = {}  # each store is a cached_property returning its class
    for node in archive.body:
        if (isinstance(node, ast.FunctionDef) and isinstance(node.returns, ast.Name)
                and any(isinstance(d, ast.Name) and d.id == "cached_property"
                        for d in node.decorator_list)):
            stores[node.name] = node.returns.id
    # What stays on the archive: its own methods and those of its bases (the core).
    staying = _methods(archive) - set(stores)
    for base in archive.bases:
        if isinstance(base, ast.Name) and base.id in classes:
            staying |= _methods(classes[base.id])
    mapping: dict[str, str] = {}
    ambiguous: set[str] = set()
    for attr, cls_name in stores.items():
        for method in _methods(classes[cls_name]):
            if method.startswith("_") or method in staying:
                continue
            if method in mapping and mapping[method] != attr:
                ambiguous.add(method)
            mapping[method] = attr
    for method in ambiguous:
        del mapping[method]
    return mapping, set(stores), ambiguous


def _bound_names(source: str) -> set[str]:
    """Names this file binds to an Archive."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()

    def opens(value: ast.AST | None) -> bool:
        return (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                and isinstance(value.func.value, ast.Name) and value.func.value.id == "Archive")

    def archive_expr(value: ast.AST | None) -> bool:  # archive, self.archive, window._archive
        name = value.id if isinstance(value, ast.Name) else getattr(value, "attr", "")
        return isinstance(value, ast.Name | ast.Attribute) and name.endswith("archive")

    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and _returns_archive(node, opens, archive_expr):
            names.add(node.name)  # a pytest fixture that hands out an archive
        if isinstance(node, ast.Assign) and (opens(node.value) or archive_expr(node.value)):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple)
              and isinstance(node.targets[0], ast.Tuple)):  # a, b = self.archive, …
            names |= {t.id for t, v in zip(node.targets[0].elts, node.value.elts, strict=False)
                      if isinstance(t, ast.Name) and (opens(v) or archive_expr(v))}
        elif isinstance(node, ast.withitem) and opens(node.context_expr):
            if isinstance(node.optional_vars, ast.Name):
                names.add(node.optional_vars.id)
        elif isinstance(node, ast.arg | ast.AnnAssign):
            annotation = node.annotation
            target = node.arg if isinstance(node, ast.arg) else getattr(node.target, "id", None)
            if (target and isinstance(annotation, ast.Name | ast.Constant)
                    and getattr(annotation, "id", getattr(annotation, "value", "")) == "Archive"):
                names.add(target)
    return names


def _returns_archive(function: ast.FunctionDef, opens, archive_expr) -> bool:
    if not any("fixture" in ast.unparse(d) for d in function.decorator_list):
        return False
    local = {a.arg for a in function.args.args if a.arg.endswith("archive")}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and opens(node.value):
            local |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        if isinstance(node, ast.withitem) and opens(node.context_expr):
            local |= {node.optional_vars.id} if isinstance(node.optional_vars, ast.Name) else set()
    for node in ast.walk(function):
        if isinstance(node, ast.Return | ast.Yield) and node.value is not None:
            value = node.value
            if opens(value) or archive_expr(value) or (
                    isinstance(value, ast.Name) and value.id in local):
                return True
    return False


def rewrite(source: str, mapping: dict[str, str], store_names: set[str]) -> str:
    bound = sorted(_bound_names(source) - store_names)
    receiver = r"\w*archive" + "".join(f"|{re.escape(n)}" for n in bound)
    methods = "|".join(sorted(map(re.escape, mapping), key=len, reverse=True))
    if not methods:
        return source
    # A receiver not preceded by `.` or a word character, unless it ends in `archive`
    # (self.archive, window._archive); never a module path (desktop_app.archive.case_file).
    call = re.compile(
        rf"(?<!desktop_app\.)(?<![\w])(?P<recv>(?:[\w.]*\.)?(?:{receiver}))"
        rf"\.(?P<method>{methods})\b(?P<after>\s*\(|(?![\w.(]))")
    setattr_ = re.compile(
        rf"(?P<head>\b(?:set|get|has|del)attr\(\s*(?P<recv>[\w.]*?(?:{receiver}))\s*,\s*)"
        rf"(?P<quote>[\"'])(?P<method>{methods})(?P=quote)")

    def fix_call(match: re.Match) -> str:
        recv, method, after = match["recv"], match["method"], match["after"]
        last = recv.rsplit(".", 1)[-1]
        if last in store_names:  # already `archive.<store>`
            return match[0]
        if not after.strip() and method in store_names:
            return match[0]  # `archive.remedies` alone is the store, not the method
        return f"{recv}.{mapping[method]}.{method}{after}"

    def fix_setattr(match: re.Match) -> str:
        if match["recv"].rsplit(".", 1)[-1] in store_names:
            return match[0]
        head = match["head"].replace(match["recv"], f"{match['recv']}.{mapping[match['method']]}",
                                     1)
        return f"{head}{match['quote']}{match['method']}{match['quote']}"

    renamed = re.compile(rf"(?<![\w])(?P<recv>(?:[\w.]*\.)?(?:{receiver}))"
                         rf"\.(?P<old>{'|'.join(RENAMED)})\b")
    out = []
    for line in source.splitlines(keepends=True):
        line = renamed.sub(lambda m: f"{m['recv']}.{RENAMED[m['old']]}", line)
        if re.match(r"\s*(from|import)\s", line):
            out.append(line)
            continue
        out.append(setattr_.sub(fix_setattr, call.sub(fix_call, line)))
    return "".join(out)


def private_store_methods() -> dict[str, str]:
    """_helper -> store attribute, for the warnings about private calls from outside."""
    classes = _classes()
    init = next(n for n in classes["Archive"].body
                if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    found: dict[str, str] = {}
    for node in ast.walk(init):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and isinstance(
                node.value.func, ast.Name) and isinstance(node.targets[0], ast.Attribute):
            for method in _methods(classes[node.value.func.id]):
                if method.startswith("_") and not method.startswith("__"):
                    found[method] = node.targets[0].attr
    return found


def _warnings(path: Path, text: str, mapping: dict[str, str],
              private: dict[str, str] | None = None) -> list[str]:
    found = []
    private = private or {}
    for number, line in enumerate(text.splitlines(), 1):
        for match in re.finditer(r"\bArchive\.(\w+)\b", line):
            if match[1] in mapping:
                found.append(f"{path}:{number}: Archive.{match[1]} (now on a store)")
        for match in re.finditer(r"\b\w*archive\.(_\w+)\b", line):
            if match[1] in private:
                found.append(f"{path}:{number}: {match[0]} is private to "
                             f"archive.{private[match[1]]}")
    return found


def _files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [f for f in files if f.resolve() != Path(__file__).resolve()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / p) for p in DEFAULT_PATHS])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if needed")
    args = parser.parse_args(argv)
    mapping, store_names, ambiguous = store_mapping()
    private = private_store_methods()
    if ambiguous:
        print("defined in several stores, left alone:", ", ".join(sorted(ambiguous)))
    changed = []
    for path in _files(args.paths):
        text = path.read_text(encoding="utf-8")
        if SKIP_MARK in text:
            continue
        new = rewrite(text, mapping, store_names)
        for warning in _warnings(path, new, mapping, private):
            print("warning:", warning)
        if new != text:
            changed.append(path)
            if not args.check:
                path.write_text(new, encoding="utf-8")
    verb = "would change" if args.check else "changed"
    print(f"{verb} {len(changed)} files")
    for path in changed:
        print("  ", path)
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
