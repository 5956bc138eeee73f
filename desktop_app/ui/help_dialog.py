"""Help → User guide: the illustrated guide from docs/, in the interface's language."""

from __future__ import annotations

from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.paths import docs_dir
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.translation import current_language


def guide_path(language: str):
    folder = docs_dir()
    localised = folder / f"user-guide.{language}.md"
    return localised if localised.exists() else folder / "user-guide.en.md"


IMAGE_WIDTH = 720  # screenshots are taken at full size; show them the dialog's width


def _fit_images(browser: QTextBrowser, width: int) -> None:
    """Shrink every picture of the guide wider than `width`, keeping its proportions
    (Qt's Markdown reader ignores size hints written in the guide)."""
    document = browser.document()
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            image = fragment.charFormat().toImageFormat()
            if image.isValid():
                picture = QImage(str(docs_dir() / image.name()))
                if not picture.isNull() and picture.width() > width:
                    image.setWidth(width)
                    image.setHeight(picture.height() * width / picture.width())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
            iterator += 1
        block = block.next()


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
            _fit_images(self.browser, IMAGE_WIDTH)
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 700)
