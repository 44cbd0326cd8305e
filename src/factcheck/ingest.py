"""The only reader: paths, stdin and JSONL batches -> Article(text, published, ...)."""

from __future__ import annotations

import dataclasses
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


# A file may hold this many bytes per character of --max-chars: 4 is UTF-8's
# worst case. HTML is mostly markup and scripts around the text, so it may be
# bigger, and its text is measured after the markup is stripped.
BYTES_PER_CHAR = 4
HTML_BYTES_PER_CHAR = 40


def _byte_limit(max_chars: int, suffix: str) -> int:
    per_char = HTML_BYTES_PER_CHAR if suffix in HTML_SUFFIXES else BYTES_PER_CHAR
    return max_chars * per_char


def _utf16_guess(data: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' when the bytes look like it (a BOM, or NULs between)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = data[:4096]
    # ASCII text in UTF-16 has a NUL in every other byte.
    if (
        len(head) >= 8
        and max(head[0::2].count(0), head[1::2].count(0)) > len(head) * 0.4
        and min(head[0::2].count(0), head[1::2].count(0)) < len(head) * 0.05
    ):
        return "UTF-16"
    return None


def _decode(
    data: bytes, *, where: str, encoding: str, max_chars: int, suffix: str = ""
) -> str:
    limit = _byte_limit(max_chars, suffix)
    if len(data) > limit:
        raise InputError(
            f"file is too large (more than {limit:,} bytes; the limit is "
            f"{max_chars:,} characters per document)",
            where=where,
            hint="split the file, or raise the limit with --max-chars",
        )
    wide = encoding.lower().replace("-", "").replace("_", "")
    if b"\x00" in data[:8192] and not wide.startswith(("utf16", "utf32")):
        guess = _utf16_guess(data)
        if guess:
            raise InputError(
                f"looks like {guess} text, not {encoding}",
                where=where,
                hint=f"pass --encoding {guess.lower()}, or convert the file to UTF-8",
            )
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
    if suffix not in HTML_SUFFIXES:
        check_length(text, where=where, max_chars=max_chars)
    return text


LENGTH_HINT = "split the document, or raise the limit with --max-chars"


def check_length(
    text: str,
    *,
    where: str,
    max_chars: int,
    what: str = "document",
    hint: str | None = LENGTH_HINT,
) -> None:
    """The one --max-chars check of every reader (files, JSONL, Parquet, pairs,
    the library): `what` names the field ("text", "old", ...) in the message.

    Raises:
        InputError: when text is over max_chars characters.
    """
    if len(text) > max_chars:
        raise InputError(
            f"{what} is too long ({len(text):,} characters; the limit is "
            f"{max_chars:,})",
            where=where,
            hint=hint,
        )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_surrogates(text: str, *, where: str, what: str = "text") -> None:
    """Lone surrogates (from JSON's \\ud800 escapes) cannot be written as UTF-8."""
    if m := _SURROGATE.search(text):
        raise InputError(
            f"{what} holds a lone surrogate (\\u{ord(m.group()):04x}) at character "
            f"{m.start()}, which is not a character",
            where=where,
        )


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


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)
_COMMENT_OR_TICKS = re.compile(r"<!--.*?-->|`+", re.DOTALL)


