"""Audit events told as a case's timeline: what happened, to which field, from what to what.

The archive writes events with stored codes (status "received", amount "1250"); this module turns
them into display values and English source texts the UI translates (contexts "Timeline", "Field"
and each enum's own context), so the case view and the case printout tell the same story.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.labels import CodedEnum
from desktop_app.domain.model import (
    Care,
    Cause,
    Channel,
    Event,
    Expectation,
    Feeling,
    FollowUpMethod,
    Language,
    LetterKind,
    RecoveryStep,
    RemedyKind,
    Segment,
    Severity,
    Spread,
    Status,
)
from desktop_app.domain.queries import TimelineEntry
from desktop_app.domain.recovery import format_cents

CONTEXT = "Timeline"

SUMMARIES: dict[tuple[str, str], str] = {
    ("complaint", "created"): _N("Timeline", "Complaint recorded"),
    ("complaint", "moved"): _N("Timeline", "Status changed"),
    ("complaint", "reopened"): _N("Timeline", "Case reopened"),
    ("complaint", "stamped"): _N("Timeline", "Recorded automatically"),
    ("complaint", "changed"): _N("Timeline", "Case details corrected"),
    ("complaint", "deleted"): _N("Timeline", "Case deleted"),
    ("complaint", "restored"): _N("Timeline", "Case restored"),
    ("complaint", "merged"): _N("Timeline", "Customer records merged"),
    ("remedy", "created"): _N("Timeline", "Remedy added"),
    ("remedy", "changed"): _N("Timeline", "Remedy changed"),
    ("follow_up", "scheduled"): _N("Timeline", "Follow-up planned"),
    ("follow_up", "changed"): _N("Timeline", "Follow-up rescheduled"),
    ("follow_up", "done"): _N("Timeline", "Follow-up done"),
    ("follow_up", "cancelled"): _N("Timeline", "Follow-up cancelled"),
    ("checklist", "ticked"): _N("Timeline", "Recovery step ticked"),
    ("checklist", "unticked"): _N("Timeline", "Recovery step unticked"),
    ("attachment", "added"): _N("Timeline", "Attachment added"),
    ("letter", "made"): _N("Timeline", "Letter made"),
    ("customer", "created"): _N("Timeline", "Customer added"),
    ("customer", "changed"): _N("Timeline", "Customer details changed"),
    ("customer", "merged"): _N("Timeline", "Customer records merged"),
    ("remedy", "removed"): _N("Timeline", "Remedy removed"),
}
# Undo and redo (desktop_app/actions) write these for every kind of row they put back.
for _entity in ("complaint", "remedy", "follow_up", "checklist", "attachment", "customer"):
    SUMMARIES[(_entity, "undone")] = _N("Timeline", "Undone")
    SUMMARIES[(_entity, "redone")] = _N("Timeline", "Redone")
# Events other parts of Amends may add later still show, just less specifically.
FALLBACK_SUMMARY = _N("Timeline", "Changed")

FIELD_LABELS: dict[str, str] = {
    "status": _N("Field", "Status"),
    "reason": _N("Field", "Reason"),
    "acknowledged_at": _N("Field", "Acknowledged"),
    "first_response_at": _N("Field", "First response"),
    "first_closed_at": _N("Field", "First closed"),
    "closed_at": _N("Field", "Closed"),
    "reopen_count": _N("Field", "Times reopened"),
    "response_due": _N("Field", "Acknowledgement due"),
    "resolution_due": _N("Field", "Resolution due"),
    "not_accepted_options": _N("Field", "Options the customer was told"),
    "received_at": _N("Field", "Received"),
    "received_by": _N("Field", "Received by"),
    "channel": _N("Field", "Channel"),
    "description": _N("Field", "Description"),
    "feeling": _N("Field", "Feeling"),
    "expectation": _N("Field", "Expectation"),
    "severity": _N("Field", "Severity"),
    "spread": _N("Field", "Spread"),
    "product": _N("Field", "Product"),
    "order_no": _N("Field", "Order number"),
    "cause": _N("Field", "Cause"),
    "root_cause": _N("Field", "Root cause"),
    "improvement": _N("Field", "Improvement"),
    "customer_id": _N("Field", "Customer"),
    "kind": _N("Field", "Kind"),
    "amount_cents": _N("Field", "Amount"),
    "cost_cents": _N("Field", "Cost to the shop"),
    "given_on": _N("Field", "Given on"),
    "given_by": _N("Field", "Given by"),
    "accepted": _N("Field", "Accepted"),
    "due_on": _N("Field", "Due on"),
    "method": _N("Field", "Method"),
    "satisfaction": _N("Field", "Satisfaction"),
    "step": _N("Field", "Step"),
    "filename": _N("Field", "File"),
    "name": _N("Field", "Name"),
    "phone": _N("Field", "Phone"),
    "email": _N("Field", "E-mail"),
    "address": _N("Field", "Address"),
    "language": _N("Field", "Language"),
    "consent": _N("Field", "Consent to contact"),
    "segment": _N("Field", "Segment"),
    "care": _N("Field", "Special care"),
    "notes": _N("Field", "Notes"),
    "merged_into": _N("Field", "Merged into"),
    "merged_from": _N("Field", "Merged from"),
    "created_at": _N("Field", "Customer since"),
}

_ENUM_FIELDS: dict[str, type[CodedEnum]] = {
    "status": Status, "channel": Channel, "feeling": Feeling, "expectation": Expectation,
    "severity": Severity, "spread": Spread, "cause": Cause, "method": FollowUpMethod,
    "step": RecoveryStep, "segment": Segment, "care": Care, "language": Language,
}
_BOOL_FIELDS = {"accepted", "recovery_accepted", "will_return", "consent"}
_MONEY_FIELDS = {"amount_cents", "cost_cents"}
_STAFF_FIELDS = {"received_by", "given_by", "done_by"}
_YES, _NO = _N("Timeline", "Yes"), _N("Timeline", "No")


def _enum_for(entity: str, field: str) -> type[CodedEnum] | None:
    if field == "kind":
        return LetterKind if entity == "letter" else RemedyKind
    return _ENUM_FIELDS.get(field)


def _display(entity: str, field: str, value: str, staff: dict[int, str]) -> tuple[str, str]:
    """(display value, translation context or "") for one stored value."""
    if value == "":
        return "", ""
    enum = _enum_for(entity, field)
    if enum is not None:
        try:
            return enum(value).label, enum.context()
        except ValueError:
            return value, ""
    if field in _BOOL_FIELDS:
        return (_YES if value not in ("0", "False") else _NO), CONTEXT
    if field in _MONEY_FIELDS and value.lstrip("-").isdigit():
        return format_cents(int(value)), ""
    if field in _STAFF_FIELDS and value.isdigit():
        return staff.get(int(value), value), ""
    return value, ""


def _letter(event: Event) -> tuple[Event, str]:
    """Letter events say "<kind> (<language>)": read as the kind, with the language as detail."""
    kind, _, language = event.new.partition(" (")
    language = language.rstrip(")")
    known = {member.value: member.label for member in Language}
    return replace(event, field="kind", new=kind), known.get(language, language)


def describe(event: Event, staff: dict[int, str], detail: str = "") -> TimelineEntry:
    """The timeline entry for one audit event; `staff` maps staff ids to names."""
    if event.entity == "letter" and not event.field:
        event, detail = _letter(event)
    old, old_context = _display(event.entity, event.field, event.old, staff)
    new, new_context = _display(event.entity, event.field, event.new, staff)
    if event.field == "reason":  # a reason is the clerk's explanation, not a changed value
        detail, new = detail or event.new, ""
    assert event.id is not None  # the timeline shows stored events only
    return TimelineEntry(
        event_id=event.id,
        at=event.at,
        staff_id=event.staff_id,
        staff_name=staff.get(event.staff_id, "") if event.staff_id is not None else "",
        entity=event.entity,
        entity_id=event.entity_id,
        action=event.action,
        summary=SUMMARIES.get((event.entity, event.action), FALLBACK_SUMMARY),
        field=event.field,
        field_label=FIELD_LABELS.get(event.field, event.field),
        old=old,
        new=new,
        value_context=old_context or new_context,
        detail=detail,
    )
