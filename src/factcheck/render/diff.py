"""A claim diff -> a rich table, a unified-diff-like text, JSON or JSONL."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
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
# The document a side of a diff lacks (a file added or deleted), named as git does.
ABSENT = "/dev/null"
_STYLE = {"added": "green", "removed": "red", "changed": "yellow"}


def render_json(diff: ClaimDiff, old: Extraction, new: Extraction) -> str:
    """One JSON object: both documents and every change (diff_to_dict)."""
    from factcheck.diff import diff_to_dict
    from factcheck.records import dumps

    return dumps(diff_to_dict(old.document, new.document, diff), indent=2) + "\n"


def render_jsonl(diff: ClaimDiff, *, document: str | None = None) -> str:
    """One JSON object a line, one line per change (naming its `document` if given)."""
    from factcheck.diff import change_to_dict
    from factcheck.records import dumps

    lines = []
    for c in diff.changes:
        data = change_to_dict(c)
        if document is not None:
            data["document"] = document
        lines.append(dumps(data) + "\n")
    return "".join(lines)


def render_json_many(sections: list[DiffSection]) -> str:
    """{"schema_version", "files": [...]}: each file's diff_to_dict (+ git status)."""
    from factcheck.diff import diff_to_dict
    from factcheck.records import SCHEMA_VERSION, dumps

    files = []
    for s in sections:
        data = diff_to_dict(s.old.document, s.new.document, s.diff)
        del data["schema_version"]
        data["file"] = s.name
        if s.status is not None:
            data["status"] = s.status
        files.append(data)
    return dumps({"schema_version": SCHEMA_VERSION, "files": files}, indent=2) + "\n"


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


def summary(claim: Claim, *, width: int | None = 60) -> str:
    """One line naming a claim by its facts, e.g. '>2,200 security personnel'.

    Quotes are cut to `width` characters (None: whole).
    """

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
        content = claim.content if width is None else _clip(claim.content, width)
        return f"{claim.source} {claim.cue}: \u201c{content}\u201d"
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


def folded(diff: ClaimDiff) -> list[tuple[Change, list[Change]]]:
    """Each change with the changes it caused (`caused_by` its index), which
    text and table output fold under it instead of listing them as edits of
    their own; JSON keeps every change flat."""
    caused: dict[int, list[Change]] = {}
    for change in diff.changes:
        if change.caused_by is not None:
            caused.setdefault(change.caused_by, []).append(change)
    return [
        (change, caused.get(n, []))
        for n, change in enumerate(diff.changes)
        if change.caused_by is None
    ]


