"""Reference file (YAML, JSON, or CSV names list) -> validated Reference of facts."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import io
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from .errors import ReferenceDataError

SCHEMA_RESOURCE = "schemas/reference.schema.json"
_DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_DAY_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
CSV_COLUMNS = ("name", "role", "aliases")

# A JSON-pointer-like path into the loaded data: ("counts", 0, "value").
DataPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """What every reference fact has: where it was written.

    Attributes:
        id: the fact's `id:` if given, else its path ("counts[0]").
        source: the reference file it came from.
        line: 1-based line of the fact in that file.
        note: free text for people; never compared.
    """

    kind: ClassVar[str] = "fact"
    id: str
    source: str
    line: int
    note: str | None = None

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    def describe(self) -> str:
        return self.id


@dataclass(frozen=True, slots=True, kw_only=True)
class CountFact(Fact):
    """A number of things: exactly `value`, or between `min` and `max`.

    Attributes:
        counted: what is counted ("prison guards"), or what a percentage is a
            share of ("vote", "turnout"); matched by head noun.
        context: words that must all occur in the claim's own clause.
        value: the exact number (None when min/max are given).
        min, max: inclusive bounds; a missing one is unbounded.
        tolerance: relative slack around value (0.05 = +/- 5%).
        unit: None for plain counts, else "percent", an ISO currency, a measure.
        subject: whose count it is (a candidate's share); the claim's holder.
        when: the date of the counted event (YYYY[-MM[-DD]]); None: the story's
            main event.
    """

    kind: ClassVar[str] = "count"
    counted: str
    context: tuple[str, ...] = ()
    value: float | None = None
    min: float | None = None
    max: float | None = None
    tolerance: float = 0.0
    unit: str | None = None
    subject: str | None = None
    when: str | None = None

    def amount(self) -> str:
        """The value or bounds, with the unit once: "41.8 percent", "2,200"."""
        if self.value is not None:
            amount = _num(self.value)
        elif self.min is not None and self.max is not None:
            amount = f"{_num(self.min)}-{_num(self.max)}"
        elif self.min is not None:
            amount = f"at least {_num(self.min)}"
        else:
            amount = f"at most {_num(self.max)}"
        if self.unit:
            amount += f" {self.unit}"
        if self.value is not None and self.tolerance:
            amount += f" (+/- {self.tolerance:.0%})"
        return amount

    def describe(self) -> str:
        counted = self.counted
        if self.unit and counted.lower() in _UNIT_WORDS | {self.unit.lower()}:
            counted = ""
        about = ", ".join(x for x in (self.subject, self.when) if x)
        if self.unit:
            what = ", ".join(x for x in (counted, about) if x)
            return f"{self.amount()} ({what})" if what else self.amount()
        return f"{self.amount()} {counted}" + (f" ({about})" if about else "")


# Counted words that only repeat a unit: "percent" in {counted: percent}.
_UNIT_WORDS = frozenset(("percent", "%", "pct", "per cent", "percentage"))


@dataclass(frozen=True, slots=True, kw_only=True)
class DateFact(Fact):
    """When an event happened.

    Attributes:
        event: alternative words for the event; one must occur in the sentence.
        subject: who it happened to or who did it; None when anyone will do.
        date: YYYY-MM-DD, YYYY-MM or YYYY (the interval it covers is compared).
    """

    kind: ClassVar[str] = "date"
    event: tuple[str, ...]
    date: str
    subject: str | None = None

    def describe(self) -> str:
        who = f" ({self.subject})" if self.subject else ""
        return f"{'/'.join(self.event)}{who} on {self.date}"


@dataclass(frozen=True, slots=True, kw_only=True)
class NameFact(Fact):
    """How a person or organization is spelled, and their role."""

    kind: ClassVar[str] = "name"
    name: str
    role: str | None = None
    aliases: tuple[str, ...] = ()

    def describe(self) -> str:
        return f"{self.role} {self.name}" if self.role else self.name


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteFact(Fact):
    """Words and who said them."""

    kind: ClassVar[str] = "quote"
    text: str
    speaker: str

    def describe(self) -> str:
        return f'"{self.text}" ({self.speaker})'


@dataclass(frozen=True, slots=True, kw_only=True)
class Reference:
    """The facts `check` compares claims with, from one or more files.

    Attributes:
        sources: the files read, in order.
        published: default publication date for articles without one.
        settings: tolerances (about, nearly, max-edit-distance) from the files.
    """

    sources: tuple[str, ...] = ()
    published: dt.date | None = None
    counts: tuple[CountFact, ...] = ()
    dates: tuple[DateFact, ...] = ()
    names: tuple[NameFact, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def facts(self) -> tuple[Fact, ...]:
        return (*self.counts, *self.dates, *self.names, *self.quotes)


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    """JSON-ready form of a fact, with its kind and where it was written."""
    out: dict[str, Any] = {"kind": fact.kind, "where": fact.where}
    for f in dataclasses.fields(fact):
        value = getattr(fact, f.name)
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out


def _num(v: float | None) -> str:
    if v is None:
        return ""
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.6g}"


# -- loading -------------------------------------------------------------------


@functools.cache
def schema() -> dict[str, Any]:
    """The JSON Schema shipped with the package (reference.schema.json)."""
    from importlib.resources import files

    text = files("factcheck").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def load_references(paths: Iterable[str | Path]) -> Reference:
    """Load and merge several reference files (facts are concatenated).

    The first file that sets `published` wins; later `settings` override earlier.

    Raises:
        ReferenceDataError: naming file:line of the first problem.
    """
    refs = [load_reference(p) for p in paths]
    if not refs:
        return Reference()
    published = next((r.published for r in refs if r.published), None)
    settings: dict[str, Any] = {}
    for r in refs:
        settings.update(r.settings)
    return Reference(
        sources=tuple(s for r in refs for s in r.sources),
        published=published,
        counts=tuple(f for r in refs for f in r.counts),
        dates=tuple(f for r in refs for f in r.dates),
        names=tuple(f for r in refs for f in r.names),
        quotes=tuple(f for r in refs for f in r.quotes),
        settings=settings,
    )


def load_reference(path: str | Path) -> Reference:
    """Read one reference file: .yaml/.yml, .json, or .csv (a names list).

    Any other suffix is read as YAML (a superset of JSON, in practice).

    Raises:
        ReferenceDataError: when the file is missing, unparsable or invalid,
            naming file:line of the problem.
    """
    where = str(path)
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReferenceDataError("no such reference file", where=where) from None
    except IsADirectoryError:
        raise ReferenceDataError("is a directory, not a file", where=where) from None
    except PermissionError:
        raise ReferenceDataError("permission denied", where=where) from None
    except OSError as exc:
        raise ReferenceDataError(
            f"cannot be read ({exc.strerror})", where=where
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ReferenceDataError(
            "is not valid UTF-8", where=f"{where}:{line}"
        ) from None
    return parse_reference(text, source=where, suffix=p.suffix.lower())


def parse_reference(text: str, *, source: str, suffix: str = ".yaml") -> Reference:
    """Parse and validate reference text (no I/O; `source` only names it).

    Raises:
        ReferenceDataError: naming source:line of the first problem.
    """
    try:
        if suffix == ".csv":
            data, lines = _parse_csv(text, source=source)
        elif suffix == ".json":
            data, lines = _parse_json(text, source=source)
        else:
            data, lines = _parse_yaml(text, source=source)
    except RecursionError:
        raise ReferenceDataError(
            f"is nested too deeply (a reference needs {MAX_DEPTH} levels at most)",
            where=source,
        ) from None
    if data is None:
        data = {}
    _check_data(data, lines, source=source)
    _validate(data, lines, source=source)
    return _build(data, lines, source=source)


# Facts sit four levels down (counts[0].context[1]); anything much deeper is a
# mistake or an attack, and would exhaust the recursion of the schema validator.
MAX_DEPTH = 32
# What YAML anchors and aliases may expand to: a "billion laughs" file of 1 KB
# names a billion nodes. Past this many, and ten times what is written, refuse.
MAX_EXPANDED_NODES = 100_000
# Counts are compared as floats: bigger values lose their digits (and past 1e308
# do not convert at all). No news count comes near a quintillion.
MAX_MAGNITUDE = 10**18


def _check_data(data: Any, lines: _Lines, *, source: str) -> None:
    """Refuse what the schema lets through: NaN, infinities, huge numbers, depth.

    `value: .nan` would make a fact that matches nothing yet counts as checked.
    """
    stack: list[tuple[Any, DataPath]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise ReferenceDataError(
                f"{_format_path(path[:3])}...: is nested too deeply "
                f"(more than {MAX_DEPTH} levels)",
                where=f"{source}:{lines.line(path)}",
            )
        if isinstance(value, dict):
            stack.extend((v, (*path, str(k))) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(value))
        elif isinstance(value, float) and not math.isfinite(value):
            raise ReferenceDataError(
                f"{_format_path(path)}: {value!r} is not a finite number",
                where=f"{source}:{lines.line(path)}",
            )
        elif (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and abs(value) >= MAX_MAGNITUDE
        ):
            raise ReferenceDataError(
                f"{_format_path(path)}: the number is too large (the limit is 10^18)",
                where=f"{source}:{lines.line(path)}",
            )


def reference_from_dict(
    data: Mapping[str, Any], *, source: str = "<dict>"
) -> Reference:
    """Validate reference data already in memory, as if read from a file.

    The same JSON Schema and checks as load_reference apply; errors name the
    data path (line numbers are 1: there is no file).

    Raises:
        ReferenceDataError: naming the first problem.
    """
    data = dict(data)
    lines = _Lines()
    _check_data(data, lines, source=source)
    _validate(data, lines, source=source)
    return _build(data, lines, source=source)


class _Lines:
    """Map data paths to 1-based line numbers of their values and keys."""

    def __init__(self) -> None:
        self.values: dict[DataPath, int] = {}
        self.keys: dict[DataPath, int] = {}

    def line(self, path: Iterable[str | int], *, key: bool = False) -> int:
        path = tuple(path)
        if key and path in self.keys:
            return self.keys[path]
        # The deepest known ancestor: a missing key is reported at its object.
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), 1)


def _parse_yaml(text: str, *, source: str) -> tuple[Any, _Lines]:
    import yaml

    loader = yaml_loader()(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_expansion(node, source=source)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or exc.context or "malformed YAML"
        raise ReferenceDataError(
            f"is not valid YAML: {problem}", where=f"{source}:{line}"
        ) from None
    except yaml.YAMLError as exc:
        raise ReferenceDataError(f"is not valid YAML: {exc}", where=source) from None
    except ValueError:  # int(): more digits than Python converts (4,300)
        raise _long_number(text, source) from None
    finally:
        loader.dispose()
    lines = _Lines()
    if node is not None:
        _mark_nodes(node, (), lines)
    return data, lines


@functools.cache
def yaml_loader() -> type:
    """SafeLoader without timestamps (dates stay ISO strings), nesting capped.

    ingest reads Markdown front matter with it too.
    """
    import yaml

    class Loader(yaml.SafeLoader):
        # PyYAML's scanner does work in proportion to the nesting depth for each
        # token: 100 KB of "[" takes seconds before the composer's recursion
        # fails. No reference nests deeper than a few levels; stop at MAX_DEPTH.
        def fetch_flow_collection_start(self, token_class: Any) -> None:
            if self.flow_level >= MAX_DEPTH:
                self._too_deep()
            super().fetch_flow_collection_start(token_class)  # type: ignore[misc]

        def add_indent(self, column: int) -> bool:
            added: bool = super().add_indent(column)  # type: ignore[misc]
            if len(self.indents) > MAX_DEPTH:
                self._too_deep()
            return added

        def _too_deep(self) -> None:
            raise yaml.scanner.ScannerError(
                problem=f"nested more than {MAX_DEPTH} levels deep",
                problem_mark=self.get_mark(),  # type: ignore[attr-defined]
            )

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if not tag.endswith(":timestamp")]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _node_children(node: Any) -> list[Any]:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_expansion(root: Any, *, source: str) -> None:
    """Refuse YAML whose aliases expand too far, or refer to themselves.

    The composed nodes form a graph in which an alias is a shared node; the
    size of the tree it stands for is counted once per node (memoized), so
    this is linear in what is written, however far the aliases would expand.
    """
    size: dict[int, int] = {}
    ancestors: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            ancestors.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in _node_children(node))
            if size[key] > max(MAX_EXPANDED_NODES, 10 * len(size)):
                raise ReferenceDataError(
                    "YAML aliases expand to more than "
                    f"{max(MAX_EXPANDED_NODES, 10 * len(size)):,} values "
                    "(an alias bomb?); write the repeated parts out",
                    where=f"{source}:{node.start_mark.line + 1}",
                )
            continue
        if key in size:
            continue
        if key in ancestors:
            raise ReferenceDataError(
                "is not valid YAML: an alias refers to a node that contains it",
                where=f"{source}:{node.start_mark.line + 1}",
            )
        ancestors.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in _node_children(node) if id(c) not in size)


def _mark_nodes(root: Any, root_path: DataPath, lines: _Lines) -> None:
    import yaml

    # Iterative, and each node once: an alias is not walked again (its values
    # keep the line of their ancestor), so the walk is linear in the file.
    seen: set[int] = set()
    stack: list[tuple[Any, DataPath]] = [(root, root_path)]
    while stack:
        node, path = stack.pop()
        lines.values[path] = node.start_mark.line + 1
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key = key_node.value
                lines.keys[(*path, key)] = key_node.start_mark.line + 1
                stack.append((value_node, (*path, key)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*path, i)) for i, item in enumerate(node.value))


def _long_number(text: str, source: str) -> ReferenceDataError:
    m = re.search(r"\d{1000,}", text)
    line = text.count("\n", 0, m.start()) + 1 if m else 1
    return ReferenceDataError(
        "a number has thousands of digits (the limit is 10^18)",
        where=f"{source}:{line}",
    )


def _parse_json(text: str, *, source: str) -> tuple[Any, _Lines]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(
            f"is not valid JSON: {exc.msg} (column {exc.colno})",
            where=f"{source}:{exc.lineno}",
        ) from None
    except ValueError:  # int(): more digits than Python converts (4,300)
        raise _long_number(text, source) from None
    # JSON is YAML in practice, so YAML's node marks give the line numbers; when
    # PyYAML (YAML 1.1) balks at some JSON corner, lines fall back to the top.
    try:
        _, lines = _parse_yaml(text, source=source)
    except ReferenceDataError:
        lines = _Lines()
    return data, lines


def _parse_csv(text: str, *, source: str) -> tuple[Any, _Lines]:
    """A names list: columns name, role, aliases (separated by ';')."""
    # strict: an unclosed quote is an error, not a field that swallows the file.
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    header = [(h or "").strip().lower() for h in reader.fieldnames or []]
    if "name" not in header:
        raise ReferenceDataError(
            "a names CSV needs a header row with the columns name, role, aliases",
            where=f"{source}:1",
        )
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        raise ReferenceDataError(
            f"unknown CSV column {unknown[0]!r} (expected name, role, aliases)",
            where=f"{source}:1",
        )
    reader.fieldnames = header
    lines = _Lines()
    lines.values[()] = 1
    lines.values[("names",)] = 1
    names: list[dict[str, Any]] = []
    row_start = 2
    try:
        for row in reader:
            line = reader.line_num
            if any("\n" in (v or "") or "\r" in (v or "") for v in row.values()):
                raise ReferenceDataError(
                    "a quoted field runs over several lines (an unclosed quote?)",
                    where=f"{source}:{row_start}",
                )
            row_start = line + 1
            if row.get(None):  # type: ignore[call-overload]
                raise ReferenceDataError(
                    "more fields than header columns", where=f"{source}:{line}"
                )
            if not any((v or "").strip() for v in row.values()):
                continue  # blank rows are harmless
            item: dict[str, Any] = {"name": (row.get("name") or "").strip()}
            role = (row.get("role") or "").strip()
            if role:
                item["role"] = role
            aliases = [a.strip() for a in (row.get("aliases") or "").split(";")]
            if any(aliases):
                item["aliases"] = [a for a in aliases if a]
            path: DataPath = ("names", len(names))
            lines.values[path] = line
            for key in item:
                lines.values[(*path, key)] = line
                lines.keys[(*path, key)] = line
            names.append(item)
    except csv.Error as exc:
        raise ReferenceDataError(
            f"is not valid CSV: {exc} (an unclosed quote?)",
            where=f"{source}:{row_start}",
        ) from None
    return {"names": names}, lines


def _format_path(path: Iterable[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _validate(data: Any, lines: _Lines, *, source: str) -> None:
    """Every schema and semantic problem, each with its line, in one error.

    Raises:
        ReferenceDataError: naming the first problem; the message goes on with
            one `error[FC302]: file:line: problem` line for each other one (all
            of them are in its `problems`, as (line, message) pairs).
    """
    import jsonschema
    from jsonschema.exceptions import best_match

    validator = jsonschema.Draft202012Validator(schema())
    problems: list[tuple[int, str]] = []
    for error in validator.iter_errors(data):
        # anyOf/oneOf errors say "is not valid under any of the given schemas";
        # the most relevant sub-error says what is actually wrong.
        if error.context:
            error = best_match(error.context) or error
        what = _format_path(error.absolute_path)
        problems.append(
            (
                _error_line(error, lines),
                f"{what + ': ' if what else ''}{_error_message(error)}",
            )
        )
    problems.extend(_semantic_problems(data, lines))
    if not problems:
        return
    problems = sorted(set(problems), key=lambda p: (p[0], problems.index(p)))
    (line, first), rest = problems[0], problems[1:]
    more = "".join(
        f"\nerror[{ReferenceDataError.code}]: {source}:{n}: {m}" for n, m in rest
    )
    exc = ReferenceDataError(first + more, where=f"{source}:{line}")
    exc.problems = problems  # type: ignore[attr-defined]
    raise exc


def _error_line(error: Any, lines: _Lines) -> int:
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        if extra:
            return lines.line((*path, extra[0]), key=True)
    return lines.line(path)


def _error_message(error: Any) -> str:
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in set(allowed)]
        if extra:
            return f"unknown key {extra[0]!r} (expected one of {', '.join(allowed)})"
    if error.validator == "pattern":
        pattern = error.schema.get("pattern")
        if pattern == r"\S":
            return "must not be blank"
        if pattern == _DATE_PATTERN:
            return f"{error.instance!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
        if pattern == _DAY_PATTERN:
            return f"{error.instance!r} is not a date (YYYY-MM-DD)"
    if error.validator == "type" and isinstance(error.instance, bool):
        return (
            f"{error.instance!r} is not of type {error.validator_value!r} (YAML "
            "reads yes, no, on and off as true or false: quote the word)"
        )
    message: str = error.message
    return message


def _semantic_problems(data: Any, lines: _Lines) -> list[tuple[int, str]]:
    """What the schema cannot say clearly: value xor bounds, min <= max, real days.

    Reads only what has the right shape (the schema reports the rest).
    """
    problems: list[tuple[int, str]] = []

    def fail(path: DataPath, message: str) -> None:
        problems.append((lines.line(path), f"{_format_path(path)}: {message}"))

    def real_date(path: DataPath, value: Any) -> None:
        try:
            _parse_partial_date(_date_str(value))
        except ValueError:
            fail(path, f"{_date_str(value)!r} is not a real date")

    if not isinstance(data, dict):
        return problems
    counts = data.get("counts")
    for i, count in enumerate(counts if isinstance(counts, list) else ()):
        if not isinstance(count, dict):
            continue
        path: DataPath = ("counts", i)
        has_bounds = "min" in count or "max" in count
        if "value" in count and has_bounds:
            fail(path, "give value, or min and/or max, not both")
        if "value" not in count and not has_bounds:
            fail(path, "give value, or min and/or max")
        if has_bounds and "tolerance" in count:
            fail((*path, "tolerance"), "tolerance applies to value only")
        lo, hi = count.get("min"), count.get("max")
        if _is_number(lo) and _is_number(hi) and lo > hi:
            fail((*path, "min"), f"min {lo} is greater than max {hi}")
        if isinstance(count.get("when"), str | int):
            real_date((*path, "when"), count["when"])
    dates = data.get("dates")
    for i, fact in enumerate(dates if isinstance(dates, list) else ()):
        if isinstance(fact, dict) and isinstance(fact.get("date"), str | int):
            real_date(("dates", i, "date"), fact["date"])
    if isinstance(data.get("published"), str):
        try:
            dt.date.fromisoformat(data["published"])
        except ValueError:
            fail(("published",), f"{data['published']!r} is not a real date")
    return problems


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _parse_partial_date(value: str) -> tuple[int, int | None, int | None]:
    m = _PARTIAL_DATE.match(value.zfill(4) if value.isdigit() else value)
    if not m:
        raise ValueError(value)
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    dt.date(year, month or 1, day or 1)  # raises ValueError for 2023-02-30
    return year, month, day


def _date_str(value: Any) -> str:
    """A fact's date as written; a bare year may be a YAML number."""
    return str(value).zfill(4) if isinstance(value, int) else str(value)


def _words(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    return tuple(str(v).strip() for v in value)


def _common(
    item: Mapping[str, Any], path: DataPath, lines: _Lines, source: str
) -> dict[str, Any]:
    return {
        "id": str(item.get("id") or _format_path(path)),
        "source": source,
        "line": lines.line(path),
        "note": item.get("note"),
    }


def _build(data: dict[str, Any], lines: _Lines, *, source: str) -> Reference:
    counts = tuple(
        CountFact(
            **_common(c, ("counts", i), lines, source),
            counted=c["counted"].strip(),
            context=_words(c.get("context")),
            value=c.get("value"),
            min=c.get("min"),
            max=c.get("max"),
            tolerance=float(c.get("tolerance", 0.0)),
            unit=c.get("unit"),
            subject=(c.get("subject") or "").strip() or None,
            when=_date_str(c["when"]) if "when" in c else None,
        )
        for i, c in enumerate(data.get("counts") or ())
    )
    dates = tuple(
        DateFact(
            **_common(d, ("dates", i), lines, source),
            event=_words(d["event"]),
            date=_date_str(d["date"]),
            subject=d.get("subject"),
        )
        for i, d in enumerate(data.get("dates") or ())
    )
    names = tuple(
        NameFact(
            **_common(n, ("names", i), lines, source),
            name=n["name"].strip(),
            role=(n.get("role") or "").strip() or None,
            aliases=tuple(a.strip() for a in n.get("aliases") or ()),
        )
        for i, n in enumerate(data.get("names") or ())
    )
    quotes = tuple(
        QuoteFact(
            **_common(q, ("quotes", i), lines, source),
            text=q["text"].strip(),
            speaker=q["speaker"].strip(),
        )
        for i, q in enumerate(data.get("quotes") or ())
    )
    published = data.get("published")
    return Reference(
        sources=(source,),
        published=dt.date.fromisoformat(published) if published else None,
        counts=counts,
        dates=dates,
        names=names,
        quotes=quotes,
        settings=dict(data.get("settings") or {}),
    )
