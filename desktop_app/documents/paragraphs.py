"""A Chinese paragraph that never ends on a line of a single character (a "理：" alone)."""

from __future__ import annotations

from reportlab.platypus import Paragraph

# A last line narrower than this many characters is a widow a typesetter would not leave.
_WIDOW_CHARS = 2.2


class CJKParagraph(Paragraph):
    """Wraps like Paragraph; when the last line would hold one character (and its punctuation),
    wraps again one and a half characters narrower, so that line takes a few more."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        width, height = super().wrap(availWidth, availHeight)
        if self.style.wordWrap != "CJK" or self._last_line_width(availWidth) is None:
            return width, height
        if self._last_line_width(availWidth) < _WIDOW_CHARS * self.style.fontSize:
            return super().wrap(availWidth - 1.5 * self.style.fontSize, availHeight)
        return width, height

    def _last_line_width(self, avail: float) -> float | None:
        lines = getattr(getattr(self, "blPara", None), "lines", None) or []
        if len(lines) < 2:
            return None
        last = lines[-1]
        extra = last[0] if isinstance(last, tuple) else getattr(last, "extraSpace", None)
        if extra is None:
            return None
        return avail - self.style.leftIndent - self.style.rightIndent - extra
