"""Tables, indexes and full-text search, created and upgraded by numbered migrations.

`PRAGMA user_version` holds the number of the last migration that ran. Never edit a migration
that has shipped: add a new one at the end of MIGRATIONS, and test it from an archive of the
version before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_TABLES = """
CREATE TABLE shop (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    logo BLOB,
    currency TEXT NOT NULL DEFAULT 'CNY',
    language TEXT NOT NULL DEFAULT 'zh_CN',
    paper_size TEXT NOT NULL DEFAULT 'A4',
    ack_target_hours INTEGER NOT NULL DEFAULT 24,
    resolve_target_days INTEGER NOT NULL DEFAULT 7,
    follow_up_after_days INTEGER NOT NULL DEFAULT 3
);
INSERT INTO shop (id) VALUES (1);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    phone_digits TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'zh_CN',
    consent INTEGER NOT NULL DEFAULT 0,
    segment TEXT NOT NULL DEFAULT 'regular',
    care TEXT NOT NULL DEFAULT 'none',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    erased INTEGER NOT NULL DEFAULT 0,
    merged_into INTEGER REFERENCES customers(id)
);
CREATE INDEX customers_phone_digits ON customers(phone_digits);
CREATE INDEX customers_name ON customers(name);

CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    received_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    received_by INTEGER REFERENCES staff(id),
    product TEXT NOT NULL DEFAULT '',
    order_no TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    feeling TEXT NOT NULL,
    expectation TEXT NOT NULL,
    severity TEXT NOT NULL,
    spread TEXT NOT NULL DEFAULT 'one',
    cause TEXT,
    root_cause TEXT NOT NULL DEFAULT '',
    improvement TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'received',
    response_due TEXT,
    resolution_due TEXT,
    acknowledged_at TEXT,
    first_response_at TEXT,
    first_closed_at TEXT,
    closed_at TEXT,
    reopen_count INTEGER NOT NULL DEFAULT 0,
    not_accepted_options TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    UNIQUE (year, seq)
);
CREATE INDEX complaints_received_at ON complaints(received_at);
CREATE INDEX complaints_customer ON complaints(customer_id, received_at);
CREATE INDEX complaints_status ON complaints(status, received_at);
CREATE INDEX complaints_cause ON complaints(cause, received_at);
CREATE INDEX complaints_channel ON complaints(channel, received_at);
CREATE INDEX complaints_severity ON complaints(severity, received_at);
CREATE INDEX complaints_received_by ON complaints(received_by, received_at);

CREATE TABLE remedies (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    amount_cents INTEGER NOT NULL DEFAULT 0,
    cost_cents INTEGER NOT NULL DEFAULT 0,
    given_on TEXT,
    given_by INTEGER REFERENCES staff(id),
    accepted INTEGER
);
CREATE INDEX remedies_complaint ON remedies(complaint_id);

CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    due_on TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'phone',
    done_at TEXT,
    done_by INTEGER REFERENCES staff(id),
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    recovery_accepted INTEGER,
    will_return INTEGER,
    still_wrong TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX follow_ups_complaint ON follow_ups(complaint_id);
CREATE INDEX follow_ups_open_due ON follow_ups(due_on) WHERE done_at IS NULL;

CREATE TABLE checklist (
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    step TEXT NOT NULL,
    done_at TEXT NOT NULL,
    done_by INTEGER REFERENCES staff(id),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (complaint_id, step)
);

CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    made_at TEXT NOT NULL,
    made_by INTEGER REFERENCES staff(id),
    pdf BLOB NOT NULL
);
CREATE INDEX letters_complaint ON letters(complaint_id);

