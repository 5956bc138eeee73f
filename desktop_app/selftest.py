"""`amends --self-test`: prove that a build works, without a screen and without the real archive.

Each step prints one line (`ok  <step>  <what it proved>  (<ms>)`); the first failure prints
`FAIL <step>: <reason>` on stderr and the run exits 1. Everything happens in a temporary folder
that is removed afterwards, so the shop's own archive is never opened. Steps can be named to run
only those (plus what they need), e.g. `amends --self-test window` to time start-up.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app import __version__
from desktop_app.archive import Archive
from desktop_app.domain.model import (
    Channel,
    Complaint,
    Customer,
    Expectation,
    Feeling,
    Language,
    LetterKind,
    Severity,
)
from desktop_app.domain.validate import ComplaintInput, CustomerInput
from desktop_app.paths import resource

CUSTOMER_NAME = "王小明"
DESCRIPTION = "Self-test: the cheesecake was stale. 芝士蛋糕不新鲜。"


class SelfTestError(Exception):
    """A step found the build broken; the message says what it expected and what it got."""


@dataclass
class _Run:
    folder: Path
    opened: Archive | None = None
    customer: Customer | None = None
    saved: Complaint | None = None

    @property
    def archive(self) -> Archive:
        if self.opened is None:
            raise SelfTestError("no archive was opened before this step")
        return self.opened

    @property
    def complaint(self) -> Complaint:
        if self.saved is None:
            raise SelfTestError("no complaint was saved before this step")
        return self.saved


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _archive(run: _Run) -> str:
    run.opened = Archive.open(run.folder / "amends.db")
    return f"opened a new archive in {run.folder}"


def _complaint(run: _Run) -> str:
    saved = run.archive.cases.record_complaint(
        CustomerInput(name=CUSTOMER_NAME, phone="138 0013 8000", language=Language.ZH_CN),
        ComplaintInput(
            received_at=run.archive.now(),
            channel=Channel.IN_PERSON,
            description=DESCRIPTION,
            feeling=Feeling.UPSET,
            expectation=Expectation.REFUND,
            severity=Severity.MEDIUM,
            product="Cheesecake",
        ),
    )
    # Read it back the way the case view does, so a save that silently lost data is caught.
    run.saved = run.archive.cases.complaint_by_ref(saved.ref)
    _check(run.saved is not None, f"complaint {saved.ref} was not found after saving")
    _check(run.complaint.description == DESCRIPTION, "the saved description came back changed")
    run.customer = run.archive.customers.customer(run.complaint.customer_id)
    _check(run.customer.name == CUSTOMER_NAME, f"customer came back as {run.customer.name!r}")
    return f"saved complaint {run.complaint.ref} for {CUSTOMER_NAME} and read it back"


def _letter(run: _Run) -> str:
    from desktop_app.documents.letters import render_batch

    sizes = []
    case_id = run.complaint.id
    _check(case_id is not None, "the saved complaint has no id")
    assert case_id is not None  # for the type checker: _check has just said so
    for language in (Language.ZH_CN, Language.EN):  # each language has its own template and font
        job = run.archive.letters.letter_job(case_id, LetterKind.APOLOGY, language)
        pdf = render_batch([job])
        _check(pdf.startswith(b"%PDF-"), f"the {language.value} letter is not a PDF: {pdf[:8]!r}")
        path = run.folder / f"letter-{language.value}.pdf"
        path.write_bytes(pdf)
        text = _pdf_text(path)
        # The name is set in the embedded Chinese font: finding it proves the fonts shipped too.
        _check(CUSTOMER_NAME in text,
               f"the {language.value} letter does not name {CUSTOMER_NAME}: {text[:120]!r}")
        sizes.append(f"{language.value} {len(pdf) // 1024} KB")
    return f"apology letter PDFs ({', '.join(sizes)}) name the customer"


def _pdf_text(path: Path) -> str:
    """The PDF's text without white space, read back with QtPdf (the app's own PDF viewer)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(str(path))
    _check(error == QPdfDocument.Error.None_, f"QtPdf cannot read the letter: {error}")
    text = "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    return "".join(text.split())


def _qt(run: _Run) -> str:
    # Every Qt module the app uses, imported by name so PyInstaller bundles them all and a
    # module wrongly excluded from the spec shows up here instead of in a shop.
    from PySide6 import (  # noqa: F401
        QtCharts,
        QtCore,
        QtGui,
        QtNetwork,
        QtPdf,
        QtPdfWidgets,
        QtPrintSupport,
        QtSvg,
        QtWidgets,
    )

    return f"Qt {QtCore.qVersion()}: Widgets, Charts, Pdf, PrintSupport, Svg and Network load"


def _window(run: _Run) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed, none touched
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon

    from desktop_app.app import create_application, create_main_window

    app = create_application()  # the real start-up path, icon and all
    # Settings in the temporary folder: closing the window saves its layout, and the user's
    # own layout must stay as it was.
    settings = QSettings(str(run.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(run.archive, settings)
    window.show()
    app.processEvents()
    shown = window.isVisible()
    window.close()
    window.deleteLater()
    _check(shown, "the main window did not show")
    icon = QIcon(str(resource("icons", "amends.png")))
    _check(not icon.isNull(), "the application icon did not load")
    return f"main window and icon shown on the {app.platformName()} platform"


STEPS: dict[str, Callable[[_Run], str]] = {
    "archive": _archive,
    "complaint": _complaint,
    "letter": _letter,
    "qt": _qt,
    "window": _window,
}
NEEDS = {"complaint": "archive", "letter": "complaint", "window": "archive"}


def _plan(names: Sequence[str]) -> list[str]:
    """The named steps and the steps they need, in the order of STEPS; all of them for none."""
    wanted = set(names or STEPS)
    for name in list(wanted):
        while name in NEEDS:
            name = NEEDS[name]
            wanted.add(name)
    return [name for name in STEPS if name in wanted]


def run(names: Sequence[str] = ()) -> int:
    """Run the self-test (all steps, or the named ones); 0 when every step passed, else 1."""
    started = time.perf_counter()
    plan = _plan(names)
    print(f"Amends {__version__} self-test ({'frozen' if _frozen() else 'from source'})")
    with tempfile.TemporaryDirectory(prefix="amends-selftest-", ignore_cleanup_errors=True) as tmp:
        state = _Run(Path(tmp))
        try:
            for name in plan:
                step_start = time.perf_counter()
                try:
                    detail = STEPS[name](state)
                except Exception as error:  # any failure is a verdict, not a crash
                    reason = str(error) if isinstance(error, SelfTestError) else (
                        f"{type(error).__name__}: {error}")
                    print(f"FAIL {name}: {reason}", file=sys.stderr)
                    return 1
                print(f"ok  {name:<9} {detail} ({_ms(step_start)})", flush=True)
        finally:
            if state.opened is not None:
                state.opened.close()  # before the folder goes: Windows cannot delete open files
    print(f"self-test passed: {len(plan)} steps in {_ms(started)}")
    return 0


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _ms(since: float) -> str:
    return f"{(time.perf_counter() - since) * 1000:.0f} ms"
