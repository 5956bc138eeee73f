"""The case sheet of a rich case: every field, every timeline entry, pictures, fonts, QR code."""

from __future__ import annotations

import re
from datetime import date, datetime
from io import BytesIO

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop_app.documents import case_sheet
from desktop_app.documents.case_sheet import render_case_sheet, timeline_text
from desktop_app.documents.codes import encoded_value, qr_drawing
from desktop_app.domain.model import (
    Cause,
    FollowUpMethod,
    RecoveryStep,
    RemedyKind,
    ShopProfile,
    Spread,
    Status,
)
from desktop_app.domain.recovery import FollowUpResult, RemedyInput
from desktop_app.i18n import label
from tests.conftest import complaint_input, customer_input


def png(colour: str, size=(120, 80)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def rich_case(archive):
    """A case with everything: diagnosis, checklist, remedies, follow-ups, moves, a photo."""
    archive.save_shop(ShopProfile(name="Golden Crust Bakery", address="12 Mill Road",
                                  phone="020 7946 0000", email="hello@golden.example"))
    clerk = archive.add_staff("Li Na")
    complaint = archive.cases.record_complaint(
        customer_input(name="Zhou Ming", phone="138 0013 8000", address="5 Canal Street"),
        complaint_input(received_by=clerk.id, order_no="R-4471", spread=Spread.SEVERAL,
                        description="The birthday cake had the wrong name <b>&amp; was late."),
        clerk.id)
    cid = complaint.id
    archive.recovery.move_case(cid, Status.ACKNOWLEDGED, clerk.id)
    archive.recovery.tick_step(cid, RecoveryStep.APOLOGY, clerk.id, note="Said sorry in person")
    archive.recovery.move_case(cid, Status.INVESTIGATING, clerk.id)
    archive.recovery.update_diagnosis(cid, Cause.DETAIL, "Name taken by phone, not written down",
                             "Order slips now have a name field", clerk.id)
    archive.remedies.add_remedy(
        RemedyInput(
            cid,
            RemedyKind.REFUND,
            "Full refund of the cake",
            16800,
            16800,
            date(2026, 11, 3),
            clerk.id,
            True,
        ),
        clerk.id,
    )
    archive.remedies.add_remedy(RemedyInput(cid, RemedyKind.VOUCHER, "Coffee voucher", 3000, 900,
                                   date(2026, 11, 3), clerk.id, True), clerk.id)
    follow_up = archive.follow_ups.schedule_follow_up(cid, date(2026, 11, 6), FollowUpMethod.PHONE,
                                           clerk.id)
    archive.follow_ups.record_follow_up(follow_up.id, FollowUpResult(
        datetime(2026, 11, 6, 15, 0), FollowUpMethod.PHONE, 4, True, True,
        still_wrong="Box was dented", notes="Will order again for New Year"), clerk.id)
    archive.attachments.add_attachment(cid, "cake.png", "image/png", png("#c89a5a", (800, 600)),
                           png("#c89a5a"), clerk.id)
    return archive.case_files.case_file(cid, full_attachments=True)


FURNITURE = re.compile(r"^(Page \d+ of \d+|.*Case sheet · \d{4}-\d{4})$")


def text_of(pdf: bytes) -> str:
    """All the words of the PDF, without page headers and footers, with every space and line
    break taken out (wrapping differs)."""
    reader = PdfReader(BytesIO(pdf))
    lines = [line for page in reader.pages for line in page.extract_text().splitlines()
             if not FURNITURE.match(line.strip())]
    return re.sub(r"\s+", "", "".join(lines))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_case_sheet_shows_every_field_of_the_complaint_and_the_customer(rich_case):
    words = text_of(render_case_sheet(rich_case, "en"))
    c, cu = rich_case.complaint, rich_case.customer
    values = [c.ref, c.product, c.order_no, c.description, c.root_cause, c.improvement,
              cu.name, cu.phone, cu.email, cu.address, "Li Na", "Golden Crust Bakery",
              "2 November 2026 10:30"]
    values += [label(m, "en") for m in (c.channel, c.feeling, c.expectation, c.severity,
                                        c.spread, c.cause, c.status, cu.segment, cu.care)]
    for value in values:
        assert squeeze(value) in words, value


def test_case_sheet_lists_checklist_remedies_follow_ups_and_every_timeline_entry(rich_case):
    words = text_of(render_case_sheet(rich_case, "en"))
    for step in RecoveryStep:
        assert squeeze(label(step, "en")) in words
    for value in ("Said sorry in person", "Full refund of the cake", "Coffee voucher",
                  "CNY 168.00", "CNY 30.00", "CNY 198.00", "CNY 177.00", "4 / 5",
                  "Box was dented", "Will order again for New Year"):
        assert squeeze(value) in words, value
    assert len(rich_case.timeline) >= 10
    for entry in rich_case.timeline:
        what, detail = timeline_text(entry, "en")
        assert squeeze(what) in words, what
        assert squeeze(detail) in words, detail


def test_chinese_case_sheet_uses_chinese_labels(rich_case):
    words = text_of(render_case_sheet(rich_case, "zh_CN"))
    assert "投诉案卷" in words and "服务补救清单" in words
    assert squeeze(label(rich_case.complaint.channel, "zh_CN")) in words
    for entry in rich_case.timeline:
        assert squeeze(timeline_text(entry, "zh_CN")[0]) in words


def images_per_page(pdf: bytes) -> list[int]:
    reader = PdfReader(BytesIO(pdf))
    counts = []
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject", {})
        counts.append(sum(1 for o in objects.values() if o.get_object()["/Subtype"] == "/Image"))
    return counts


def test_attachments_appear_as_thumbnails_and_optionally_as_full_pages(rich_case):
    thumbnails_only = images_per_page(render_case_sheet(rich_case, "en"))
    assert sum(thumbnails_only) == 1
    with_pages = images_per_page(render_case_sheet(rich_case, "en", full_attachments=True))
    assert sum(with_pages) == 2 and with_pages[-1] == 1
    assert len(with_pages) == len(thumbnails_only) + 1


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_font_of_the_case_sheet_is_embedded(rich_case, language):
    assert_fonts_embedded(render_case_sheet(rich_case, language))


def assert_fonts_embedded(pdf: bytes) -> None:
    reader = PdfReader(BytesIO(pdf))
    seen = 0
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        # [] resolves an indirect /Font on every pypdf; .get() does not on pypdf 4.
        for font in (resources["/Font"] if "/Font" in resources else {}).values():
            font = font.get_object()
            seen += 1
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
    assert seen


def test_the_qr_code_carries_the_case_reference(rich_case, monkeypatch):
    drawn = []
    monkeypatch.setattr(case_sheet, "qr_drawing",
                        lambda value, size: drawn.append(qr_drawing(value, size)) or drawn[-1])
    render_case_sheet(rich_case, "en")
    assert [encoded_value(d) for d in drawn] == [rich_case.complaint.ref]


def test_a_simple_case_fits_on_one_page(archive):
    complaint = archive.cases.record_complaint(customer_input(), complaint_input())
    case = archive.case_files.case_file(complaint.id)
    for language in ("en", "zh_CN"):
        assert len(PdfReader(BytesIO(render_case_sheet(case, language))).pages) == 1


def test_a_20000_character_complaint_flows_over_pages_and_is_all_there(archive):
    long_text = " ".join(f"Sentence {n} about the soggy pastry." for n in range(700))[:20000]
    complaint = archive.cases.record_complaint(customer_input(),
                                         complaint_input(description=long_text))
    pdf = render_case_sheet(archive.case_files.case_file(complaint.id), "en")
    assert len(PdfReader(BytesIO(pdf)).pages) >= 5
    assert squeeze(long_text) in text_of(pdf)


def test_markup_and_unprintable_characters_in_user_text_are_printed_as_typed(archive):
    name = "<font name='x'>O'Brien & Sons</font> 🎂"
    complaint = archive.cases.record_complaint(customer_input(name=name), complaint_input())
    words = text_of(render_case_sheet(archive.case_files.case_file(complaint.id), "en"))
    assert squeeze("<font name='x'>O'Brien & Sons</font>") in words


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_a_root_cause_and_improvement_over_120_characters_print_in_full(archive, language):
    complaint = archive.cases.record_complaint(customer_input(), complaint_input())
    root = "The order was taken by phone and the name was never written down. " * 3
    better = "Every order slip now has a name field, read back to the customer. " * 3
    archive.recovery.update_diagnosis(complaint.id, Cause.DETAIL, root, better, None)
    words = text_of(render_case_sheet(archive.case_files.case_file(complaint.id), language))
    assert squeeze(root) in words and squeeze(better) in words
