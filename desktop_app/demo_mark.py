"""Whether an archive is the demo shop: a setting the demo sets, read by every window at start
(apart from desktop_app.demo, whose story and generator the window does not need to start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.archive import Archive

DEMO_SETTING = "demo_shop"  # "1" in an archive the demo filled: its window says so


def is_demo(archive: Archive) -> bool:
    return archive.setting(DEMO_SETTING) == "1"
