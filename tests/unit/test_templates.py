"""Letter templates: placeholders checked before printing, edits saved and restored."""

from __future__ import annotations

import pytest

from desktop_app.actions import letters as actions
from desktop_app.documents.letters import render_letter
from desktop_app.documents.templates import TemplateError, default_template, parse, validate
from desktop_app.domain.model import Language, LetterKind
from tests.conftest import complaint_input, customer_input


@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("language", list(Language))
def test_every_shipped_template_is_valid(kind, language):
    validate(default_template(kind, language))


def test_misspelt_placeholder_is_named_with_a_suggestion():
    with pytest.raises(TemplateError) as caught:
        validate("Dear {custmer_name},\n\nYour case {case_ref}. {totally_unknown}")
    problems = caught.value.problems
    assert problems[0] == "Unknown placeholder {custmer_name} - did you mean {customer_name}?"
    assert problems[1] == "Unknown placeholder {totally_unknown}"


@pytest.mark.parametrize(("body", "fragment"), [
    ("Dear {customer_name", "Broken braces"),
    ("Dear {customer_name!r}", "takes no format"),
    ("Dear {}", "empty placeholder"),
    ("Items: {remedy_list}", "must be a paragraph on its own"),
    ("\n\n   \n", "empty"),
])
def test_broken_templates_are_explained(body, fragment):
    with pytest.raises(TemplateError, match=fragment):
        validate(body)


def test_literal_braces_and_markup_in_a_template_print_as_written():
    blocks = parse("# Subject {case_ref}\n\nPrices {{in yuan}} & <b>more</b>\n\n"
                   "> {complaint_summary}")
    assert [b.role for b in blocks] == ["subject", "text", "quote"]
    assert blocks[1].parts == (("Prices {in yuan} & <b>more</b>", None),)


def test_unknown_placeholder_stops_the_letter_before_anything_is_drawn(archive):
    complaint = archive.cases.record_complaint(customer_input(), complaint_input())
    job = archive.letters.letter_job(complaint.id, LetterKind.APOLOGY)
    with pytest.raises(TemplateError, match="did you mean {case_ref}"):
        render_letter(job.kind, job.language, job.context, "Ref {cse_ref}")


def test_edited_template_is_used_and_the_default_can_be_restored(archive):
    kind, language = LetterKind.FOLLOW_UP, Language.EN
    actions.save_template(archive, kind, language, "Hello {customer_name}\n\nBye,", None)
    assert archive.letters.letter_template(kind, language) == "Hello {customer_name}\n\nBye,"
    assert archive.letters.letter_template_is_custom(kind, language)
    before = actions.restore_template(archive, kind, language, None)
    assert archive.letters.letter_template(kind, language) is None  # the shipped default is used
    assert actions.template_text(archive, kind, language) == default_template(kind, language)
    actions.undo_template(archive, kind, language, before, None)
    assert archive.letters.letter_template(kind, language) == "Hello {customer_name}\n\nBye,"


def test_saving_a_bad_template_saves_nothing(archive):
    with pytest.raises(TemplateError):
        actions.save_template(archive, LetterKind.APOLOGY, Language.EN, "Hi {nmae}", None)
    assert not archive.letters.letter_template_is_custom(LetterKind.APOLOGY, Language.EN)
