"""Letters: content from the case in both languages, embedded fonts, hostile text, the log, CLI."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop_app.cli import main as cli_main
from desktop_app.documents.formatting import format_date, format_money
from desktop_app.documents.letters import excerpt, render_batch, render_letter
from desktop_app.domain.letter_context import LetterJob
from desktop_app.domain.model import Language, LetterKind, RemedyKind, ShopProfile
from tests.conftest import complaint_input, customer_input

ALL = [(kind, language) for kind in LetterKind for language in Language]
REMEDY_WORD = {Language.EN: "Refund", Language.ZH_CN: "退款", Language.ZH_TW: "退款"}


def _add_remedy(archive, complaint_id, kind=RemedyKind.REFUND, cents=3800, text="cake refunded"):
    archive.db["remedies"].insert({"complaint_id": complaint_id, "kind": kind.value,
                                   "description": text, "amount_cents": cents,
                                   "given_on": "2026-11-03"})


@pytest.fixture
def case(archive):
    archive.save_shop(ShopProfile(name="晨光咖啡 Morning Light", address="漕溪北路 88 号",
                                  phone="021-6468 8000", email="hi@example.com"))
    staff = archive.add_staff("李娜")
    complaint = archive.cases.record_complaint(
        customer_input(address="上海市静安区南京西路 1266 号\n200040"),
        complaint_input(received_by=staff.id))
    _add_remedy(archive, complaint.id)
    _add_remedy(archive, complaint.id, RemedyKind.VOUCHER, 5000, "next visit")
    return complaint


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def _fonts(pdf: bytes) -> list[dict]:
    fonts = []
    for page in PdfReader(BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.append(font.get_object())
    return fonts


@pytest.mark.parametrize(("kind", "language"), ALL)
def test_every_letter_names_the_customer_the_case_and_the_remedy(archive, case, kind, language):
    job = archive.letters.letter_job(case.id, kind, language)
    text = _text(render_letter(job.kind, job.language, job.context, job.template))
    assert "王小明" in text
    assert case.ref in text
    assert REMEDY_WORD[language].lower() in text.lower()


@pytest.mark.parametrize(("kind", "language"), ALL)
def test_every_font_in_a_letter_is_embedded_truetype(archive, case, kind, language):
    job = archive.letters.letter_job(case.id, kind, language)
    fonts = _fonts(render_letter(job.kind, job.language, job.context, job.template))
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        assert "Helvetica" not in font["/BaseFont"] and "Times" not in font["/BaseFont"]


def test_resolution_letter_carries_a_voucher_slip_with_code_and_expiry(archive, case):
    job = archive.letters.letter_job(case.id, LetterKind.RESOLUTION, Language.EN)
    text = _text(render_letter(job.kind, job.language, job.context, job.template))
    voucher = job.context.voucher
    assert voucher.code.startswith(case.ref)
    assert voucher.code in text
    assert "Valid until" in text
    assert format_date(voucher.expires_on, Language.EN) in text.replace("\xa0", " ")


def test_apology_letter_has_no_voucher_slip(archive, case):
    job = archive.letters.letter_job(case.id, LetterKind.APOLOGY, Language.EN)
    assert "Goodwill voucher" not in _text(render_letter(job.kind, job.language, job.context))


def test_sentence_with_a_missing_value_is_left_out(archive, case):
    job = archive.letters.letter_job(case.id, LetterKind.RESOLUTION, Language.EN)
    text = _text(render_letter(job.kind, job.language, job.context))
    assert "made a change" not in text  # the case has no recorded improvement


HOSTILE = "<b>&amp; </font> 😀👍🏽 \x00\x0b 王" + "\u200d\ufe0f"


@pytest.mark.parametrize("language", list(Language))
def test_hostile_text_still_makes_a_correct_pdf(archive, case, language):
    job = archive.letters.letter_job(case.id, LetterKind.RESOLUTION, language)
    name = ("<b>Ann & Co</b> 😀 " + "x" * 300)[:300]
    context = replace(
        job.context,
        customer=replace(job.context.customer, name=name, address="<i>no</i>\n" + "🏠" * 5),
        complaint=replace(job.context.complaint,
                          description=(HOSTILE + " The cake was stale. ") * 700),
        remedies=(replace(job.context.remedies[0], description="<script>&lt;</script>"),),
    )
    template = "Dear {customer_name},\n\n{remedy_list}\n\n> {complaint_text}\n\nYours,"
    pdf = render_letter(job.kind, language, context, template)
    assert len(context.complaint.description) > 20_000
    assert len(PdfReader(BytesIO(pdf)).pages) > 3  # the full text flows onto more pages
    text = _text(pdf)
    assert "<b>Ann & Co</b>" in text
    assert "<b>&amp; </font>" in text
    assert "<script>&lt;</script>" in text
    assert "□" in text  # emoji the fonts lack show as a visible placeholder


def test_complaint_summary_is_a_short_excerpt_of_whole_sentences():
    long = "The cake was stale. " * 50
    summary = excerpt(long, Language.EN)
    assert len(summary) < 240 and summary.startswith("The cake was stale.")
    assert summary.endswith("[…]")
    assert excerpt("短。" * 100, Language.ZH_CN).endswith("……")


def test_letters_are_logged_on_the_case_and_can_be_opened_again(archive, case):
    job = archive.letters.letter_job(case.id, LetterKind.APOLOGY)
    pdf = render_letter(job.kind, job.language, job.context, job.template)
    staff = archive.staff()[0]
    archive.letters.log_letter(case.id, job.kind, job.language, pdf, staff.id)
    [letter] = archive.letters.letters(case.id)
    assert (letter.kind, letter.language, letter.made_by) == (LetterKind.APOLOGY,
                                                               Language.ZH_CN, staff.id)
    assert archive.letters.letter_pdf(letter.id) == pdf
    events = list(archive.db.query("SELECT * FROM events WHERE entity = 'letter'"))
    assert events[0]["complaint_id"] == case.id


def test_batch_puts_each_letter_on_its_own_sheets_with_its_own_page_numbers(archive, case):
    other = archive.cases.record_complaint(
        customer_input(name="Olivia Brown", phone="139 1111 2222", language=Language.EN),
        complaint_input(),
    )
    jobs = [archive.letters.letter_job(c.id, LetterKind.FOLLOW_UP) for c in (case, other)]
    text = _text(render_batch(jobs))
    assert "王小明" in text and "Olivia Brown" in text
    assert "第 1 页，共 1 页" in text and "Page 1 of 1" in text


def test_follow_ups_due_in_the_week_are_found_for_the_batch(archive, case):
    archive.db["follow_ups"].insert({"complaint_id": case.id, "due_on": "2026-11-25"})
    assert archive.letters.follow_up_letters_due(date(2026, 11, 23), date(2026, 11, 29)) == [
        case.id
    ]
    assert archive.letters.follow_up_letters_due(date(2026, 11, 30), date(2026, 12, 6)) == []


def test_money_and_dates_follow_the_letter_language():
    assert format_money(123450, "CNY", Language.ZH_CN) == "¥1,234.50"
    assert format_money(123450, "CNY", Language.EN) == "CNY 1,234.50"
    assert format_date(date(2026, 11, 23), Language.ZH_CN) == "2026年11月23日"
    assert format_date(date(2026, 11, 23), Language.EN) == "23 November 2026"


def test_us_letter_paper_follows_the_shop_setting(archive, case):
    archive.save_shop(ShopProfile(name="Shop", paper_size="Letter"))
    job = archive.letters.letter_job(case.id, LetterKind.APOLOGY, Language.EN)
    page = PdfReader(BytesIO(render_letter(job.kind, job.language, job.context))).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


def test_cli_writes_the_letter_and_logs_it(archive, case, archive_path, tmp_path):
    out = tmp_path / "letter.pdf"
    code = cli_main(["letter", case.ref, "--kind", "resolution", "--lang", "en", "--out",
                     str(out), "--data-dir", str(archive_path.parent)])
    assert code == 0
    assert case.ref in _text(out.read_bytes())
    assert [(x.kind, x.language) for x in archive.letters.letters(case.id)] == [
        (LetterKind.RESOLUTION, Language.EN)]


@pytest.mark.parametrize(("argv", "message"), [
    (["letter", "2099-9999", "--kind", "apology"], "no case with reference"),
    (["letter", "{ref}", "--kind", "apology", "--signer", "Nobody"], "no staff member"),
    (["letter", "--batch-follow-ups", "--week", "2026-W60"], "not an ISO week"),
])
def test_cli_explains_bad_input_without_a_traceback(archive, case, archive_path, tmp_path,
                                                    capsys, argv, message):
    argv = [a.replace("{ref}", case.ref) for a in argv]
    out = tmp_path / "x.pdf"
    code = cli_main([*argv, "--out", str(out), "--data-dir", str(archive_path.parent)])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_cli_refuses_an_unwritable_out_file(archive, case, archive_path, tmp_path, capsys):
    out = tmp_path / "missing-folder" / "letter.pdf"
    code = cli_main(["letter", case.ref, "--kind", "apology", "--out", str(out),
                     "--data-dir", str(archive_path.parent)])
    assert code == 2
    assert "cannot write" in capsys.readouterr().err
    assert archive.letters.letters(case.id) == []


def test_cli_batch_writes_this_weeks_follow_up_letters(archive, case, archive_path, tmp_path):
    archive.db["follow_ups"].insert({"complaint_id": case.id, "due_on": "2026-11-25"})
    out = tmp_path / "batch.pdf"
    code = cli_main(["letter", "--batch-follow-ups", "--week", "2026-W48", "--out", str(out),
                     "--data-dir", str(archive_path.parent)])
    assert code == 0
    assert "王小明" in _text(out.read_bytes())
    assert [x.kind for x in archive.letters.letters(case.id)] == [LetterKind.FOLLOW_UP]


def test_batch_of_nothing_is_refused():
    with pytest.raises(ValueError):
        render_batch([])


def test_letter_job_defaults_to_the_customers_language(archive, case):
    assert archive.letters.letter_job(case.id, LetterKind.APOLOGY).language is Language.ZH_CN
    assert isinstance(archive.letters.letter_job(case.id, LetterKind.APOLOGY), LetterJob)
