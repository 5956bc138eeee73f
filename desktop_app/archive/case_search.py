"""Which SQL finds a case-list search: from the indexes, or walking the search text newest first.

Every path finds exactly what LIKE '%term%' finds over the nine searched columns (ASCII case
folded); they differ only in cost, judged from the trigram vocabularies before each query.
"""

from __future__ import annotations

import string

from desktop_app.archive.schema import SEARCH_TEXT_SQL
from desktop_app.domain.model import Status
from desktop_app.domain.queries import CaseFilter

_CLOSED = (Status.RECOVERED.value, Status.NOT_RECOVERED.value)
_SHORT_TERM = 3  # trigram FTS needs at least three characters; shorter terms use instr()
Source = tuple[str, str, dict, tuple[str, str]]  # FROM, WHERE, parameters, order columns


def case_source(db, q: CaseFilter, page: bool) -> Source:
    """FROM, WHERE, parameters and the newest-first order columns for a filter's page (`page`)
    or its count.

    A page walks complaints_text newest first and stops when full if every term is common (the
    page fills within the first few thousand cases); else it takes the matches from the indexes
    and sorts them. A count reads the indexes unless a short term is in most cases (then one
    scan of the narrow search text is cheaper) or has case variants beyond ASCII.
    """
    filters, params = _filters(q)
    terms = q.text.split()
    sizes = _Sizes(db)
    if terms and not filters and (
            _walk_page(terms, sizes) if page else _scan_count(terms, sizes)):
        clauses = [_walked_clause(t, f"t{i}", params, page and sizes.many_customers(t))
                   for i, t in enumerate(terms)]
        return "complaints_text s", " AND ".join(clauses), params, ("s.received_at", "s.id")
    clauses = ["k.deleted_at IS NULL", *filters]
    named = list(enumerate(terms))
    # Several terms found through indexes: their id sets intersected, smallest first (SQLite
    # builds the first and probes it), so no case is checked term by term.
    sets = sorted(((i, t) for i, t in named if len(t) >= _SHORT_TERM or _case_exact(t)),
                  key=lambda it: sizes.estimate(it[1])) if len(terms) > 1 else []
    if len(sets) > 1:
        clauses.append("k.id IN (" + " INTERSECT ".join(
            f"SELECT * FROM ({_term_ids(t, f't{i}', params)})" for i, t in sets) + ")")
        named = [it for it in named if it not in sets]
    clauses += [_indexed_clause(t, f"t{i}", params, "k.id", "k.customer_id")
                if len(t) >= _SHORT_TERM else _short_clause(t, f"t{i}", params)
                for i, t in named]
    # A rare short term's cases (or the few holding every term) are checked and ordered from
    # a narrow index.
    narrow = len(sets) > 1 or any(len(t) < _SHORT_TERM for t in terms)
    hint = " INDEXED BY complaints_live_id" if narrow and not filters else ""
    return f"complaints k{hint}", " AND ".join(clauses), params, ("k.received_at", "k.id")


def _term_ids(term: str, name: str, params: dict) -> str:
    """The ids of the cases holding an exact term, found through indexes: one SELECT."""
    if len(term) < _SHORT_TERM:
        return _short_candidates(term, name, params)
    params[name] = '"' + term.replace('"', '""') + '"'
    return f"""SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :{name}
        UNION ALL SELECT id FROM complaints WHERE customer_id IN
            (SELECT rowid FROM customers_fts WHERE customers_fts MATCH :{name})"""


