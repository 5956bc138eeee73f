"""Help → User guide: the illustrated guide from docs/, in the interface's language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.paths import docs_dir
from desktop_app.ui.translation import current_language


def guide_path(language: str):
    folder = docs_dir()
    localised = folder / f"user-guide.{language}.md"
    return localised if localised.exists() else folder / "user-guide.en.md"


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amends user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = guide_path(language or current_language())
        # Screenshots are linked relative to the guide's folder.
        self.browser.setSearchPaths([str(path.parent)])
        if path.exists():
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 700)
