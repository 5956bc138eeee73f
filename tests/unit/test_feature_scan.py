"""PySide6's import hook no longer reads the source of every module imported after it."""

from __future__ import annotations

import inspect
import sys

import pytest

import desktop_app.ui  # noqa: F401 - applies skip_feature_scan()
from desktop_app.ui.feature_scan import skip_feature_scan


def test_a_module_imported_after_pyside6_is_not_read_for_its_source(tmp_path, monkeypatch):
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not hasattr(feature, "pyside_feature_dict"):
        pytest.skip("this PySide6 has no per-module feature scan")
    read = []
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or "")
    (tmp_path / "amends_scan_probe.py").write_text("from PySide6.QtCore import QObject\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    exec("import amends_scan_probe")  # an import statement: what PySide6's hook watches
    assert "amends_scan_probe" in feature.pyside_feature_dict  # the hook saw the module…
    assert read == []  # …and did not read it
    assert skip_feature_scan()  # and it stays applicable
