"""Records -> strings and rich renderables for each command; never prints.

    extract.py   extractions -> tables, TSV, JSON, JSONL, CSV (also in --jobs workers)
    diff.py      claim diffs -> table, TSV, text, JSON, JSONL, GitHub, markdown
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
    render_tsv,
    tables,
    to_json,
    tsv_header,
    tsv_rows,
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
    "render_tsv",
    "tables",
    "to_json",
    "tsv_header",
    "tsv_rows",
]
