"""A claim diff -> a rich table, a unified-diff-like text, JSON or JSONL."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any

from factcheck.records import (
    ActorClaim,
    AttributionClaim,
    Claim,
    CountClaim,
    DateClaim,
)
from factcheck.render.extract import count_value

if TYPE_CHECKING:
    from rich.table import Table

    from factcheck.diff import Change, ClaimDiff
    from factcheck.records import Extraction

_SIGN = {"added": "+", "removed": "-", "changed": "~"}
_STYLE = {"added": "green", "removed": "red", "changed": "yellow"}


def render_json(diff: ClaimDiff, old: Extraction, new: Extraction) -> str:
    """One JSON object: both documents and every change (diff_to_dict)."""
    from factcheck.diff import diff_to_dict
    from factcheck.records import dumps

    return dumps(diff_to_dict(old.document, new.document, diff), indent=2) + "\n"


def render_jsonl(diff: ClaimDiff) -> str:
    """One JSON object a line, one line per change."""
    from factcheck.diff import change_to_dict
    from factcheck.records import dumps

    return "".join(dumps(change_to_dict(c)) + "\n" for c in diff.changes)


def _num(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else str(v)


def _value(v: Any) -> str:
    if v is None:
        return "\u2014"
    if isinstance(v, tuple | list):
        return ", ".join(_value(x) for x in v) if v else "(none)"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, int | float):
        return _num(v)
    return str(v)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def summary(claim: Claim) -> str:
    """One line naming a claim by its facts, e.g. '>2,200 security personnel'."""

    if isinstance(claim, CountClaim):
        parts = [count_value(claim), claim.counted or ""]
        if claim.source:
            parts.append(f"[{claim.source}]")
        return " ".join(p for p in parts if p)
    if isinstance(claim, DateClaim):
        return f"{claim.value} ({claim.text})"
    if isinstance(claim, ActorClaim):
        role = f", {claim.role}" if claim.role else ""
        return f"{claim.name} ({claim.type}{role})"
    if isinstance(claim, AttributionClaim):
        source = claim.source or "(no source)"
        return f"{source} {claim.cue}: \u201c{_clip(claim.content, 60)}\u201d"
    return claim.text


def content_excerpts(old: str, new: str, *, context: int = 3) -> tuple[str, str]:
    """The differing stretch of two texts, with a few words around it.

    Long attribution contents differ in a word or two; showing the whole quote
    twice would bury the change.
    """
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not ops:
        return old, new
    i1, i2 = max(ops[0][1] - context, 0), min(ops[-1][2] + context, len(a))
    j1, j2 = max(ops[0][3] - context, 0), min(ops[-1][4] + context, len(b))

    def cut(words: list[str], lo: int, hi: int) -> str:
        text = " ".join(words[lo:hi])
        return ("\u2026" if lo else "") + text + ("\u2026" if hi < len(words) else "")

    return cut(a, i1, i2), cut(b, j1, j2)


def field_lines(change: Change) -> list[tuple[str, str, str]]:
    """(field, old, new) strings for a changed claim, contents shortened."""
    rows = []
    for f in change.fields:
        if f.name == "content" and isinstance(f.old, str) and isinstance(f.new, str):
            old, new = content_excerpts(f.old, f.new)
            rows.append((f.name, f"\u201c{old}\u201d", f"\u201c{new}\u201d"))
        else:
            rows.append((f.name, _value(f.old), _value(f.new)))
    return rows


def _counts(diff: ClaimDiff) -> str:
    n = {k: sum(c.change == k for c in diff.changes) for k in _SIGN}
    return f"{n['added']} added, {n['removed']} removed, {n['changed']} changed"


def heading(diff: ClaimDiff, old: Extraction, new: Extraction) -> str:
    names = f"{old.document.id} -> {new.document.id}"
    return f"{names}\n{_counts(diff) if diff else 'no claim changes'}"


def _para(change: Change) -> str:
    if change.old is not None and change.new is not None:
        o, n = change.old.paragraph, change.new.paragraph
        return str(n) if o == n else f"{o}\u2192{n}"
    claim = change.new or change.old
    assert claim is not None
    return str(claim.paragraph)


def render_table(diff: ClaimDiff) -> Table:
    """A rich Table of the changes, one row per claim, old beside new.

    Args:
        diff: the changes to show.

    Returns:
        A Table that fits 100 columns; rows are green (added), red (removed) or
        yellow (changed) where colour is on.
    """
    from rich.table import Table
    from rich.text import Text

    table = Table(title_justify="left", pad_edge=False, show_lines=True)
    table.add_column("", no_wrap=True, width=1)
    table.add_column("kind", no_wrap=True)
    table.add_column("para", justify="right", no_wrap=True)
    table.add_column("claim", overflow="fold", max_width=24)
    table.add_column("old", overflow="fold", max_width=28)
    table.add_column("new", overflow="fold", max_width=28)
    for change in diff.changes:
        style = _STYLE[change.change]
        claim = change.new or change.old
        assert claim is not None
        if change.change == "changed":
            rows = field_lines(change)
            old = "\n".join(f"{name}: {o}" for name, o, _ in rows)
            new = "\n".join(f"{name}: {n}" for name, _, n in rows)
            label = summary(change.old) if change.old is not None else ""
        elif change.change == "added":
            old, new, label = "", "added", summary(claim)
        else:
            old, new, label = "removed", "", summary(claim)
        table.add_row(
            Text(_SIGN[change.change], style=f"bold {style}"),
            claim.kind.value,
            _para(change),
            Text(label),
            Text(old, style="red" if change.change != "added" else ""),
            Text(new, style="green" if change.change != "removed" else ""),
        )
    return table


def _paragraph_texts(text: str) -> list[str]:
    from factcheck.extract.context import paragraph_starts

    starts = paragraph_starts(text)
    bounds = zip(starts, [*starts[1:], len(text)], strict=True)
    return [" ".join(text[a:b].split()) for a, b in bounds]


def render_text(
    diff: ClaimDiff, old: Extraction, new: Extraction, old_text: str, new_text: str
) -> str:
    """The changes as a unified-diff-like text with paragraph context.

    Each hunk opens with `@@ paragraph N @@` and the start of that paragraph (of
    the new version; `(old)` marks paragraphs only the old version has), then
    `- old claim`, `+ new claim` and `~ field: old -> new` lines.

    Args:
        diff: the changes.
        old: the old version's extraction (for the file header).
        new: the new version's extraction.
        old_text: the old version's text (paragraph context of removed claims).
        new_text: the new version's text.

    Returns:
        The text, ending in a newline; only the header when nothing changed.
    """
    lines = [
        f"--- {old.document.id}\t(published {old.document.published or 'unknown'})",
        f"+++ {new.document.id}\t(published {new.document.published or 'unknown'})",
    ]
    paragraphs = {"old": _paragraph_texts(old_text), "new": _paragraph_texts(new_text)}
    hunk: tuple[str, int] | None = None
    for change in diff.changes:
        side = "old" if change.new is None else "new"
        claim = change.new or change.old
        assert claim is not None
        if (side, claim.paragraph) != hunk:
            hunk = (side, claim.paragraph)
            texts = paragraphs[side]
            context = texts[claim.paragraph] if claim.paragraph < len(texts) else ""
            mark = " (old)" if side == "old" else ""
            lines.append(
                f"@@ paragraph {claim.paragraph}{mark} @@ {_clip(context, 60)}"
            )
        kind = claim.kind.value
        if change.old is not None:
            lines.append(f"- {kind} {summary(change.old)}")
        if change.new is not None:
            lines.append(f"+ {kind} {summary(change.new)}")
        for name, o, n in field_lines(change):
            lines.append(f"~ {name}: {o} -> {n}")
    if not diff:
        lines.append("# no claim changes")
    return "\n".join(lines) + "\n"