CREATE TABLE letter_templates (
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (kind, language)
);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    filename TEXT NOT NULL,
    mime TEXT NOT NULL,
    added_at TEXT NOT NULL,
    data BLOB NOT NULL,
    thumbnail BLOB NOT NULL DEFAULT x''
);
CREATE INDEX attachments_complaint ON attachments(complaint_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    entity TEXT NOT NULL,
    entity_id INTEGER,
    complaint_id INTEGER REFERENCES complaints(id),
    action TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old TEXT NOT NULL DEFAULT '',
    new TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_complaint ON events(complaint_id, at);
CREATE INDEX events_entity ON events(entity, entity_id, at);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    saved_at TEXT NOT NULL,
    payload TEXT NOT NULL
);
"""


def _m001_initial(db: Database) -> None:
    db.executescript(_TABLES)
    # Trigram full-text search finds a word in the middle of Chinese text (the default tokenizer
    # treats a whole run of Han characters as one token); queries under three characters fall back
    # to a bounded LIKE scan in the archive.
    db.table("complaints").enable_fts(
        ["ref", "product", "order_no", "description", "root_cause"],
        tokenize="trigram",
        create_triggers=True,
    )
    db.table("customers").enable_fts(
        ["name", "phone", "phone_digits", "email"], tokenize="trigram", create_triggers=True
    )


def _m002_live_cases_index(db: Database) -> None:
    # The case list pages through the cases not deleted, newest first; this index answers that
    # (and the unfiltered count) from the index alone instead of reading every skipped row.
    db.execute("CREATE INDEX complaints_live_received ON complaints(received_at)"
               " WHERE deleted_at IS NULL")


def _m003_two_character_search(db: Database) -> None:
    # Two-character terms (most Chinese words) are shorter than a trigram. The trigrams that
    # start with such a term are found through the index's vocabulary; an occurrence at the very
    # end of a text starts none, so the last two characters of each searched column are indexed.
    db.execute("CREATE VIRTUAL TABLE complaints_fts_vocab USING fts5vocab(complaints_fts, 'row')")
    for column in ("description", "product", "ref"):
        db.execute(f"CREATE INDEX complaints_{column}_tail"
                   f" ON complaints(lower(substr({column}, -2)))")


def _m004_improvements_and_dismissals(db: Database) -> None:
    # Learning from recovery: an improvement is an action with an owner and a due date, aimed at
    # one or more causes; its effect is judged from the date it was done. A dismissed early
    # warning keeps the level it was dismissed at, so it returns only when the situation worsens.
    script = """
