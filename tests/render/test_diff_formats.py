"""render/diff.py's file-aware formats: GitHub, markdown, TSV, textconv lines."""

from __future__ import annotations

import dataclasses

from factcheck.diff import diff_claims
from factcheck.render.diff import (
    DiffSection,
    render_claim_lines,
    render_github,
    render_markdown,
    render_tsv,
)
from tests.test_diff import count, ext, quote

OLD = "Intro line.\nThe council closed 12 roads.\nThe mayor said: ok.\n"
NEW = "Intro line.\nNew line here.\nThe council closed 14 roads.\n"


def _section(old_claims, new_claims, **kw) -> DiffSection:  # type: ignore[no-untyped-def]
    old, new = ext(*old_claims, name="v1"), ext(*new_claims, name="v2")
    diff = diff_claims(
        old, new, old_text=kw.get("old_text", OLD), new_text=kw.get("new_text", NEW)
    )
    return DiffSection(
        diff=diff,
        old=old,
        new=new,
        old_text=kw.pop("old_text", OLD),
        new_text=kw.pop("new_text", NEW),
        **kw,
    )


def _props(line: str) -> dict[str, str]:
    head = line.removeprefix("::notice ").split("::")[0]
    return dict(p.split("=", 1) for p in head.split(","))


def test_github_points_changes_at_their_span_and_removals_at_their_old_place() -> None:
    changed_old = count(12, "roads", start=OLD.index("12"))
    changed_new = count(14, "roads", start=NEW.index("14"))
    removed = quote("mayor", "ok", start=OLD.index("The mayor"))
    s = _section([changed_old, removed], [changed_new], new_file="copy/a,b:c.txt")
    notes = render_github([s]).splitlines()
    assert len(notes) == 2
    changed = next(n for n in notes if "count changed" in n)
    props = _props(changed)
    assert props["file"] == "copy/a%2Cb%3Ac.txt"  # , and : escaped in properties
    assert (props["line"], props["endLine"], props["col"]) == ("3", "3", "20")
    assert props["title"] == "factcheck%3A count changed"
    assert changed.endswith("::count changed: 14 roads (value: 12 -> 14)")
    gone = _props(next(n for n in notes if "removed" in n))
    # Old lines 2-3 became new lines 2-3: the mayor's line maps to line 3.
    assert gone["line"] == "3" and "col" not in gone


def test_github_html_positions_are_found_in_the_markup() -> None:
    text = "Ferries\nThe council closed 14 roads."
    raw = "<h1>Ferries</h1>\n<p>\n  The council closed <b>14</b> roads.</p>\n"
    at = text.index("14")
    claim = dataclasses.replace(count(14, "roads"), span=(at, at + 2))
    s = _section(
        [], [claim], new_file="a.html", new_raw=raw, new_text=text, old_text=""
    )
    (note,) = render_github([s]).splitlines()
    props = _props(note)
    line = raw.splitlines()[int(props["line"]) - 1]
    assert line[int(props["col"]) - 1 : int(props["endColumn"]) - 1] == "14"


def test_github_escapes_percent_and_newlines_in_messages() -> None:
    s = _section([], [quote("board", "up 5% \nnow")], new_file="a.txt")
    (note,) = render_github([s]).splitlines()
    assert note.endswith("::attribution added: board said: \u201cup 5%25 now\u201d")


def test_markdown_escapes_cells_and_says_when_nothing_changed() -> None:
    s = _section([], [quote("A|B <script>", "x")], new_file="a.txt")
    text = render_markdown([s])
    assert "A\\|B &lt;script>" in text
    assert "<script>" not in text
    same = _section([count(3, "roads")], [count(3, "roads")], new_file="a.txt")
    assert render_markdown([same]) == (
        "### factcheck: claim changes\n\nNo claim changes in 1 file.\n"
    )
    assert render_markdown([]) == (
        "### factcheck: claim changes\n\nNo changed articles.\n"
    )


def test_tsv_is_one_line_per_change_with_no_tabs_inside_fields() -> None:
    s = _section([], [quote("desk", "tab\there\nand a break")], new_file="a.txt")
    header, row = render_tsv([s]).splitlines()
    assert header == "document\tchange\tkind\tparagraph\tclaim\tdetails"
    assert row.split("\t") == [
        "a.txt",
        "added",
        "attribution",
        "0",
        "desk said: \u201ctab here and a break\u201d",
        "",
    ]


def test_claim_lines_have_no_offsets_so_moving_text_changes_nothing() -> None:
    a = ext(
        count(40, "ferries", start=0), quote("desk", "a long quote " * 10, start=50)
    )
    b = ext(
        count(40, "ferries", start=900), quote("desk", "a long quote " * 10, start=990)
    )
    assert render_claim_lines(a) == render_claim_lines(b)
    assert render_claim_lines(a).splitlines()[0] == "count: 40 ferries"
    assert "\u2026" not in render_claim_lines(a)  # quotes are whole, never clipped


def test_markdown_is_cut_to_fit_a_comment_and_says_so() -> None:
    claims = [count(n, f"roads {n}", start=n * 10) for n in range(1, 200)]
    s = _section([], claims, new_file="a.txt", new_text="x" * 3000)
    whole = render_markdown([s])
    assert "Cut to fit" not in whole
    cut = render_markdown([s], limit=2000)
    assert len(cut) < 2000
    rows = cut.count("\n| + |")
    assert 0 < rows < 199
    assert cut.endswith(
        f"_Cut to fit a comment: {rows} of 199 changes shown; "
        "`--format tsv` lists them all._\n"
    )