def _fenced_blocks(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks (``` or ~~~), as [start, end) offsets; an unclosed
    fence runs to the end of the document, as CommonMark says."""
    blocks = []
    pos = 0
    while m := _FENCE.search(text, pos):
        fence = m.group(1)
        closer = re.compile(
            rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE
        )
        line_end = text.find("\n", m.end())
        if line_end < 0:
            blocks.append((m.start(), len(text)))
            break
        end_match = closer.search(text, line_end + 1)
        end = end_match.end() if end_match else len(text)
        blocks.append((m.start(), end))
        pos = end
    return blocks


def markdown_comments(text: str) -> list[tuple[int, int]]:
    """The HTML comments of Markdown text that are comments, not shown as code.

    `` `<!-- factcheck-disable -->` `` in a code span or a fenced block is an
    example in the copy, not a directive. Left to right, as CommonMark reads:
    whichever of a comment or a code span opens first wins.
    """
    comments: list[tuple[int, int]] = []
    segments, pos = [], 0
    for start, end in _fenced_blocks(text):
        segments.append((pos, start))
        pos = end
    segments.append((pos, len(text)))
    for seg_start, seg_end in segments:
        pos = seg_start
        unclosed: set[int] = set()  # lengths of backtick runs with no closer left
        while m := _COMMENT_OR_TICKS.search(text, pos, seg_end):
            if m.group().startswith("<"):
                comments.append(m.span())
                pos = m.end()
                continue
            n = len(m.group())
            pos = m.end()
            if n in unclosed:
                continue
            closer = re.compile(rf"(?<!`)`{{{n}}}(?!`)").search(text, pos, seg_end)
            if closer:
                pos = closer.end()  # a code span: what is inside is code
            else:
                unclosed.add(n)  # literal backticks
    return comments


def comments_only(raw: str, path: str | None) -> str:
    """Just the HTML comments of a .md or .html file, one per line.

    For `factcheck-disable` directives: a comment shown inside Markdown code
    does not count.
    """
    if path is not None and Path(path).suffix.lower() in MARKDOWN_SUFFIXES:
        spans = markdown_comments(raw)
    else:
        spans = [m.span() for m in _HTML_COMMENT.finditer(raw)]
    return "\n".join(raw[a:b] for a, b in spans)


def _read_markdown(text: str, *, where: str) -> tuple[str, dt.date | None, str | None]:
    """Split YAML front matter off; keep offsets by blanking it rather than cutting.

    HTML comments are notes to editors (and `factcheck-disable` directives), not
    copy: they are blanked too (those shown in code spans are copy, and kept).
    """
    parts, pos = [], 0
    for start, end in markdown_comments(text):
        parts += [text[pos:start], re.sub(r"[^\n]", " ", text[start:end])]
        pos = end
    text = "".join(parts) + text[pos:]
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, None, None
    meta = _front_matter(match.group(1), where=where)
    published = None
    if meta.get("published") is not None:
        try:
            published = parse_date(meta["published"])
        except ValueError as exc:
            raise InputError(f"front matter published: {exc}", where=where) from None
    title = meta.get("title")
    # Blank the front matter (newlines kept) so spans index into the file as read.
    return _blank(match) + text[match.end() :], published, str(title) if title else None


def _front_matter(text: str, *, where: str) -> dict[str, Any]:
    """The scalar values of front matter: published, title and the like.

    Only scalars are built, from the composed node graph: an alias bomb stays
    a few shared nodes, and `published: 2023-02-30` stays a string that
    parse_date refuses (YAML's own timestamps would raise a bare ValueError).
    """
    import yaml  # only markdown needs it

    from .reference import yaml_loader

    loader = yaml_loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            raise InputError("front matter must be a YAML mapping", where=where)
        meta: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and isinstance(
                value_node, yaml.ScalarNode
            ):
                meta[str(key_node.value)] = loader.construct_object(value_node)
        return meta
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line if mark else 0) + 2
        raise InputError(
            f"front matter is not valid YAML (line {line})", where=where
        ) from None
    except ValueError:  # a number past Python's 4,300-digit conversion limit
        raise InputError(
            "front matter holds a number too long to read", where=where
        ) from None
    finally:
        loader.dispose()


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
        data = stream.read(_byte_limit(max_chars, "") + 1)
        where = "<stdin>"
        suffix = ""
    else:
        p = Path(path)
        where = path
        suffix = p.suffix.lower()
        try:
            if p.is_dir():
                raise InputError("is a directory, not an article", where=where)
            with p.open("rb") as f:
                data = f.read(_byte_limit(max_chars, suffix) + 1)
        except FileNotFoundError:
            raise InputError("no such file", where=where) from None
        except PermissionError:
            raise InputError("permission denied", where=where) from None
        except OSError as exc:
            raise InputError(f"cannot be read ({exc.strerror})", where=where) from None
    article = article_from_bytes(
        data, name=where, suffix=suffix, encoding=encoding, max_chars=max_chars
    )
    return dataclasses.replace(article, id=path, path=None if path == "-" else path)


