"""One copy of the app per archive: a second start brings the first window forward and exits.

A QLockFile in the data folder says "this archive is open" (Qt clears a stale lock left by a
crashed copy, because the process id in it is gone). The first copy also listens on a
QLocalServer named after the archive's folder; the second copy connects, says "show", and quits.
Should two copies still write (e.g. `amends import` from a script while the window is open),
SQLite's write lock with BEGIN IMMEDIATE and busy_timeout serialises them: no write is lost.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

_LOCK_NAME = "amends.lock"
_MESSAGE = b"show\n"
_WAIT_MS = 1000
FIRST, FORWARDED, NOT_WRITABLE = "first", "forwarded", "not writable"


def server_name(data_dir: Path) -> str:
    """A short, per-archive-folder name (local server names have length limits on some OSes)."""
    digest = hashlib.sha1(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"amends-{digest}"


class SingleInstance(QObject):
    """`acquire()` once at start; `activated` fires when another copy asked us to show up."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(Path(data_dir) / _LOCK_NAME))
        self._lock.setStaleLockTime(0)  # never stale by age: only when its process has died
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the first copy; otherwise tells the first copy and returns False."""
        return self.claim() == FIRST

    def claim(self) -> str:
        """FIRST: this is the first copy. FORWARDED: another copy runs and was asked to come
        forward. NOT_WRITABLE: no lock file can be made (a read-only folder or medium) — that
        is not "another copy is running", so nothing was sent anywhere."""
        if not self._lock.tryLock(100):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                return NOT_WRITABLE
            self._notify_first()
            return FORWARDED
        QLocalServer.removeServer(self._name)  # a crashed copy may have left its socket file
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return FIRST

    def release(self) -> None:
        if self._server:
            self._server.close()
        self._lock.unlock()

    def _notify_first(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(_WAIT_MS):
            return False
        socket.write(_MESSAGE)
        sent = socket.waitForBytesWritten(_WAIT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(_WAIT_MS)
        return sent

    def _on_connection(self) -> None:
        server = self._server
        if server is None:  # only connected once the server exists
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            # The message is one short line sent right after connecting: wait for it here
            # rather than keep per-socket callbacks alive.
            if socket.bytesAvailable() or socket.waitForReadyRead(_WAIT_MS):
                if bytes(socket.readAll().data()).startswith(_MESSAGE.strip()):
                    self.activated.emit()
            socket.abort()


def bring_forward(window: QWidget) -> None:
    """Show a window that may be minimised or behind others, and give it the focus."""
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
