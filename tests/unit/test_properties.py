"""Any text in any field is either refused with a FieldError naming that field, or survives
save → reload unchanged (trimmed at the ends, as the rules promise) and prints in a letter."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.archive import Archive
from desktop_app.archive.transfer import _csv
from desktop_app.documents.letters import render_letter
from desktop_app.domain import csv_rules as rules
from desktop_app.domain.model import LetterKind
from desktop_app.domain.validate import ValidationError
from tests.conftest import complaint_input, customer_input

# Every code point except lone surrogates (which cannot be encoded at all), control chars included.
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=200) | st.sampled_from(
    ["", " ", "\x00", "\u202e伪造", "😡🍰👨‍👩‍👧", "<b>&amp;</b>", "{name}", "=1+1",
     "\r\n\r", "a\x1fb", "\ufeff", "﷽" * 30, "长" * 600])
CUSTOMER_FIELDS = ["name", "phone", "email", "address"]
COMPLAINT_FIELDS = ["description", "product", "order_no"]


@pytest.fixture(scope="module")
def shared_archive():
    with tempfile.TemporaryDirectory() as folder:
        archive = Archive.open(Path(folder) / "amends.db")
        yield archive
        archive.close()


def _save_and_reload(archive: Archive, field: str, text: str):
    customer, complaint = customer_input(), complaint_input()
    if field in CUSTOMER_FIELDS:
        customer = replace(customer, **{field: text})
    else:
        complaint = replace(complaint, **{field: text})
    try:
        saved = archive.cases.record_complaint(customer, complaint)
    except ValidationError as error:
        assert {e.field for e in error.errors} == {field}
        return None
    reloaded = archive.cases.complaint(saved.id)
    owner = archive.customers.customer(saved.customer_id)
    stored = getattr(owner if field in CUSTOMER_FIELDS else reloaded, field)
    assert stored == text.strip()
    return saved


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(CUSTOMER_FIELDS + COMPLAINT_FIELDS), text=ANY_TEXT)
def test_any_text_in_any_field_is_refused_or_survives_save_and_reload(shared_archive, field, text):
    _save_and_reload(shared_archive, field, text)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(CUSTOMER_FIELDS + COMPLAINT_FIELDS), text=ANY_TEXT)
def test_any_text_that_is_saved_prints_in_a_letter(shared_archive, field, text):
    saved = _save_and_reload(shared_archive, field, text)
    if saved is not None:
        job = shared_archive.letters.letter_job(saved.id, LetterKind.APOLOGY)
        assert render_letter(job.kind, job.language, job.context, job.template)[:5] == b"%PDF-"


@settings(max_examples=300, deadline=None)
@given(text=ANY_TEXT)
def test_any_text_survives_a_csv_export_and_import(text):
    table = rules.read_table(_csv(["description", "product"], [[text, "x"]]))
    assert rules.record(table.rows[0][1], {0: "description"}) == {"description": text}
