"""The only reader: paths, stdin and JSONL batches -> Article(text, published, ...)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

_ENCODING_HINT = (
    "convert the file to UTF-8, or pass --encoding (e.g. --encoding latin-1)"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One document to extract from.

    Attributes:
        id: the JSONL id, else the path as given, else "-" for stdin.
        path: the file it came from (None for stdin).
        text: the text every span indexes into.
        published: the reference date found in the input's metadata, if any.
        title: from front matter or HTML, if any.
    """

    id: str
    path: str | None
    text: str
    published: dt.date | None = None
    title: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def parse_date(value: Any) -> dt.date:
    """Read a publication date: a date, or an ISO date/datetime string.

    Raises:
        ValueError: when it is neither.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date, got {value!r}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"expected an ISO date (YYYY-MM-DD), got {value!r}") from None


def _decode(data: bytes, *, where: str, encoding: str, max_chars: int) -> str:
    if len(data) > max_chars * 4:
        raise InputError(
            f"file is too large ({len(data):,} bytes; the limit is {max_chars:,} "
            "characters per document)",
            where=where,
            hint="split the file, or raise the limit with --max-chars",
        )
    if b"\x00" in data[:8192] and encoding.lower().replace("-", "") not in (
        "utf16",
        "utf32",
        "utf16le",
        "utf16be",
    ):
        raise InputError("looks like a binary file (NUL bytes), not text", where=where)
    try:
        text = data.decode(
            "utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding
        )
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not valid {encoding} (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start})",
            where=where,
            hint=_ENCODING_HINT,
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", where=where) from None
    if len(text) > max_chars:
        raise InputError(
            f"document is too long ({len(text):,} characters; the limit is "
            f"{max_chars:,})",
            where=where,
            hint="split the document, or raise the limit with --max-chars",
        )
    return text


def _require_text(text: str, *, where: str) -> None:
    if not text.strip():
        raise InputError("is empty: there is no text to extract from", where=where)


_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE
)


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def _blank(match: re.Match[str]) -> str:
    """Spaces for everything but newlines, so offsets and line numbers hold."""
    return re.sub(r"[^\n]", " ", match.group(0))


def _read_markdown(text: str, *, where: str) -> tuple[str, dt.date | None, str | None]:
    """Split YAML front matter off; keep offsets by blanking it rather than cutting.

    HTML comments are notes to editors (and `factcheck-disable` directives), not
    copy: they are blanked too.
    """
    text = _HTML_COMMENT.sub(_blank, text)
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, None, None
    import yaml  # only markdown needs it

    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        raise InputError(
            f"front matter is not valid YAML (line {line})", where=where
        ) from None
    if not isinstance(meta, dict):
        raise InputError("front matter must be a YAML mapping", where=where)
    published = None
    if meta.get("published") is not None:
        try:
            published = parse_date(meta["published"])
        except ValueError as exc:
            raise InputError(f"front matter published: {exc}", where=where) from None
    title = meta.get("title")
    # Blank the front matter (newlines kept) so spans index into the file as read.
    return _blank(match) + text[match.end() :], published, str(title) if title else None


class _ArticleHTML(HTMLParser):
    """Collect visible article text, <title> and article:published_time."""

    SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "svg",
        "template",
        "iframe",
    }
    BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "tr",
        "figcaption",
        "pre",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] | None = None
        self.skip_depth = 0
        self.in_title = False
        self.title: str | None = None
        self.published: str | None = None
        self.article_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = dict(attrs)
            key = a.get("property") or a.get("name") or a.get("itemprop") or ""
            if (
                key in ("article:published_time", "datePublished", "date", "pubdate")
                and a.get("content")
                and not self.published
            ):
                self.published = a["content"]
            return
        if tag == "title":
            self.in_title = True
        if tag in self.SKIP:
            self.skip_depth += 1
        if tag == "article":
            self.article_depth += 1
            if self.article_parts is None:
                self.article_parts = []
        if tag in self.BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in self.BLOCK:
            self._emit("\n")
        if tag == "article" and self.article_depth:
            self.article_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title = (self.title or "") + data.strip()
            return
        if not self.skip_depth:
            self._emit(re.sub(r"\s+", " ", data))

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        if self.article_depth and self.article_parts is not None:
            self.article_parts.append(s)

    def text(self) -> str:
        raw = "".join(self.article_parts if self.article_parts else self.parts)
        lines = (line.strip() for line in raw.split("\n"))
        return "\n".join(line for line in lines if line)


def _read_html(text: str, *, where: str) -> tuple[str, dt.date | None, str | None]:
    parser = _ArticleHTML()
    parser.feed(text)
    parser.close()
    published = None
    if parser.published:
        try:
            published = parse_date(parser.published)
        except ValueError:
            published = None  # a broken meta tag is not worth failing the run
    return parser.text(), published, parser.title


def read_article(
    path: str, *, encoding: str, max_chars: int, stdin: BinaryIO | None = None
) -> Article:
    """Read one .txt, .md or .html file, or "-" for stdin.

    Raises:
        InputError: when the file is missing, binary, undecodable, empty or too long.
    """
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_chars * 4 + 1)
        where = "<stdin>"
        suffix = ""
    else:
        p = Path(path)
        where = path
        try:
            if p.is_dir():
                raise InputError("is a directory, not an article", where=where)
            with p.open("rb") as f:
                data = f.read(max_chars * 4 + 1)
        except FileNotFoundError:
            raise InputError("no such file", where=where) from None
        except PermissionError:
            raise InputError("permission denied", where=where) from None
        except OSError as exc:
            raise InputError(f"cannot be read ({exc.strerror})", where=where) from None
        suffix = p.suffix.lower()
    text = _decode(data, where=where, encoding=encoding, max_chars=max_chars)
    published: dt.date | None = None
    title: str | None = None
    if suffix in MARKDOWN_SUFFIXES:
        text, published, title = _read_markdown(text, where=where)
    elif suffix in HTML_SUFFIXES:
        text, published, title = _read_html(text, where=where)
    _require_text(text, where=where)
    return Article(
        id=path,
        path=None if path == "-" else path,
        text=text,
        published=published,
        title=title,
    )


def article_from_bytes(
    data: bytes, *, name: str, suffix: str, encoding: str, max_chars: int
) -> Article:
    """Read an article already in memory (a git blob): as read_article, by suffix.

    Raises:
        InputError: when the data is binary, undecodable, empty or too long.
    """
    text = _decode(data, where=name, encoding=encoding, max_chars=max_chars)
    published: dt.date | None = None
    title: str | None = None
    if suffix.lower() in MARKDOWN_SUFFIXES:
        text, published, title = _read_markdown(text, where=name)
    elif suffix.lower() in HTML_SUFFIXES:
        text, published, title = _read_html(text, where=name)
    _require_text(text, where=name)
    return Article(id=name, path=None, text=text, published=published, title=title)


def _jsonl_article(line: str, *, path: str, lineno: int, max_chars: int) -> Article:
    where = f"{path}:{lineno}"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"is not valid JSON ({exc.msg}, column {exc.colno})", where=where
        ) from None
    if not isinstance(row, dict):
        raise InputError(
            'must be a JSON object {"id", "text", "published"?}', where=where
        )
    text = row.get("text")
    if not isinstance(text, str):
        raise InputError('has no "text" string', where=where)
    if len(text) > max_chars:
        raise InputError(
            f"text is too long ({len(text):,} characters; the limit is {max_chars:,})",
            where=where,
            hint="split the document, or raise the limit with --max-chars",
        )
    doc_id = row.get("id", f"{path}:{lineno}")
    published = None
    if row.get("published") is not None:
        try:
            published = parse_date(row["published"])
        except ValueError as exc:
            raise InputError(f"published: {exc}", where=where) from None
    return Article(
        id=str(doc_id),
        path=None,
        text=text,
        published=published,
        title=row.get("title") if isinstance(row.get("title"), str) else None,
    )


def iter_jsonl(path: str, *, encoding: str, max_chars: int) -> Iterator[Article]:
    """Yield one Article per non-blank line of a JSONL batch, streaming.

    Raises:
        InputError: naming path:line for the first bad line.
    """
    try:
        f = open(path, encoding=encoding, errors="strict", newline="")  # noqa: SIM115
    except FileNotFoundError:
        raise InputError("no such file", where=path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", where=path) from None
    with f:
        lineno = 0
        while True:
            try:
                line = f.readline()
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"is not valid {encoding} after line {lineno} ({exc.reason})",
                    where=path,
                    hint=_ENCODING_HINT,
                ) from None
            if not line:
                break
            lineno += 1
            if line.strip():
                yield _jsonl_article(
                    line, path=path, lineno=lineno, max_chars=max_chars
                )


def is_batch(path: str) -> bool:
    return path != "-" and Path(path).suffix.lower() in JSONL_SUFFIXES


def count_documents(paths: list[str], *, encoding: str, max_chars: int) -> int:
    """Validate every input up front (so a bad line aborts before any output).

    Returns:
        The number of documents the inputs hold.
    """
    total = 0
    for path in paths:
        if is_batch(path):
            total += sum(
                1 for _ in iter_jsonl(path, encoding=encoding, max_chars=max_chars)
            )
        else:
            total += 1
    return total


class Inputs:
    """The command line's ARTICLE arguments, validated before any output is written.

    Every file is read and every JSONL line parsed once up front, so a bad input
    stops the run with exit 3 before a single claim is printed; the articles are
    then read again, lazily, so memory stays flat on large batches.
    """

    def __init__(
        self, paths: list[str], *, settings: Any, stdin: BinaryIO | None = None
    ) -> None:
        self.paths = paths
        self.encoding = settings.encoding
        self.max_chars = settings.max_chars
        self._stdin: Article | None = None
        self.total = 0
        self.has_batch = False
        for path in paths:
            if is_batch(path):
                self.has_batch = True
                self.total += sum(
                    1
                    for _ in iter_jsonl(
                        path, encoding=self.encoding, max_chars=self.max_chars
                    )
                )
            else:
                article = read_article(
                    path, encoding=self.encoding, max_chars=self.max_chars, stdin=stdin
                )
                if path == "-":
                    self._stdin = article  # stdin cannot be read twice
                self.total += 1

    def articles(self) -> Iterator[Article]:
        for path in self.paths:
            if is_batch(path):
                yield from iter_jsonl(
                    path, encoding=self.encoding, max_chars=self.max_chars
                )
            elif path == "-" and self._stdin is not None:
                yield self._stdin
            else:
                yield read_article(
                    path, encoding=self.encoding, max_chars=self.max_chars
                )
