"""Claim records and their JSON form (the only serializer and deserializer)."""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar

SCHEMA_VERSION = 1

Span = tuple[int, int]


class ClaimKind(enum.StrEnum):
    COUNT = "count"
    DATE = "date"
    ACTOR = "actor"
    ATTRIBUTION = "attribution"


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """What every claim has: where it is and what it says on the surface.

    Attributes:
        id: stable within the document ("count-3"), assigned in span order.
        text: the surface, equal to document_text[span[0]:span[1]].
        span: [start, end) character offsets into the document text.
        sentence: 0-based sentence index in the document.
        paragraph: 0-based paragraph index (non-empty lines, or blank-line blocks).
    """

    kind: ClassVar[ClaimKind]
    id: str = ""
    text: str
    span: Span
    sentence: int = 0
    paragraph: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class CountClaim(Claim):
    kind: ClassVar[ClaimKind] = ClaimKind.COUNT
    value: int | float
    value_max: int | float | None = None
    modifier: str = "exact"
    unit: str | None = None
    counted: str | None = None
    counted_span: Span | None = None
    event: str | None = None
    vague: bool = False
    source: str | None = None
    when: str | None = None
    holder: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DateClaim(Claim):
    kind: ClassVar[ClaimKind] = ClaimKind.DATE
    value: str
    type: str = "DATE"
    granularity: str = "day"
    anchored: bool = True
    source: str | None = None
    # "more than 20 years ago": 2003, duration P20Y, modifier more_than
    duration: str | None = None
    modifier: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorClaim(Claim):
    kind: ClassVar[ClaimKind] = ClaimKind.ACTOR
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributionClaim(Claim):
    kind: ClassVar[ClaimKind] = ClaimKind.ATTRIBUTION
    cue: str
    cue_span: Span
    content: str
    content_span: Span
    # None when the copy names no source: "the bill is expected to pass".
    source: str | None = None
    source_text: str | None = None
    source_span: Span | None = None
    content_spans: tuple[Span, ...] = ()
    channel: str | None = None
    direct: bool = False
    vague: bool = False
    when: str | None = None
    # speech (said), belief (thinks, hopes), stance (urged, criticized) or
    # evidence (shows, found, according to a poll).
    cue_class: str | None = None
    # The id of the attribution whose quote holds this one (nested speech).
    parent: str | None = None


CLAIM_TYPES: dict[ClaimKind, type[Claim]] = {
    ClaimKind.COUNT: CountClaim,
    ClaimKind.DATE: DateClaim,
    ClaimKind.ACTOR: ActorClaim,
    ClaimKind.ATTRIBUTION: AttributionClaim,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """Something the extractor noticed and worked around (never fatal)."""

    code: str
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """Which text the claims came from.

    Attributes:
        id: the JSONL id, else the path, else "-".
        path: the file read, or None for stdin and JSONL lines.
        published: reference date (ISO), or None.
        sha256: hex digest of the UTF-8 text the spans index into.
        title: from front matter or HTML, when there is one.
    """

    id: str
    path: str | None
    published: str | None
    sha256: str
    title: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    """One document's claims, sorted by span, plus diagnostics."""

    document: Document
    claims: tuple[Claim, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=(), compare=False)

    def of_kind(self, kind: ClaimKind) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.kind is kind)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `factcheck extract --format json` (see dumps)."""
        return extraction_to_dict(self)


def sort_key(claim: Claim) -> tuple[int, int, str]:
    """Claims are ordered by span, then kind, so JSON stays byte-stable."""
    return (claim.span[0], claim.span[1], claim.kind.value)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    # dataclasses.fields() rebuilds its tuple per call; serialization runs per claim.
    return tuple(f.name for f in dataclasses.fields(cls))


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": claim.kind.value}
    for name in _field_names(type(claim)):
        out[name] = _plain(getattr(claim, name))
    return out


def _tuple_span(value: Any) -> Span | None:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


_SPAN_FIELDS = {"span", "counted_span", "source_span", "cue_span", "content_span"}
_SPAN_LIST_FIELDS = {"mentions", "content_spans"}


def claim_from_dict(data: dict[str, Any]) -> Claim:
    """Rebuild a claim from its JSON form (unknown keys are ignored).

    Raises:
        KeyError, ValueError: when the kind or a required field is missing.
    """
    cls = CLAIM_TYPES[ClaimKind(data["kind"])]
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in _SPAN_FIELDS:
            value = _tuple_span(value)
        elif f.name in _SPAN_LIST_FIELDS:
            value = tuple(_tuple_span(v) for v in value)
        elif f.name == "aliases":
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    doc = {name: getattr(extraction.document, name) for name in _field_names(Document)}
    return {
        "schema_version": SCHEMA_VERSION,
        "document": doc,
        "claims": [claim_to_dict(c) for c in extraction.claims],
        "diagnostics": [
            {"code": d.code, "message": d.message, "span": _plain(d.span)}
            for d in extraction.diagnostics
        ],
    }


def extraction_from_dict(data: dict[str, Any]) -> Extraction:
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"unknown schema_version {data.get('schema_version')!r}")
    document = Document(**data["document"])
    claims = tuple(claim_from_dict(c) for c in data.get("claims", []))
    diagnostics = tuple(
        Diagnostic(
            code=d["code"], message=d["message"], span=_tuple_span(d.get("span"))
        )
        for d in data.get("diagnostics", [])
    )
    return Extraction(document=document, claims=claims, diagnostics=diagnostics)


def dumps(data: Any, *, indent: int | None = None) -> str:
    """The one JSON encoder: sorted keys, UTF-8 kept, no NaN."""
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, indent=indent, allow_nan=False
    )