def _walk_page(terms: list[str], sizes: _Sizes) -> bool:
    if all(len(t) < _SHORT_TERM for t in terms):
        return all(sizes.estimate(t) * _DENSE >= sizes.total for t in terms)
    # One long term: walked when the trigram indexes hold it often, in cases or customers (its
    # MATCH then equals instr over the text, as no letter of it has a case beyond ASCII).
    if len(terms) > 1 or not _case_exact(terms[0]) or not _DENSE:
        return False
    total, people = sizes.counts()
    return (sizes.holding("complaints_fts", terms[0], -(-total // _DENSE))
            or sizes.holding("customers_fts", terms[0], -(-people // _DENSE)))


def _scan_count(terms: list[str], sizes: _Sizes) -> bool:
    if any(len(t) >= _SHORT_TERM for t in terms):
        return False
    return (not all(map(_case_exact, terms))
            or min(sizes.estimate(t) for t in terms) * _SCAN >= sizes.total)


class _Sizes:
    """How many cases and customers there are, and about how many hold a term."""

    def __init__(self, db) -> None:
        self.db = db
        self._totals: tuple[int, int] | None = None

    @property
    def total(self) -> int:
        return self.counts()[0]

    def counts(self) -> tuple[int, int]:
        if self._totals is None:
            total, people = (
                self.db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
                for table in ("complaints", "customers"))
            self._totals = (total, people)
        return self._totals

    def _starting(self, vocab: str, term: str) -> int:
        """The rows holding a trigram that starts with a short term (each counted per trigram)."""
        lo = term.lower()
        return self.db.execute(
            f"SELECT COALESCE(SUM(doc), 0) FROM {vocab} WHERE term >= ? AND term < ?",
            [lo, lo + _TOP]).fetchone()[0]

    def customers(self, term: str) -> int:
        return self._starting("customers_fts_vocab", term)

    def estimate(self, term: str) -> float:
        """About how many cases hold a term, their customers' included: for a short term, the
        rows holding a trigram it starts; for a long one, its rarest trigram's (both more than
        there are: a short term is often followed by different characters)."""
        total, people = self.counts()
        if len(term) < _SHORT_TERM:
            cases, customers = (self._starting(v, term)
                                for v in ("complaints_fts_vocab", "customers_fts_vocab"))
        else:
            cases, customers = (self._rarest(v, term)
                                for v in ("complaints_fts_vocab", "customers_fts_vocab"))
        return cases + customers * total / max(1, people)

    def _rarest(self, vocab: str, term: str) -> int:
        folded = term.lower()
        return min(self.db.execute(f"SELECT COALESCE(MAX(doc), 0) FROM {vocab} WHERE term = ?",
                                   [folded[n:n + 3]]).fetchone()[0]
                   for n in range(len(folded) - 2))

    def many_customers(self, term: str) -> bool:
        """Whether so many customers hold the term that a walk checks each case's customer
        (a primary-key look-up per case read) rather than gather them all first."""
        if len(term) < _SHORT_TERM:
            return self.customers(term) > _MANY_CUSTOMERS
        return self.holding("customers_fts", term, _MANY_CUSTOMERS + 1)

    def holding(self, fts: str, term: str, n: int) -> bool:
        """Whether n rows or more of a trigram index hold a long term (reading at most n)."""
        if n <= 0:
            return True
        found = self.db.execute(
            f"SELECT COUNT(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?)",
            ['"' + term.replace('"', '""') + '"', n]).fetchone()[0]
        return found >= n


def _filters(q: CaseFilter) -> tuple[list[str], dict]:
    """The clauses on the complaint itself (everything but the text), over `k`."""
    clauses, params = [], {}
    equal = {"status": q.status, "cause": q.cause, "channel": q.channel,
             "severity": q.severity, "received_by": q.staff_id, "customer_id": q.customer_id}
    for column, value in equal.items():
        if value is not None:
            clauses.append(f"k.{column} = :{column}")
            params[column] = value.value if hasattr(value, "value") else value
    if q.open_only:
        clauses.append(f"k.status NOT IN {_CLOSED}")
    if q.received_from:
        clauses.append("k.received_at >= :received_from")
        params["received_from"] = q.received_from.isoformat()
    if q.received_to:
        clauses.append("k.received_at < date(:received_to, '+1 day')")
        params["received_to"] = q.received_to.isoformat()
    if q.overdue_only:
        clauses.append(OVERDUE_SQL)
    return clauses, params


OVERDUE_SQL = f"""(k.status NOT IN {_CLOSED} AND (
    (k.acknowledged_at IS NULL AND k.response_due < :now) OR k.resolution_due < :now))"""


def _indexed_clause(term: str, name: str, params: dict, complaint: str, customer: str) -> str:
    """A term of three or more characters, through the trigram indexes (exact substrings)."""
    params[name] = '"' + term.replace('"', '""') + '"'
    return f"""({complaint} IN
            (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :{name})
        OR {customer} IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH :{name}))"""


def _walked_clause(term: str, name: str, params: dict, per_case: bool) -> str:
    """A term on the complaints_text walk, matching exactly what LIKE '%term%' matches over the
    same columns as the trigram indexes (ASCII case folded, nothing else special). The customer
    columns: the customers holding it gathered first, or (`per_case`) each case's looked up."""
    folded = term.translate(_ASCII_LOWER)
    if per_case:
        params[name] = folded
        text = _CUSTOMER_TEXT.format(p="c.")
        return f"""(instr(s.text, :{name}) > 0 OR EXISTS (SELECT 1 FROM customers c
            WHERE c.id = s.customer_id AND instr({text}, :{name}) > 0))"""
    if len(term) >= _SHORT_TERM:
        params[f"{name}_m"] = '"' + term.replace('"', '""') + '"'
        params[name] = folded
        return f"""(instr(s.text, :{name}) > 0 OR s.customer_id IN
            (SELECT rowid FROM customers_fts WHERE customers_fts MATCH :{name}_m))"""
    params[name] = folded
    customers = _customers_with(term, name, params)
    return f"(instr(s.text, :{name}) > 0 OR s.customer_id IN ({customers}))"


def _short_clause(term: str, name: str, params: dict) -> str:
    """A short term over `k`: the ids its indexes give, or, for a term the trigram index folds
    differently from LIKE, the search text of each case read (rare: 'é', 'Ä')."""
    if _case_exact(term):
        return f"k.id IN ({_short_candidates(term, name, params)})"
    params[name] = term.translate(_ASCII_LOWER)
    return f"""(instr({SEARCH_TEXT_SQL.format(p="k.")}, :{name}) > 0
        OR k.customer_id IN ({_customers_with(term, name, params)}))"""


def _customers_with(term: str, name: str, params: dict) -> str:
    """The ids of the customers holding a short term: through indexes when exact, else a scan."""
    if _case_exact(term):
        return _short_candidates(term, name, params, customers_only=True)
    return f"SELECT id FROM customers WHERE instr({_CUSTOMER_TEXT.format(p='')}, :{name}) > 0"


def _short_candidates(term: str, name: str, params: dict, customers_only: bool = False) -> str:
    """The ids of the cases holding a one- or two-character term, found through indexes only:
    the term starts a trigram (fts5vocab 'instance'), or a column ends with it (the tail
    indexes). Exact for a term without case variants beyond ASCII (see _case_exact)."""
    folded = term.translate(_ASCII_LOWER)
    params.update({name: folded, f"{name}_lo": term.lower(), f"{name}_hi": term.lower() + _TOP,
                   f"{name}_top": folded + _TOP})

    def ends_with(table: str, columns: tuple[str, ...]) -> list[str]:
        if len(term) == 2:
            return [f"SELECT id FROM {table} WHERE lower(substr({c}, -2)) = :{name}"
                    for c in columns]
        return [f"SELECT id FROM {table} WHERE lower(substr({c}, {n})) {test}"
                for c in columns for n, test in (
                    (-2, f">= :{name} AND lower(substr({c}, -2)) < :{name}_top"),
                    (-1, f"= :{name}"))]

    def starts_trigram(fts: str) -> str:
        return f"SELECT doc FROM {fts}_instance WHERE term >= :{name}_lo AND term < :{name}_hi"

    customers = " UNION ALL ".join(
        [starts_trigram("customers_fts"), *ends_with("customers", _CUSTOMER_COLUMNS)])
    if customers_only:
        return customers
    return " UNION ALL ".join([
        starts_trigram("complaints_fts"), *ends_with("complaints", _COMPLAINT_COLUMNS),
        f"SELECT id FROM complaints WHERE customer_id IN ({customers})"])


def _case_exact(term: str) -> bool:
    """Whether the trigram index (which folds every letter's case) finds exactly what LIKE
    (which folds ASCII only) finds: no letter beyond ASCII that has another case."""
    return all(ch.isascii() or ch.lower() == ch.upper() == ch for ch in term)


_COMPLAINT_COLUMNS = ("ref", "product", "order_no", "description", "root_cause")
_CUSTOMER_COLUMNS = ("name", "phone", "phone_digits", "email")  # what customers_fts indexes
_TOP = "\U0010ffff"  # sorts after every character: term + _TOP ends the range of its prefixes
_DENSE = 50  # a term in 1 case of 50 or more fills a 200-row page within ~10,000 cases
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)  # as SQL lower()
_SCAN = 2  # a short term in about 1 case of _SCAN or more: its count is one scan, not indexes
_MANY_CUSTOMERS = 2_000  # gathering more customers than this costs a walk more than looking up
_CUSTOMER_TEXT = ("lower({p}name) || char(10) || lower({p}phone) || char(10) || {p}phone_digits"
                  " || char(10) || lower({p}email)")  # what customers_fts indexes


