"""Control characters -> visible escapes, so article text cannot drive a terminal.

Article text, ids and file names reach the table output and stderr lines. An
ESC there would be read by the terminal as the start of a command (colours,
cursor moves, window titles, OSC 8 links), and a bidi override would reorder
what is shown. They are printed as `\\x1b`, `\\u202e` instead. JSON needs none of
this: json.dumps already writes them as `\\u001b`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# C0 controls but tab and newline (rich already drops BEL, BS, VT, FF and CR),
# DEL, the C1 controls (0x9b is a one-byte CSI on some terminals), the line and
# paragraph separators, and the bidi embeddings, overrides and isolates.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_UNSAFE_OR_NEWLINE = re.compile(_UNSAFE.pattern[:-1] + "\n]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, keep_newlines: bool = True) -> str:
    """text with every control character shown as an escape ('\\x1b').

    Args:
        text: anything that came from an input: article text, an id, a path.
        keep_newlines: leave '\\n' as a line break (False: show it as '\\x0a').
    """
    pattern = _UNSAFE if keep_newlines else _UNSAFE_OR_NEWLINE
    return pattern.sub(_escape, text)


class _Escaped:
    """A renderable whose text segments are escaped after layout (rich's own
    control segments, such as a spinner's cursor moves, pass untouched)."""

    __slots__ = ("renderable",)

    def __init__(self, renderable: Any) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Any, options: Any) -> Iterable[Any]:
        from rich.segment import Segment

        for segment in console.render(self.renderable, options):
            if segment.control or not _UNSAFE.search(segment.text):
                yield segment
            else:
                yield Segment(printable(segment.text), segment.style)

    def __rich_measure__(self, console: Any, options: Any) -> Any:
        from rich.measure import Measurement

        return Measurement.get(console, options, self.renderable)


def escaping_console(**kwargs: Any) -> Any:
    """A rich Console that shows control characters in what it prints as escapes."""
    from rich.console import Console, RenderHook
    from rich.control import Control

    class EscapeHook(RenderHook):
        def process_renderables(self, renderables: list[Any]) -> list[Any]:
            return [r if isinstance(r, Control) else _Escaped(r) for r in renderables]

    console = Console(**kwargs)
    console.push_render_hook(EscapeHook())
    return console
