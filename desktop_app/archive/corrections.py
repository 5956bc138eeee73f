"""What an action changed, row by row, so it can be undone and redone exactly (and audited).

`track()` photographs the rows an action may touch before it runs and again after; the difference
is a `Change`. `apply()` puts either photograph back in its own audited step. Plain SQL on rowids:
every table here is a rowid table, so one shape serves customers, cases, checklist and settings.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from desktop_app.archive.errors import ArchiveError
from desktop_app.archive.sql import fetch_row
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N

# Parents before children: inserts go in this order, deletes in the reverse one.
_ORDER = ("settings", "shop", "staff", "customers", "complaints", "remedies", "follow_ups",
          "checklist", "attachments", "letters", "events")
_ENTITY = {"customers": "customer", "complaints": "complaint", "remedies": "remedy",
           "follow_ups": "follow_up", "checklist": "checklist", "staff": "staff", "shop": "shop",
           "settings": "settings", "attachments": "attachment", "letters": "letter"}
_STILL_USED = _N("Problems", "Something recorded since refers to this (a letter, a file, a "
                 "colleague's later work), so it cannot be undone without losing that.")
_CHANGED_SINCE = _N("Problems", "This was changed again after it was done (perhaps on another "
                    "computer), so it cannot be undone or redone without losing that change.")


@dataclass(frozen=True)
class Rows:
    """The rows of `table` whose `column` equals `value` (and what they become)."""
    table: str
    column: str
    value: object


@dataclass(frozen=True)
class Added:
    """Rows the action adds to `table` (above its highest rowid when the action began)."""
    table: str


@dataclass(frozen=True)
class RowChange:
    table: str
    rowid: int
    before: dict | None  # None: the action created the row
    after: dict | None  # None: the action removed it


@dataclass
class Change:
    rows: list[RowChange] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)  # the audit lines the action wrote

    def created(self, table: str) -> list[int]:
        return [r.rowid for r in self.rows if r.table == table and r.before is None]

    def __bool__(self) -> bool:
        return bool(self.rows)


class Tracker:
    """Opened inside the action's transaction, before it writes; `finish()` after it wrote."""

    def __init__(self, archive, scopes):
        self._archive = archive
        self._scopes = list(scopes)
        self._marks = {s.table: _high_rowid(archive.db, s.table) for s in self._scopes
                       if isinstance(s, Added)}
        self._event_mark = _high_rowid(archive.db, "events")
        self._before: dict[tuple[str, int], dict] = {}
        for scope in self._scopes:
            if isinstance(scope, Rows):
                for row in _select(archive.db, scope.table, f"{scope.column} = ?", [scope.value]):
                    self._before[(scope.table, row["rowid"])] = row

    def finish(self) -> Change:
        db, after = self._archive.db, {}
        for scope in self._scopes:
            if isinstance(scope, Rows):
                known = [rowid for table, rowid in self._before if table == scope.table]
                where, params = f"{scope.column} = ?", [scope.value]
                if known:
                    where += f" OR rowid IN ({', '.join('?' for _ in known)})"
                    params += known
            else:
                where, params = "rowid > ?", [self._marks[scope.table]]
            for row in _select(db, scope.table, where, params):
                after[(scope.table, row["rowid"])] = row
        rows = [RowChange(t, rid, self._before.get((t, rid)), after.get((t, rid)))
                for t, rid in sorted(self._before.keys() | after.keys(), key=_in_order)
                if self._before.get((t, rid)) != after.get((t, rid))]
        events = _select(db, "events", "rowid > ?", [self._event_mark])
        return Change(rows, events)


def track(archive, scopes) -> Tracker:
    return Tracker(archive, scopes)


def apply(archive, change: Change, undo: bool, staff_id: int | None) -> None:
    """Put back the rows as they were before (`undo`) or after the action; call inside a
    transaction. ArchiveError when a row was changed since, so nothing is overwritten blindly,
    or when a later record still refers to a row the undo would remove."""
    try:
        _apply(archive, change, undo, staff_id)
    except sqlite3.IntegrityError as error:
        raise ArchiveError(_STILL_USED) from error