def _caused_line(change: Change) -> str:
    claim = change.new or change.old
    assert claim is not None
    fields = "; ".join(f"{name}: {o} -> {n}" for name, o, n in field_lines(change))
    return f"{claim.kind.value} {summary(claim, width=40)} ({fields})"


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
    for change, caused in folded(diff):
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
        for effect in caused:
            table.add_row(
                Text("\u21b3", style="dim"),
                (effect.new or effect.old or claim).kind.value,
                _para(effect),
                Text("follows from the change above", style="dim"),
                Text(_caused_line(effect), style="dim"),
                Text(""),
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
    for change, caused in folded(diff):
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
        for effect in caused:
            lines.append(f"  \u21b3 follows: {_caused_line(effect)}")
    if not diff:
        lines.append("# no claim changes")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- many files


@dataclass(frozen=True, slots=True, kw_only=True)
class DiffSection:
    """One file's claim diff with what the file-aware formats need.

    Attributes:
        diff: the changes.
        old: the old version's extraction (an empty one when the file is new).
        new: the new version's extraction (an empty one when it was deleted).
        old_text: the old version's text ("" when absent).
        new_text: the new version's text ("" when absent).
        new_file: where annotations point: the new file's path (root-relative
            for git), None when there is no new file.
        new_raw: the new file as written when spans do not index into it
            directly (HTML), for line numbers.
        status: git's A, D, M, R or T for `diff --git`; None otherwise.
        old_file: the old file's path (renames), None when absent.
    """

    diff: ClaimDiff
    old: Extraction
    new: Extraction
    old_text: str
    new_text: str
    new_file: str | None = None
    new_raw: str | None = None
    status: str | None = None
    old_file: str | None = None

    @property
    def name(self) -> str:
        """The file's name in lists: the new version's path (the old one's when
        the file was deleted), else its document id."""
        if self.new.document.id != ABSENT:
            return self.new_file or self.new.document.id
        return self.old_file or self.old.document.id


def _change_details(change: Change) -> str:
    return "; ".join(f"{name}: {o} -> {n}" for name, o, n in field_lines(change))


def _cell(text: str) -> str:
    return " ".join(text.split())


TSV_COLUMNS = ("document", "change", "kind", "paragraph", "claim", "details")


def render_claim_lines(extraction: Extraction) -> str:
    """`kind: summary` per claim in reading order, for `git diff` (textconv).

    No offsets, ids or paragraph numbers: they move with every edit, and a
    textconv output that moved would show each claim as changed.
    """
    lines = (f"{c.kind.value}: {summary(c, width=None)}" for c in extraction.claims)
    return "".join(" ".join(line.split()) + "\n" for line in lines)


def render_tsv(sections: list[DiffSection]) -> str:
    """Tab-separated lines, one per change, under a header (TSV_COLUMNS).

    Tabs and line breaks inside fields become spaces, so every line is one
    change for grep, cut and awk.
    """
    lines = ["\t".join(TSV_COLUMNS)]
    for s in sections:
        for change in s.diff.changes:
            claim = change.new or change.old
            assert claim is not None
            row = [
                s.name,
                change.change,
                claim.kind.value,
                _para(change),
                summary(claim),
                _change_details(change),
            ]
            lines.append("\t".join(_cell(v) for v in row))
    return "\n".join(lines) + "\n"


def _position(
    text: str, raw: str | None, span: tuple[int, int]
) -> tuple[int, int, int, int] | None:
    """(line, col, end line, end col), 1-based, of a span in the file as written.

    Spans index into the text; for .txt and .md that is the file itself. For
    HTML the surface is looked up in the markup (the n-th occurrence for the
    n-th one), as `check` does; None when it cannot be found.
    """
    start, end = span
    if raw is not None:
        surface = text[start:end]
        nth = text.count(surface, 0, start)
        pos = -1
        for _ in range(nth + 1):
            pos = raw.find(surface, pos + 1)
            if pos < 0:
                return None
        text, start, end = raw, pos, pos + len(surface)

    def line_col(offset: int) -> tuple[int, int]:
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

    line, col = line_col(start)
    end_line, end_col = line_col(max(end - 1, start))
    return line, col, end_line, end_col + 1


def _new_line_of_old(old_text: str, new_text: str, offset: int) -> int:
    """The line of the new text where an old offset's line went (or would be)."""
    old_lines = old_text.splitlines()
    new_lines = new_text.splitlines()
    line = old_text.count("\n", 0, offset)
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i1 <= line < i2:
            # Equal and replaced lines map line for line (a replacement as far
            # as it reaches); a deleted line maps to the line now in its place.
            target = j1 + min(line - i1, max(j2 - j1 - 1, 0))
            return max(1, min(target + 1, len(new_lines) or 1))
    return max(1, len(new_lines))


def _gh_escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def annotation_message(change: Change) -> str:
    """'count changed: 52 prison guards (value: 50 -> 52)' and the like."""
    claim = change.new or change.old
    assert claim is not None
    text = f"{claim.kind.value} {change.change}: {summary(claim)}"
    if change.change == "changed":
        text += f" ({_change_details(change)})"
    return " ".join(text.split())


def render_github(sections: list[DiffSection]) -> str:
    """GitHub Actions workflow commands: one ::notice per change, at the new line.

    Added and changed claims point at their span in the new file (end line and,
    on one line, columns). Removed claims point at the line where their text
    was, mapped into the new file; on a deleted file the notice names no file.
    """
    out = []
    for s in sections:
        for change in s.diff.changes:
            props: list[str] = []
            if s.new_file is not None:
                props.append(f"file={_gh_escape(s.new_file, prop=True)}")
                if change.new is not None:
                    pos = _position(s.new_text, s.new_raw, change.new.span)
                    if pos is not None:
                        line, col, end_line, end_col = pos
                        props.append(f"line={line},endLine={end_line}")
                        if line == end_line:
                            props.append(f"col={col},endColumn={end_col}")
                elif change.old is not None and s.new_raw is None:
                    line = _new_line_of_old(s.old_text, s.new_text, change.old.span[0])
                    props.append(f"line={line}")
            kind = (change.new or change.old).kind.value  # type: ignore[union-attr]
            props.append(
                f"title={_gh_escape(f'factcheck: {kind} {change.change}', prop=True)}"
            )
            message = annotation_message(change)
            if s.new_file is None:
                message = f"{s.name}: {message}"
            out.append(f"::notice {','.join(props)}::{_gh_escape(message)}\n")
    return "".join(out)


def _md(text: str) -> str:
    """A markdown table cell: one line, pipes and angle brackets escaped."""
    text = " ".join(text.split())
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("|", "\\|")


# GitHub refuses comments over 65,536 characters; job summaries allow 1 MiB.
MARKDOWN_LIMIT = 65_000


_STATUS = {
    "A": "added",
    "D": "deleted",
    "M": "modified",
    "R": "renamed",
    "T": "type changed",
}


def render_markdown(sections: list[DiffSection], *, limit: int = MARKDOWN_LIMIT) -> str:
    """A summary for a GitHub job summary or a pull-request comment.

    A heading with the totals, then per file with claim changes a table of
    them; files whose claims did not change are listed on one line. Cut at
    `limit` characters (with a note saying how many changes are shown) so it
    still fits a pull-request comment.
    """
    changed = [s for s in sections if s.diff]
    total = sum(len(s.diff.changes) for s in sections)
    files = f"{len(sections)} file{'s' if len(sections) != 1 else ''}"
    lines = ["### factcheck: claim changes", ""]
    if not sections:
        lines.append("No changed articles.")
    elif not total:
        lines.append(f"No claim changes in {files}.")
    else:
        n = {
            k: sum(c.change == k for s in sections for c in s.diff.changes)
            for k in _SIGN
        }
        lines.append(
            f"{n['added']} added, {n['removed']} removed, {n['changed']} changed "
            f"in {len(changed)} of {files}."
        )
    for s in changed:
        status = _STATUS.get(s.status or "", "")
        if s.status == "R" and s.old_file:
            status = f"renamed from `{_md(s.old_file)}`"
        title = (
            s.name if s.status else f"{s.old.document.id} \u2192 {s.new.document.id}"
        )
        lines += ["", f"#### `{_md(title)}`" + (f" ({status})" if status else ""), ""]
        if len(sections) > 1:
            lines += [f"{_counts(s.diff)}.", ""]
        lines += ["| | kind | para | claim | change |", "|---|---|---|---|---|"]
        for change in s.diff.changes:
            claim = change.new or change.old
            assert claim is not None
            detail = change.change
            if change.change == "changed":
                detail = "; ".join(
                    f"{n}: {o} \u2192 {v}" for n, o, v in field_lines(change)
                )
            row = [
                _SIGN[change.change],
                claim.kind.value,
                _para(change),
                summary(claim),
                detail,
            ]
            lines.append("| " + " | ".join(_md(v) for v in row) + " |")
    unchanged = [s for s in sections if not s.diff]
    if unchanged and changed:
        names = ", ".join(f"`{_md(s.name)}`" for s in unchanged)
        lines += ["", f"No claim changes in {names}."]
    return _fit("\n".join(lines) + "\n", total, limit=limit)


def _fit(text: str, total: int, *, limit: int) -> str:
    """Cut a summary at a line end below `limit`, saying how much is shown."""
    if len(text) <= limit:
        return text
    kept = text[: text.rfind("\n", 0, limit - 200) + 1]
    shown = sum(kept.count(f"\n| {sign} |") for sign in _SIGN.values())
    return kept + (
        f"\n_Cut to fit a comment: {shown} of {total} changes shown; "
        "`--format tsv` lists them all._\n"
    )
