"""Extractions -> rich tables, JSON-ready dicts and CSV rows; never prints."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rich.table import Table
from rich.text import Text

from factcheck.records import (
    ActorClaim,
    AttributionClaim,
    Claim,
    ClaimKind,
    CountClaim,
    DateClaim,
    Diagnostic,
    Extraction,
    claim_to_dict,
    dumps,
)
from factcheck.render.escape import printable

_MODIFIER = {
    "exact": "",
    "about": "~",
    "nearly": "nearly ",
    "at_least": ">=",
    "more_than": ">",
    "at_most": "<=",
    "less_than": "<",
    "range": "",
}
_TITLES = {
    ClaimKind.COUNT: "Counts",
    ClaimKind.DATE: "Dates",
    ClaimKind.ACTOR: "Actors",
    ClaimKind.ATTRIBUTION: "Attributions",
}


def _num(v: float | int | None) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int) else f"{v:,.6g}"


def count_value(c: CountClaim) -> str:
    value = _num(c.value)
    if c.modifier == "range" and c.value_max is not None:
        value = f"{value}-{_num(c.value_max)}"
    unit = {"percent": "%"}.get(c.unit or "", f" {c.unit}" if c.unit else "")
    return f"{_MODIFIER.get(c.modifier, '')}{value}{unit}"


def _row(claim: Claim) -> tuple[str, str, str]:
    """(surface, normalized value, details) for the table."""
    if isinstance(claim, CountClaim):
        details = [
            f"counted: {claim.counted}" if claim.counted else "",
            f"event: {claim.event}" if claim.event else "",
            f"source: {claim.source}" if claim.source else "",
            f"when: {claim.when}" if claim.when else "",
        ]
        return claim.text, count_value(claim), "; ".join(d for d in details if d)
    if isinstance(claim, DateClaim):
        kind = claim.type.lower()
        details = kind if kind == claim.granularity else f"{kind}, {claim.granularity}"
        return claim.text, claim.value, details
    if isinstance(claim, ActorClaim):
        details = [
            claim.type,
            f"role: {claim.role}" if claim.role else "",
            "aka " + ", ".join(claim.aliases) if claim.aliases else "",
            f"{len(claim.mentions)} mention{'s' if len(claim.mentions) != 1 else ''}",
        ]
        return claim.text, claim.name, "; ".join(d for d in details if d)
    if isinstance(claim, AttributionClaim):
        flags = [
            claim.cue,
            "direct" if claim.direct else "",
            "vague" if claim.vague else "",
            f"on {claim.channel}" if claim.channel else "",
            f"when: {claim.when}" if claim.when else "",
        ]
        content = (
            claim.content if len(claim.content) <= 90 else claim.content[:87] + "..."
        )
        return (
            claim.source_text,
            claim.source,
            f"{'; '.join(f for f in flags if f)}: \u201c{content}\u201d",
        )
    return claim.text, "", ""


def tables(extraction: Extraction, *, kinds: Iterable[ClaimKind]) -> list[Table]:
    """One rich Table per claim kind that has claims."""
    out = []
    for kind in kinds:
        claims = extraction.of_kind(kind)
        if not claims:
            continue
        table = Table(
            title=f"{_TITLES[kind]} ({len(claims)})",
            title_justify="left",
            expand=False,
            show_lines=False,
            pad_edge=False,
        )
        table.add_column("para", justify="right", no_wrap=True)
        table.add_column("surface", overflow="fold", max_width=28)
        table.add_column("normalized", overflow="fold", max_width=26, style="bold")
        table.add_column("details", overflow="fold")
        for c in claims:
            surface, value, details = _row(c)
            table.add_row(str(c.paragraph), Text(surface), Text(value), Text(details))
        out.append(table)
    return out


def document_heading(extraction: Extraction) -> Text:
    d = extraction.document
    published = f"published {d.published}" if d.published else "no publication date"
    n = len(extraction.claims)
    return Text(
        f"{d.id}  ({published}, {n} claim{'s' if n != 1 else ''})", style="bold"
    )


def to_json(extraction: Extraction, *, indent: int | None = None) -> str:
    from factcheck.records import extraction_to_dict

    return dumps(extraction_to_dict(extraction), indent=indent)


# The fields most claims have, each in its own column so csvkit, pandas and
# spreadsheets can filter on them; `fields` keeps the rest (spans) as JSON.
CSV_COLUMNS = (
    "document",
    "id",
    "kind",
    "start",
    "end",
    "paragraph",
    "sentence",
    "text",
    "value",
    "value_max",
    "modifier",
    "unit",
    "counted",
    "event",
    "when",
    "type",
    "granularity",
    "anchored",
    "name",
    "role",
    "aliases",
    "source",
    "source_text",
    "cue",
    "channel",
    "direct",
    "vague",
    "content",
    "fields",
)
_CSV_SPAN = ("document", "id", "kind", "start", "end", "span", "fields")


def _csv_cell(value: Any) -> str:
    """None -> empty; booleans and numbers as in JSON; lists joined by '; '."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return dumps(value)
    if isinstance(value, tuple | list):
        return "; ".join(_csv_cell(v) for v in value)
    return str(value)


