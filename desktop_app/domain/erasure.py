"""What an erased customer leaves in the shop's own texts: their name, phone, e-mail and address,
each replaced by "[erased]" so the rest of a sentence keeps its meaning."""

from __future__ import annotations

import re
from collections.abc import Iterable

ERASED_TEXT = "[erased]"
MIN_TEXT = 2  # a one-character "name" would erase that character from every text in the shop
MIN_PHONE_DIGITS = 5  # shorter digit runs are prices, dates and quantities, not a phone number
_PHONE_GAP = r"[\s\-./()]*"  # how people write a number: 138 7654 3210, 138-7654-3210 …
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_COUNTRY_CODES = ("0086", "86", "00852", "852", "00853", "853", "00886", "886")


class Scrubber:
    """Finds and replaces one person's values in free text, whatever the case or spacing."""

    def __init__(self, texts: Iterable[str], phones: Iterable[str], words: bool = False):
        """`words`: also each word of a value on its own ("Smith" of "John Smith"), for the
        person's own records; elsewhere a word alone may well be someone else."""
        texts = list(texts)
        parts = {_text_pattern(t) for t in _pieces(texts, words)}
        parts |= {_phone_pattern(d) for d in _numbers(phones) if len(d) >= MIN_PHONE_DIGITS}
        parts.discard("")
        # Longest first, so "王小明先生的地址" is replaced whole rather than piece by piece.
        self._pattern = re.compile("|".join(sorted(parts, key=len, reverse=True)),
                                   re.IGNORECASE) if parts else None

    def hits(self, text: object) -> bool:
        return isinstance(text, str) and self._pattern is not None and (
            self._pattern.search(text) is not None)

    def scrub(self, text: object) -> object:
        """`text` with every value replaced; anything that is not text is returned as it is."""
        if not isinstance(text, str) or self._pattern is None or not self._pattern.search(text):
            return text
        return self._pattern.sub(ERASED_TEXT, text)

    def scrub_json(self, value: object) -> object:
        """Every string inside a JSON-like value scrubbed; a string that was nothing but the
        person's values becomes empty (a draft's name field must not read "[erased]")."""
        if isinstance(value, dict):
            return {key: self.scrub_json(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.scrub_json(item) for item in value]
        scrubbed = self.scrub(value)
        if isinstance(scrubbed, str) and scrubbed is not value and not any(
                ch.isalnum() for ch in scrubbed.replace(ERASED_TEXT, "")):
            return ""
        return scrubbed


def _pieces(texts: Iterable[str], words: bool) -> set[str]:
    """The values, and each line of a multi-line one (an address is often quoted a line at a
    time); with `words`, each word too."""
    found = set()
    for text in texts:
        for piece in (text, *text.splitlines(), *(text.split() if words else ())):
            piece = piece.strip()
            if len(piece) >= MIN_TEXT:
                found.add(piece)
    return found


def _text_pattern(text: str) -> str:
    words = [re.escape(word) for word in text.split()]
    pattern = r"\s*".join(words) if len(words) > 1 else words[0]
    # Latin names and e-mails only as whole words: erasing "Li" must leave "Lily" alone.
    if _ASCII_WORD.match(text[0]):
        pattern = r"(?<![A-Za-z0-9])" + pattern
    if _ASCII_WORD.match(text[-1]):
        pattern += r"(?![A-Za-z0-9])"
    return pattern


def _numbers(phones: Iterable[str]) -> set[str]:
    """The digits of each number, and without the country code: +86 139… is also written 139…"""
    found = {_digits(phone) for phone in phones}
    return found | {d[len(code):] for d in found for code in _COUNTRY_CODES
                    if d.startswith(code) and len(d) - len(code) >= 10}


def _phone_pattern(digits: str) -> str:
    return r"(?<!\d)(?:\+\s*|00)?\(?" + _PHONE_GAP.join(digits) + r"(?!\d)"


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii() and ch.isdigit())