def article_from_bytes(
    data: bytes, *, name: str, suffix: str, encoding: str, max_chars: int
) -> Article:
    """Read an article already in memory (a file's bytes, a git blob), by suffix.

    Raises:
        InputError: when the data is binary, undecodable, empty or too long.
    """
    suffix = suffix.lower()
    text = _decode(
        data, where=name, encoding=encoding, max_chars=max_chars, suffix=suffix
    )
    published: dt.date | None = None
    title: str | None = None
    if suffix in MARKDOWN_SUFFIXES:
        text, published, title = _read_markdown(text, where=name)
    elif suffix in HTML_SUFFIXES:
        text, published, title = _read_html(text, where=name)
        check_length(text, where=name, max_chars=max_chars)
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
    except ValueError:  # int(): past Python's 4,300-digit conversion limit
        raise InputError(
            "holds a number with thousands of digits", where=where
        ) from None
    except RecursionError:
        raise InputError("is nested too deeply to be a document", where=where) from None
    if not isinstance(row, dict):
        raise InputError(
            'must be a JSON object {"id", "text", "published"?}', where=where
        )
    return article_from_record(row, where=where, max_chars=max_chars)


def article_from_record(
    row: dict[str, Any], *, where: str, max_chars: int
) -> Article:
    """The Article of one record {"id"?, "text", "published"?, "title"?}.

    The checks of every record reader: a JSONL line, a Parquet or DataFrame row,
    a Dask bag item. A record without an id is named by `where`.

    Raises:
        InputError: naming `where` for a missing or too long text, an id that
            is not a string or an integer, a bad date or a lone surrogate.
    """
    text = row.get("text")
    if not isinstance(text, str):
        raise InputError('has no "text" string', where=where)
    _check_surrogates(text, where=where)
    check_length(text, where=where, max_chars=max_chars, what="text")
    doc_id = row.get("id")
    if doc_id is None:
        doc_id = where
    elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        raise InputError('"id" must be a string or an integer', where=where)
    doc_id = str(doc_id)
    _check_surrogates(doc_id, where=where, what='"id"')
    published = None
    if row.get("published") is not None:
        try:
            published = parse_date(row["published"])
        except ValueError as exc:
            raise InputError(f"published: {exc}", where=where) from None
    title = row.get("title") if isinstance(row.get("title"), str) else None
    if title is not None:
        _check_surrogates(title, where=where, what='"title"')
    return Article(id=doc_id, path=None, text=text, published=published, title=title)


def _ascii_compatible(encoding: str) -> bool:
    """Whether lines can be split on b"\\n" before decoding (not UTF-16/32)."""
    try:
        return "\n a".encode(encoding) == b"\n a"
    except (UnicodeError, LookupError):
        return False


def _jsonl_line_limit(max_chars: int) -> int:
    # JSON may spell each character as a 6-byte \\uXXXX escape; allow the other
    # fields some room too. A longer line is refused before it is all in memory.
    return max_chars * 6 + 65_536