CREATE TABLE improvements (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'planned',
    done_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE improvement_causes (
    improvement_id INTEGER NOT NULL REFERENCES improvements(id) ON DELETE CASCADE,
    cause TEXT NOT NULL,
    PRIMARY KEY (improvement_id, cause)
);
CREATE INDEX improvement_causes_cause ON improvement_causes(cause);
CREATE TABLE warning_dismissals (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    level INTEGER NOT NULL,
    reason TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id)
);
CREATE INDEX warning_dismissals_key ON warning_dismissals(kind, key, dismissed_at);
-- The watch list looks for follow-ups done and remedies given lately (set-based, not per case).
CREATE INDEX follow_ups_done ON follow_ups(done_at) WHERE done_at IS NOT NULL;
CREATE INDEX remedies_given ON remedies(given_on);
"""
    for statement in script.split(";"):  # not executescript: it would commit migrate's transaction
        if statement.strip():
            db.execute(statement)


# What a search term is looked for in: the complaint columns the trigram index covers, one text
# per complaint, lower-cased the way LIKE folds case (ASCII only), a newline between columns (a
# term never holds one, so no match spans two columns).
SEARCH_TEXT_SQL = ("lower({p}ref) || char(10) || lower({p}product) || char(10) || "
                   "lower({p}order_no) || char(10) || lower({p}description) || char(10) || "
                   "lower({p}root_cause)")
_SEARCH_TEXT_SELECT = (
    "SELECT new.received_at, new.id, new.customer_id, " + SEARCH_TEXT_SQL.format(p="new.")
    + " WHERE new.deleted_at IS NULL")


def _m005_search_text(db: Database) -> None:
    # One- and two-character terms start no trigram, so they are matched by instr() over this
    # narrow copy of the searched text, kept in newest-first order (the primary key): the first
    # page of a search is a walk from the newest case that stops when the page is full, and a
    # count reads ~1/5 of what a LIKE scan of the complaints table reads. Only live cases.
    statements = [
        """CREATE TABLE complaints_text (
            received_at TEXT NOT NULL, id INTEGER NOT NULL, customer_id INTEGER NOT NULL,
            text TEXT NOT NULL, PRIMARY KEY (received_at, id)) WITHOUT ROWID""",
        f"""INSERT INTO complaints_text
            SELECT received_at, id, customer_id, {SEARCH_TEXT_SQL.format(p="")}
            FROM complaints WHERE deleted_at IS NULL""",
        f"""CREATE TRIGGER complaints_text_ai AFTER INSERT ON complaints BEGIN
            INSERT INTO complaints_text {_SEARCH_TEXT_SELECT}; END""",
        """CREATE TRIGGER complaints_text_ad AFTER DELETE ON complaints BEGIN
            DELETE FROM complaints_text WHERE received_at = old.received_at AND id = old.id; END""",
        f"""CREATE TRIGGER complaints_text_au AFTER UPDATE OF ref, product, order_no, description,
            root_cause, received_at, customer_id, deleted_at ON complaints BEGIN
            DELETE FROM complaints_text WHERE received_at = old.received_at AND id = old.id;
            INSERT INTO complaints_text {_SEARCH_TEXT_SELECT}; END""",
        # The customer list by last complaint: the newest live complaints in order with their
        # customer, and each customer's live complaints by date (with the status its figures
        # count), both from an index alone.
        """CREATE INDEX complaints_live_received_customer ON complaints(received_at, customer_id)
            WHERE deleted_at IS NULL""",
        """CREATE INDEX complaints_live_customer ON complaints(customer_id, received_at, status)
            WHERE deleted_at IS NULL""",
        # A customer's compensation and satisfaction summed from indexes alone: the most
        # frequent complainers (first by last complaint) have hundreds of cases each.
        "CREATE INDEX remedies_complaint_amount ON remedies(complaint_id, amount_cents)",
        """CREATE INDEX follow_ups_complaint_satisfaction ON follow_ups(complaint_id, satisfaction)
            WHERE satisfaction IS NOT NULL""",
        # The cases a short term's indexes found, checked live and put in order by index alone.
        """CREATE INDEX complaints_live_id ON complaints(id, received_at)
            WHERE deleted_at IS NULL""",
    ]
    # A one- or two-character term through the indexes: the trigrams that start with it (the
    # fts5vocab 'instance' tables list each with its row), and the texts that end with it.
    for fts in ("complaints_fts", "customers_fts"):
        statements.append(f"CREATE VIRTUAL TABLE {fts}_instance USING fts5vocab({fts}, 'instance')")
    statements.append(
        "CREATE VIRTUAL TABLE customers_fts_vocab USING fts5vocab(customers_fts, 'row')")
    tails = {"complaints": (("order_no", -2), ("root_cause", -2), *(
        (c, -1) for c in ("ref", "product", "order_no", "description", "root_cause"))),
        "customers": tuple((c, n) for c in ("name", "phone", "phone_digits", "email")
                           for n in (-2, -1))}
    for table, columns in tails.items():
        for column, n in columns:
            statements.append(f"CREATE INDEX {table}_{column}_tail{-n} ON {table}"
                              f"(lower(substr({column}, {n})))")
    for statement in statements:  # not executescript: it would commit migrate's transaction
        db.execute(statement)


def _m006_dashboard_indexes(db: Database) -> None:
    """The dashboard's and the summary's year-long reads from indexes: each case's last scored
    follow-up (the satisfaction drivers) without sorting, the months' counts and the repeat
    complainers of a year of live cases without reading their rows (deleted_at is a column only
    so that SQLite sees the index covers them), and the improvements written in a period."""
    db.execute("""CREATE INDEX follow_ups_last_answer ON follow_ups(complaint_id, done_at, id)
        WHERE done_at IS NOT NULL AND (satisfaction IS NOT NULL OR will_return IS NOT NULL)""")
    db.execute("""CREATE INDEX complaints_live_received_tally
        ON complaints(received_at, customer_id, status, first_closed_at, deleted_at)
        WHERE deleted_at IS NULL""")
    db.execute("CREATE INDEX events_improvement_at ON events(at, complaint_id)"
               " WHERE field = 'improvement'")


MIGRATIONS: list[Callable[[Database], None]] = [
    _m001_initial, _m002_live_cases_index, _m003_two_character_search,
    _m004_improvements_and_dismissals, _m005_search_text, _m006_dashboard_indexes]
LATEST_VERSION = len(MIGRATIONS)


class NewerArchiveError(RuntimeError):
    """The archive was written by a newer Amends than this one."""


def migrate(db: Database) -> int:
    """Run every migration the archive has not had yet, each in its own transaction.

    Returns the number of migrations that ran.
    """
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        raise NewerArchiveError(version)
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return LATEST_VERSION - version
