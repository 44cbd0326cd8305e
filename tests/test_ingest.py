"""Reading articles: formats, metadata, and one clear error per bad input."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest import iter_jsonl, parse_date, read_article

LIMIT = 1_000_000


def read(path: Path, **kw):  # type: ignore[no-untyped-def]
    return read_article(
        str(path),
        encoding=kw.get("encoding", "utf-8"),
        max_chars=kw.get("max_chars", LIMIT),
    )


def test_ingest_plain_text_is_kept_verbatim(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"Line one.\r\nLine two.\r\n")
    article = read(p)
    assert article.text == "Line one.\r\nLine two.\r\n"
    assert article.published is None and article.id == str(p)


def test_ingest_markdown_front_matter_keeps_offsets(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    body = "Fifty guards were freed on Thursday."
    p.write_text(f"---\ntitle: Hostages freed\npublished: 2023-09-02\n---\n{body}\n")
    article = read(p)
    assert article.published == dt.date(2023, 9, 2)
    assert article.title == "Hostages freed"
    start = article.text.index("Fifty")
    assert start == p.read_text().index("Fifty")  # spans index into the file
    assert "title" not in article.text


def test_ingest_markdown_bad_front_matter_names_the_problem(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("---\npublished: [2023\n---\nText.\n")
    with pytest.raises(InputError, match="front matter"):
        read(p)


def test_ingest_html_article_text_and_published_time(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_text(
        "<html><head><title>T</title>"
        '<meta property="article:published_time" content="2023-09-02T10:00:00Z">'
        "<script>var x = 'Fifty';</script></head><body><nav>Menu</nav>"
        "<article><p>Fifty guards were freed.</p><p>Police said so.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    article = read(p)
    assert article.text == "Fifty guards were freed.\nPolice said so."
    assert article.published == dt.date(2023, 9, 2)
    assert article.title == "T"


def test_ingest_stdin(tmp_path: Path) -> None:
    article = read_article(
        "-",
        encoding="utf-8",
        max_chars=LIMIT,
        stdin=io.BytesIO(b"Seven officers."),
    )
    assert article.text == "Seven officers." and article.path is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait", "not valid utf-8"),
    ],
)
def test_ingest_bad_files_raise_input_error(
    tmp_path: Path, data: bytes, message: str
) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(InputError, match=message) as info:
        read(p)
    assert str(p) in str(info.value) and info.value.exit_code == 3


def test_ingest_latin1_with_encoding_option(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"caf\xe9 au lait")
    assert read(p, encoding="latin-1").text == "café au lait"


def test_ingest_too_long_document(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text("word " * 100)
    with pytest.raises(InputError, match=r"too (long|large)"):
        read(p, max_chars=100)


def test_ingest_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read(tmp_path)


def test_ingest_jsonl_keeps_ids_and_published(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text(
        '{"id": "a", "text": "One.", "published": "2023-09-02"}\n\n'
        '{"id": 7, "text": "Two."}\n'
    )
    articles = list(iter_jsonl(str(p), encoding="utf-8", max_chars=LIMIT))
    assert [(a.id, a.text, a.published) for a in articles] == [
        ("a", "One.", dt.date(2023, 9, 2)),
        ("7", "Two.", None),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json}", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"id": "x"}', 'no "text"'),
        ('{"id": "x", "text": "a", "published": "Sept 2"}', "ISO date"),
    ],
)
def test_ingest_jsonl_errors_name_the_line(
    tmp_path: Path, line: str, message: str
) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text('{"id": "ok", "text": "Fine."}\n' + line + "\n")
    with pytest.raises(InputError, match=message) as info:
        list(iter_jsonl(str(p), encoding="utf-8", max_chars=LIMIT))
    assert f"{p}:2" in str(info.value)


def test_ingest_parse_date_accepts_datetimes() -> None:
    assert parse_date("2023-09-02T10:00:00+02:00") == dt.date(2023, 9, 2)
    with pytest.raises(ValueError):
        parse_date("yesterday")


def test_ingest_markdown_html_comments_are_blanked(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    raw = "<!-- factcheck-disable vague-attribution -->\n\nFifty guards were freed.\n"
    p.write_text(raw)
    article = read(p)
    assert "factcheck-disable" not in article.text
    assert article.text.index("Fifty") == raw.index("Fifty")
