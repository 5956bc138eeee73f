"""Photos, scanned receipts and letters kept with a case: a strip of thumbnails that takes files
from a picker or by drag-and-drop, and opens one full size on double-click.

Thumbnails are made here with Qt (QImage.scaled → PNG bytes) because the archive knows no Qt. A
photo over the archive's size limit is scaled down and re-encoded, and the clerk is told so.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Attachment
from desktop_app.domain.recovery import MAX_ATTACHMENT_BYTES, mime_for_filename
from desktop_app.ui.fit import fit_to_screen

THUMB_SIZE = 96
SCALED_SIDE = 2400  # long side of a photo that was too large: still sharp on any screen
READ_LIMIT = 200 * 1024 * 1024  # beyond this a file is refused before it is even read
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PreparedFile:
    """A file ready for `archive.attachments.add_attachment`; `scaled_from`: the size if shrunk."""

    filename: str
    mime: str
    data: bytes
    thumbnail: bytes
    scaled_from: int = 0


def png_bytes(image: QImage) -> bytes:
    return _encode(image, "PNG")


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs type the format as bytes, but the binding accepts only a str.
    image.save(buffer, fmt, quality)  # type: ignore[call-overload]
    return bytes(array.data())


def thumbnail(image: QImage) -> bytes:
    small = image.scaled(THUMB_SIZE, THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    return png_bytes(small)


def prepare(filename: str, data: bytes) -> PreparedFile:
    """Thumbnail the file; a picture over the size limit is scaled down to a JPEG."""
    mime = mime_for_filename(filename) or "application/octet-stream"
    image = QImage.fromData(data) if mime.startswith("image/") else QImage()
    if image.isNull():
        return PreparedFile(filename, mime, data, b"")
    if len(data) > MAX_ATTACHMENT_BYTES:
        smaller = image.scaled(SCALED_SIDE, SCALED_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        jpeg = _encode(smaller.convertToFormat(QImage.Format.Format_RGB32), "JPEG", 85)
        return PreparedFile(str(Path(filename).with_suffix(".jpg")), "image/jpeg", jpeg,
                            thumbnail(smaller), scaled_from=len(data))
    return PreparedFile(filename, mime, data, thumbnail(image))


def read_file(path: str) -> bytes | None:
    """The file's bytes, or None when it is too large even to read."""
    file = Path(path)
    if file.stat().st_size > READ_LIMIT:
        return None
    return file.read_bytes()


class AttachmentsStrip(QWidget):
    """`files_chosen(paths)` from the picker or a drop; `open_requested(id)` on double-click."""

    files_chosen = Signal(list)
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.list.setGridSize(QSize(THUMB_SIZE + 40, THUMB_SIZE + 36))
        self.list.setFixedHeight(THUMB_SIZE + 44)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setAcceptDrops(False)  # the strip itself takes the drop
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        self.hint = QLabel(self.tr("Drop photos, a scanned receipt or the customer's letter here "
                                   "(PNG, JPEG, GIF, WebP, PDF; up to 10 MB)."))
        self.hint.setStyleSheet("color: palette(dark);")
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.clicked.connect(self._on_pick)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def show_attachments(self, attachments: list[Attachment]) -> None:
        self.list.clear()
        generic = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for attachment in attachments:
            pixmap = QPixmap()
            icon = QIcon(pixmap) if attachment.thumbnail and pixmap.loadFromData(
                attachment.thumbnail) else generic
            item = QListWidgetItem(icon, attachment.filename)
            item.setData(ID_ROLE, attachment.id)
            item.setToolTip(attachment.filename)
            self.list.addItem(item)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_chosen.emit(paths)

    def _on_pick(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "",
            self.tr("Pictures and PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)"))
        if paths:
            self.files_chosen.emit(paths)


class ImageDialog(QDialog):
    """A picture at full size, scrollable when larger than the screen."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.picture = QLabel()
        self.picture.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        fit_to_screen(self, pixmap.width() + 40, pixmap.height() + 40)


def open_externally(filename: str, data: bytes) -> None:
    """A PDF goes to the system's viewer, written to a new file so an open viewer never locks
    the next one (Windows)."""
    suffix = Path(filename).suffix or ".pdf"
    with tempfile.NamedTemporaryFile(suffix=suffix, prefix="amends-", delete=False) as file:
        file.write(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(file.name))
