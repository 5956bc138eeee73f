"""What to do and say next on a case: the five recovery steps and phrasing tips for each status.

Texts are English sources marked for translation in context "Guidance"; the case view shows them
translated. Which recovery steps matter most depends on how far the case has got.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import RecoveryStep, Status

CONTEXT = "Guidance"

STEP_ADVICE: dict[RecoveryStep, str] = {
    RecoveryStep.APOLOGY: _N("Guidance", "Say sorry early, briefly and sincerely, before any "
                                         "explanation."),
    RecoveryStep.URGENT_FIX: _N("Guidance", "Put it right now if you can: replace the item, "
                                            "correct the bill, redo the work."),
    RecoveryStep.EMPATHY: _N("Guidance", "Name the trouble and the feeling: \u201cWaiting that "
                                         "long before work is really annoying.\u201d"),
    RecoveryStep.COMPENSATION: _N("Guidance", "Offer something that touches the customer without "
                                              "burdening the shop; weigh it against what the "
                                              "customer means to you."),
    RecoveryStep.FOLLOW_UP: _N("Guidance", "Check back after the fix: is the customer really "
                                           "satisfied, did anything else go wrong? Tell the team "
                                           "what you heard."),
}


@dataclass(frozen=True)
class StatusGuidance:
    """The aim of the current stage, what to say, and the recovery steps that matter now."""

    aim: str
    tips: tuple[str, ...]
    focus: tuple[RecoveryStep, ...]


_R = RecoveryStep
GUIDANCE: dict[Status, StatusGuidance] = {
    Status.RECEIVED: StatusGuidance(
        _N("Guidance", "Calm things down and write it all down."),
        (_N("Guidance", "Let the customer finish; do not interrupt or argue."),
         _N("Guidance", "\u201cI am sorry this happened. Thank you for telling us.\u201d"),
         _N("Guidance", "Read back what you wrote: \u201cLet me check I have it right\u2026\u201d"),
         _N("Guidance", "Give your name and say \u201cI will\u2026\u201d, not \u201cwe\u201d.")),
        (_R.APOLOGY, _R.EMPATHY)),
    Status.ACKNOWLEDGED: StatusGuidance(
        _N("Guidance", "The customer knows you are on it; now find out what they really expect."),
        (_N("Guidance", "\u201cWhat would put this right for you?\u201d"),
         _N("Guidance", "Promise a time for your next call, and keep it.")),
        (_R.EMPATHY, _R.URGENT_FIX)),
    Status.INVESTIGATING: StatusGuidance(
        _N("Guidance", "Get the facts: how serious, how many customers, and why it happened."),
        (_N("Guidance", "Tell bad news early rather than late."),
         _N("Guidance", "If it takes longer, call before the promised time and say when you "
                        "will know."),
         _N("Guidance", "Note the cause, so the same complaint does not come back.")),
        (_R.URGENT_FIX,)),
    Status.REMEDY_AGREED: StatusGuidance(
        _N("Guidance", "Agree one concrete action and a date, then do it at once."),
        (_N("Guidance", "Offer a choice: \u201cI can replace it today or refund it. Which suits "
                        "you better?\u201d"),
         _N("Guidance", "Say what you can do, not what you cannot."),
         _N("Guidance", "Confirm it in writing with the resolution letter.")),
        (_R.URGENT_FIX, _R.COMPENSATION)),
    Status.REMEDY_DONE: StatusGuidance(
        _N("Guidance", "The fix is done: make the ending a good one."),
        (_N("Guidance", "\u201cYour new order is ready; I checked it myself.\u201d"),
         _N("Guidance", "Plan a follow-up call within the next few days.")),
        (_R.COMPENSATION, _R.FOLLOW_UP)),
    Status.FOLLOW_UP: StatusGuidance(
        _N("Guidance", "Ask whether the customer is truly satisfied now."),
        (_N("Guidance", "\u201cIs everything all right now? Is there anything else we should "
                        "know?\u201d"),
         _N("Guidance", "Ask for a score from 1 to 5 and whether they will come back."),
         _N("Guidance", "Thank them for their patience and pass on what you learn.")),
        (_R.FOLLOW_UP,)),
    Status.RECOVERED: StatusGuidance(
        _N("Guidance", "The customer is won back: learn from it."),
        (_N("Guidance", "Record what the shop changed because of this complaint."),
         _N("Guidance", "Recognise the colleague who handled it well.")),
        ()),
    Status.NOT_RECOVERED: StatusGuidance(
        _N("Guidance", "Not recovered: record what was offered and what options the customer "
                       "still has."),
        (_N("Guidance", "Stay polite and leave the door open: \u201cYou are always welcome "
                        "here.\u201d"),
         _N("Guidance", "Note the cause so it does not happen to the next customer.")),
        ()),
}


def guidance_for(status: Status) -> StatusGuidance:
    return GUIDANCE[status]