def iter_jsonl(path: str, *, encoding: str, max_chars: int) -> Iterator[Article]:
    """Yield one Article per non-blank line of a JSONL batch, streaming.

    Lines are split as bytes and decoded one by one, so a decoding error names
    its own line; a UTF-8 byte-order mark at the start is skipped.

    Raises:
        InputError: naming path:line for the first bad line.
    """
    import codecs

    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", where=path) from None
    if not _ascii_compatible(encoding):
        yield from _iter_jsonl_text(path, encoding=encoding, max_chars=max_chars)
        return
    decode = "utf-8-sig" if codec.name == "utf-8" else encoding
    limit = _jsonl_line_limit(max_chars)
    try:
        f = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise InputError("no such file", where=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a JSONL file", where=path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", where=path) from None
    with f:
        lineno = 0
        while True:
            raw = f.readline(limit + 1)
            if not raw:
                break
            lineno += 1
            where = f"{path}:{lineno}"
            if len(raw) > limit:
                raise InputError(
                    f"line is too long (more than {limit:,} bytes)",
                    where=where,
                    hint="split the document, or raise the limit with --max-chars",
                )
            if lineno == 1 and b"\x00" in raw and (guess := _utf16_guess(raw)):
                raise InputError(
                    f"looks like {guess} text, not {encoding}",
                    where=path,
                    hint=f"pass --encoding {guess.lower()}, or convert the file "
                    "to UTF-8",
                )
            try:
                line = raw.decode(decode if lineno == 1 else encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"is not valid {encoding} (byte 0x{raw[exc.start]:02x} at "
                    f"column {exc.start + 1})",
                    where=where,
                    hint=_ENCODING_HINT,
                ) from None
            if line.strip():
                yield _jsonl_article(
                    line, path=path, lineno=lineno, max_chars=max_chars
                )


def _iter_jsonl_text(path: str, *, encoding: str, max_chars: int) -> Iterator[Article]:
    """iter_jsonl for UTF-16/32 files, whose newline is not the byte b"\\n"."""
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
                line = f.readline(_jsonl_line_limit(max_chars))
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"is not valid {encoding} near line {lineno + 1} ({exc.reason})",
                    where=path,
                    hint=_ENCODING_HINT,
                ) from None
            if not line:
                break
            lineno += 1
            if line.strip():
                yield _jsonl_article(
                    line.lstrip("\ufeff") if lineno == 1 else line,
                    path=path,
                    lineno=lineno,
                    max_chars=max_chars,
                )


def expand_glob(pattern: str) -> list[str]:
    """glob.glob(pattern, recursive=True), sorted, without following symlinks
    into directories under `**`.

    The standard glob descends into every linked directory: one link back up
    repeats each file dozens of times, two make the walk exponential. Here `**`
    walks real directories only (hidden ones skipped, as glob does); a link
    named by the pattern itself is still matched.
    """
    import glob
    import os

    def expand(pat: str) -> list[str]:
        parts = pat.split(os.sep)
        if "**" not in parts:
            return glob.glob(pat)
        i = parts.index("**")
        prefix, rest = os.sep.join(parts[:i]), os.sep.join(parts[i + 1 :])
        bases = glob.glob(prefix) if glob.has_magic(prefix) else [prefix]
        out: list[str] = []
        for base in bases:
            if base and not os.path.isdir(base):
                continue
            for dirpath, dirnames, filenames in os.walk(base or os.curdir):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                if base == "":
                    dirpath = os.path.relpath(dirpath)
                    dirpath = "" if dirpath == os.curdir else dirpath
                if rest:
                    out.extend(expand(os.path.join(dirpath, rest)))
                else:
                    out.extend(
                        os.path.join(dirpath, n)
                        for n in (*dirnames, *filenames)
                        if not n.startswith(".")
                    )
        return out

    return sorted(dict.fromkeys(expand(pattern)))


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


def _rereadable(path: str) -> bool:
    """A regular file; not a pipe such as /dev/fd/63 from `extract <(cmd)`."""
    import stat

    try:
        return stat.S_ISREG(Path(path).stat().st_mode)
    except OSError:
        return False


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
        self._kept: dict[str, Article] = {}
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
                if path == "-" or not _rereadable(path):
                    # stdin, <(cmd) and other pipes cannot be read twice
                    self._kept[path] = article
                self.total += 1

    def articles(self) -> Iterator[Article]:
        for path in self.paths:
            if is_batch(path):
                yield from iter_jsonl(
                    path, encoding=self.encoding, max_chars=self.max_chars
                )
            elif path in self._kept:
                yield self._kept[path]
            else:
                yield read_article(
                    path, encoding=self.encoding, max_chars=self.max_chars
                )
