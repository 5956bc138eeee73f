"""Shared fixtures: a fresh archive in tmp_path; Qt forced offscreen before it starts."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from datetime import datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests' own home: nothing a test does (the demo shop, settings, the default archive folder,
# recent archives) may touch the real user's data. Set before Qt or any test reads them.
_HOME = tempfile.mkdtemp(prefix="amends-tests-home-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for _variable, _folder in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"),
                           ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"),
                           ("APPDATA", "AppData/Roaming")):
    os.environ[_variable] = os.path.join(_HOME, _folder)
# Command-line messages follow the locale; tests that read them expect the English source, also
# on a machine set to Chinese (tests of the Chinese messages set the locale themselves).
for _variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"

from desktop_app.archive import Archive  # noqa: E402
from desktop_app.domain.model import Channel, Expectation, Feeling, Severity  # noqa: E402
from desktop_app.domain.validate import ComplaintInput, CustomerInput  # noqa: E402


@pytest.fixture
def archive_path(tmp_path):
    return tmp_path / "amends.db"


@pytest.fixture
def archive(archive_path):
    opened = Archive.open(archive_path)
    yield opened
    opened.close()


def complaint_input(**overrides) -> ComplaintInput:
    """A valid complaint as the intake form would hand it over; override any field."""
    values = dict(
        received_at=datetime(2026, 11, 2, 10, 30),
        channel=Channel.IN_PERSON,
        description="The cake was stale.",
        feeling=Feeling.UPSET,
        expectation=Expectation.REFUND,
        severity=Severity.MEDIUM,
        product="Cheesecake",
    )
    values.update(overrides)
    return ComplaintInput(**values)


def customer_input(**overrides) -> CustomerInput:
    values = dict(name="王小明", phone="138 0013 8000", email="wang@example.com")
    values.update(overrides)
    return CustomerInput(**values)



_exit_status = [0]


def pytest_sessionfinish(session, exitstatus):
    _exit_status[0] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the test process without Python's shutdown garbage collection.

    After a run stopped early (-x, Ctrl+C), PySide6 objects a failed test left behind are freed
    during interpreter shutdown, in an order that can abort the process ("Fatal Python error:
    bool_dealloc"), replacing pytest's own exit status with a crash. Every result and report has
    been written by now, so leave with pytest's status instead.
    """
    import os
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status[0])
