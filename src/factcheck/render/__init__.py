"""Records -> strings and rich renderables for each command; never prints.

    extract.py   extractions -> tables, JSON, JSONL, CSV (also in --jobs workers)
    diff.py      a claim diff -> table, unified-diff-like text, JSON, JSONL
    check.py     check reports -> text, JSON, GitHub annotations, SARIF

The extract renderers are re-exported here: `factcheck.render.render_json` is
what `extract --jobs` workers are handed.
"""

from factcheck.render.extract import (
    CSV_COLUMNS,
    Rendered,
    count_value,
    csv_header,
    csv_rows,
    document_heading,
    render_csv,
    render_json,
    render_jsonl,
    tables,
    to_json,
)

__all__ = [
    "CSV_COLUMNS",
    "Rendered",
    "count_value",
    "csv_header",
    "csv_rows",
    "document_heading",
    "render_csv",
    "render_json",
    "render_jsonl",
    "tables",
    "to_json",
]
