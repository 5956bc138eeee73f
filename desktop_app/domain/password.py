"""The optional app password: a salted scrypt hash to store, and a constant-time check.

Only the hash is ever stored (in the archive's settings); the clear text is never written anywhere.
The password keeps a passer-by out of the app; it does not encrypt the archive file itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

# scrypt cost: 2**14 rounds with r=8 uses 16 MiB and takes a few tens of ms: slow enough to make
# guessing from a stolen hash expensive, fast enough that nobody waits at start-up.
_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_KEY_BYTES = 32
_SCHEME = "scrypt"


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=128 * r * n * 2, dklen=_KEY_BYTES)


def hash_password(password: str) -> str:
    """`scrypt$n$r$p$salt$key` (base64 parts), with a fresh random salt each time."""
    salt = os.urandom(_SALT_BYTES)
    key = _derive(password, salt, _N, _R, _P)
    parts = [_SCHEME, str(_N), str(_R), str(_P), _b64(salt), _b64(key)]
    return "$".join(parts)


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches the stored hash; a malformed hash never matches."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = base64.b64decode(key, validate=True)
        actual = _derive(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