def _apply(archive, change: Change, undo: bool, staff_id: int | None) -> None:
    db = archive.db
    current = {(r.table, r.rowid): _one(db, r.table, r.rowid) for r in change.rows}
    for r in change.rows:
        if current[(r.table, r.rowid)] != (r.after if undo else r.before):
            raise ArchiveError(_CHANGED_SINCE)
    targets = [(r, r.before if undo else r.after) for r in change.rows]
    removed = [(r.table, r.rowid) for r, target in targets if target is None]
    if undo:  # the audit lines of rows that will be gone would point at nothing (or a reused id)
        _drop_events_of(db, removed)
    for r, target in reversed(targets):
        if target is None:
            db.execute(f"DELETE FROM {r.table} WHERE rowid = ?", [r.rowid])
    for r, target in targets:
        if target is not None:
            _put(db, r.table, target, exists=current[(r.table, r.rowid)] is not None)
    if not undo:
        _reinsert_events(db, change.events)
    for r, target in targets:
        _log(archive, r, target, "undone" if undo else "redone", staff_id)


def remove_remedy(archive, remedy_id: int, staff_id: int | None, reason: str) -> None:
    """Take a remedy entered by mistake off its case; the event keeps what it was."""
    old = fetch_row(archive.db, "remedies", remedy_id)
    archive.db.execute("DELETE FROM remedies WHERE id = ?", [remedy_id])
    archive.log_event("remedy", remedy_id, "removed", staff_id, complaint_id=old["complaint_id"],
                      field="reason", old=f"{old['kind']} {old['amount_cents']}", new=reason)


def deleted_cases(archive) -> list[dict]:
    """Deleted cases, newest deletion first: id, ref, customer, deleted_at, description."""
    return list(archive.db.query(
        "SELECT k.id, k.ref, c.name AS customer, k.deleted_at, k.description FROM complaints k"
        " JOIN customers c ON c.id = k.customer_id WHERE k.deleted_at IS NOT NULL"
        " ORDER BY k.deleted_at DESC, k.id DESC"))


def open_follow_up_ids(archive, complaint_id: int) -> list[int]:
    return [r["id"] for r in archive.db.query(
        "SELECT id FROM follow_ups WHERE complaint_id = ? AND done_at IS NULL ORDER BY due_on",
        [complaint_id])]


def _in_order(key: tuple[str, int]) -> tuple[int, int]:
    table, rowid = key
    return (_ORDER.index(table) if table in _ORDER else len(_ORDER), rowid)


def _high_rowid(db, table: str) -> int:
    return db.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]


def _select(db, table: str, where: str, params: list) -> list[dict]:
    return list(db.query(f"SELECT rowid AS rowid, * FROM {table} WHERE {where}", params))


def _one(db, table: str, rowid: int) -> dict | None:
    rows = _select(db, table, "rowid = ?", [rowid])
    return rows[0] if rows else None


def _put(db, table: str, row: dict, exists: bool) -> None:
    columns = [name for name in row if name != "rowid"]
    if exists:
        sets = ", ".join(f"{name} = ?" for name in columns)
        db.execute(f"UPDATE {table} SET {sets} WHERE rowid = ?",
                   [row[n] for n in columns] + [row["rowid"]])
    else:
        names = ", ".join(["rowid", *columns])
        marks = ", ".join("?" for _ in range(len(columns) + 1))
        db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                   [row["rowid"]] + [row[n] for n in columns])


def _drop_events_of(db, removed: list[tuple[str, int]]) -> None:
    for table, rowid in removed:
        if table == "complaints":
            db.execute("DELETE FROM events WHERE complaint_id = ?", [rowid])
        if table in _ENTITY:
            db.execute("DELETE FROM events WHERE entity = ? AND entity_id = ?",
                       [_ENTITY[table], rowid])


def _reinsert_events(db, events: list[dict]) -> None:
    for event in events:
        if _one(db, "events", event["rowid"]) is None:
            _put(db, "events", event, exists=False)


def _log(archive, r: RowChange, target: dict | None, action: str, staff_id: int | None) -> None:
    source = r.after if target is r.before else r.before
    row = target or source or {}
    complaint_id = row.get("complaint_id") if r.table != "complaints" else row.get("id")
    if complaint_id is not None and _one(archive.db, "complaints", complaint_id) is None:
        complaint_id = None
    entity = _ENTITY.get(r.table, r.table)
    entity_id = row.get("id", complaint_id if r.table == "checklist" else None)
    if source is None or target is None:
        label = row.get("ref") or row.get("name") or row.get("kind") or row.get("step") or ""
        archive.log_event(entity, entity_id, action, staff_id, complaint_id=complaint_id,
                          field="removed" if target is None else "restored", new=label)
        return
    for name in target:
        if name != "rowid" and source.get(name) != target[name]:
            archive.log_event(entity, entity_id, action, staff_id, complaint_id=complaint_id,
                              field=name, old=source.get(name), new=target[name])