def csv_rows(extraction: Extraction) -> str:
    """CSV lines (no header) for one extraction, one claim a line (CSV_COLUMNS).

    A column a kind lacks stays empty; `fields` holds the fields without a
    column of their own (the spans of counted, source, cue, content,
    mentions) as a JSON object.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for c in extraction.claims:
        data: dict[str, Any] = claim_to_dict(c)
        row = {
            "document": extraction.document.id,
            "start": c.span[0],
            "end": c.span[1],
        }
        rest = {}
        for key, value in data.items():
            if key in CSV_COLUMNS and key not in _CSV_SPAN:
                row[key] = value
            elif key not in _CSV_SPAN:
                rest[key] = value
        row["id"], row["kind"] = c.id, c.kind.value
        row["fields"] = dumps(rest)
        writer.writerow([_csv_cell(row.get(col)) for col in CSV_COLUMNS])
    return buf.getvalue()


def csv_header() -> str:
    return ",".join(CSV_COLUMNS) + "\n"


TSV_COLUMNS = (
    "document",
    "id",
    "kind",
    "paragraph",
    "start",
    "end",
    "surface",
    "normalized",
    "details",
)


def tsv_rows(extraction: Extraction) -> str:
    """The table's rows as tab-separated lines (no header), one claim a line.

    Tabs and line breaks inside a field become spaces.
    """
    lines = []
    for c in extraction.claims:
        surface, value, details = _row(c)
        cells = [
            extraction.document.id,
            c.id,
            c.kind.value,
            str(c.paragraph),
            str(c.span[0]),
            str(c.span[1]),
            surface,
            value,
            details,
        ]
        lines.append("\t".join(printable(" ".join(v.split())) for v in cells) + "\n")
    return "".join(lines)


def tsv_header() -> str:
    return "\t".join(TSV_COLUMNS) + "\n"


@dataclass(frozen=True, slots=True, kw_only=True)
class Rendered:
    """One extraction serialized for output, with what the CLI reports about it.

    Built in `extract --jobs` workers, so only strings cross process boundaries.
    """

    document_id: str
    undated: bool
    diagnostics: tuple[Diagnostic, ...]
    text: str


def render_json(extraction: Extraction) -> Rendered:
    return _rendered(extraction, to_json(extraction, indent=2))


def render_jsonl(extraction: Extraction) -> Rendered:
    return _rendered(extraction, to_json(extraction) + "\n")


def render_csv(extraction: Extraction) -> Rendered:
    return _rendered(extraction, csv_rows(extraction))


def render_tsv(extraction: Extraction) -> Rendered:
    return _rendered(extraction, tsv_rows(extraction))


def _rendered(extraction: Extraction, text: str) -> Rendered:
    return Rendered(
        document_id=extraction.document.id,
        undated=extraction.document.published is None,
        diagnostics=extraction.diagnostics,
        text=text,
    )
