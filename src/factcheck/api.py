"""The Python API: text -> Extraction, two texts -> ClaimDiff, text -> CheckReport."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from .records import (
    CLAIM_TYPES,
    ClaimKind,
    Extraction,
    claim_to_dict,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from .check import CheckConfig, CheckReport
    from .diff import ClaimDiff
    from .ingest import Article
    from .reference import Reference
    from .settings import Settings

__all__ = [
    "ROW_COLUMNS",
    "DateLike",
    "KindsLike",
    "ReferenceLike",
    "check",
    "diff",
    "extract",
    "extract_many",
    "to_rows",
]

DateLike: TypeAlias = dt.date | str
"""A publication date: a date (or datetime), or an ISO 'YYYY-MM-DD' string."""
KindsLike: TypeAlias = Iterable[ClaimKind | str] | str
"""Claim kinds: ClaimKind members or names ('count', 'dates'), or 'count,date'."""
ReferenceLike: TypeAlias = (
    "str | os.PathLike[str] | Mapping[str, Any] | Reference"
    " | Sequence[str | os.PathLike[str]]"
)
"""Reference facts: a file, several files, the file's data as a dict, or loaded."""

# What a document is called when it came as a string: as for stdin in the CLI,
# so that extract(text).to_dict() is what `factcheck extract - --format json`
# prints for the same text.
TEXT_ID = "-"


def _check_internals() -> tuple[type[CheckConfig], Callable[..., CheckReport]]:
    """The one place check internals are imported from.

    check.py is becoming a package that re-exports these names; `from . import
    check` would not do, as it names the API function below.
    """
    from .check import CheckConfig, check_claims

    return CheckConfig, check_claims


def extract(
    text: str,
    *,
    published: DateLike | None = None,
    kinds: KindsLike | None = None,
    nlp: Language | None = None,
    model: str | None = None,
    id: str | None = None,  # shadows the builtin: it is the JSON field's name
    title: str | None = None,
) -> Extraction:
    """Extract the claims of one text.

    The spaCy pipeline is loaded on first use and shared by every later call in
    the process (see nlp.load_pipeline).

    Args:
        text: the article text; every claim span indexes into it.
        published: the publication date relative dates resolve against
            ("last Thursday"); without it they stay in XXXX form.
        kinds: the claim kinds to keep (default: all).
        nlp: a spaCy pipeline to parse with instead of the shared default one.
            It is used as given, so claims match the CLI's only for a pipeline
            from factcheck.nlp.load_pipeline or one with the factcheck component.
        model: name or path of the pipeline to load (default: en_core_web_sm,
            or $FACTCHECK_MODEL); ignored when nlp is given.
        id: the document id in the result (default "-", as for stdin).
        title: the document title in the result.

    Returns:
        The claims, sorted by span, with the document record and diagnostics;
        its to_dict() is the JSON `factcheck extract --format json` prints.

    Raises:
        ValueError: for a published date that is not a date, or an unknown kind.
        InputError: for a text longer than the CLI's --max-chars default.
        ModelError: when no spaCy pipeline can be loaded.
    """
    record = {"id": TEXT_ID if id is None else id, "text": text, "title": title}
    (extraction,) = extract_many(
        [record], published=published, kinds=kinds, nlp=nlp, model=model
    )
    return extraction


def extract_many(
    texts: Iterable[str | Mapping[str, Any]],
    *,
    published: DateLike | None = None,
    kinds: KindsLike | None = None,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int | None = None,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """Extract the claims of many texts, streaming, in input order.

    Texts are parsed in nlp.pipe batches, so this is much faster than calling
    extract() in a loop; the input is read lazily, so memory stays flat.

    Args:
        texts: strings, or records {"id", "text", "published"?, "title"?} as in
            a JSONL batch of the CLI; a string's id is its 0-based position.
        published: the publication date of every text without one of its own
            (a record's "published" wins).
        kinds: the claim kinds to keep (default: all).
        nlp: a spaCy pipeline to parse with instead of the shared default one.
        model: name or path of the pipeline to load; ignored when nlp is given.
        batch_size: texts per nlp.pipe batch (default 256, as the CLI).
        n_process: worker processes. Above 1, forked workers parse and extract
            as `factcheck extract --jobs` does (batch_size is then the CLI's);
            with nlp given, spaCy's own nlp.pipe(n_process=...) parses.

    Returns:
        A generator of one Extraction per text, in input order.

    Raises:
        TypeError: for one string or record instead of an iterable of them.
        ValueError: for a bad published date, an unknown kind, or a record
            without a "text" string (raised when that record is reached).
        InputError: for a text longer than the CLI's --max-chars default.
        ModelError: when no spaCy pipeline can be loaded.
    """
    from .extract import BATCH_DOCS, extract_parallel
    from .nlp import load_pipeline

    # Everything is checked, and the model loaded, before the first text is
    # read: a generator would raise only when iterated, far from the call.
    if isinstance(texts, str | Mapping):
        raise TypeError("texts must be an iterable of strings or records, not one")
    if batch_size is not None and batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if n_process < 1:
        raise ValueError("n_process must be at least 1")
    # Dates go on the articles, not in Settings, where they would beat the
    # records' own.
    settings = _settings(kinds=kinds, model=model)
    articles = _articles(
        texts, published=coerce_date(published), max_chars=settings.max_chars
    )
    if nlp is None:
        nlp = load_pipeline(settings.model)
        if n_process > 1:
            return extract_parallel(articles, settings=settings, jobs=n_process)
    return _pipe(
        articles,
        nlp=nlp,
        settings=settings,
        batch_size=batch_size or BATCH_DOCS,
        n_process=n_process,
    )


def diff(
    old: str,
    new: str,
    *,
    published: DateLike | None = None,
    old_published: DateLike | None = None,
    new_published: DateLike | None = None,
    kinds: KindsLike | None = None,
    nlp: Language | None = None,
    model: str | None = None,
) -> ClaimDiff:
    """The claims added, removed or changed between two versions of a text.

    As `factcheck diff`: claims pair up by their facts and their sentence's
    words, so moved or reworded claims around the same facts are no change.

    Args:
        old: the old version's text.
        new: the new version's text.
        published: the publication date of both versions.
        old_published: the old version's date (overrides published).
        new_published: the new version's date (overrides published).
        kinds: the claim kinds to compare (default: all).
        nlp: a spaCy pipeline to parse with instead of the shared default one.
        model: name or path of the pipeline to load; ignored when nlp is given.

    Returns:
        The changes in reading order of the new version; falsy when there are
        none. Its to_dict() is the JSON `factcheck diff --format json` prints,
        with the documents named "old" and "new".

    Raises:
        ValueError: for a bad date or an unknown kind.
        ModelError: when no spaCy pipeline can be loaded.
    """
    from .diff import diff_claims

    default = coerce_date(published)
    records = [
        {"id": "old", "text": old, "published": coerce_date(old_published) or default},
        {"id": "new", "text": new, "published": coerce_date(new_published) or default},
    ]
    settings = _settings(kinds=kinds, model=model)
    old_ex, new_ex = extract_many(records, kinds=settings.kinds, nlp=nlp, model=model)
    return diff_claims(old_ex, new_ex, kinds=settings.kinds, old_text=old, new_text=new)


def check(
    text: str,
    reference: ReferenceLike,
    *,
    published: DateLike | None = None,
    config: CheckConfig | None = None,
    nlp: Language | None = None,
    model: str | None = None,
    id: str | None = None,  # shadows the builtin: it is the JSON field's name
) -> CheckReport:
    """Compare the claims of a text with reference facts, as `factcheck check`.

    Args:
        text: the article text.
        reference: a reference file (.yaml, .json, or .csv names list), a list
            of them, their content as a dict (validated against the same JSON
            Schema), or a loaded Reference.
        published: the publication date; the reference's `published` when None.
        config: tolerances and severities (default: the CLI's defaults); the
            reference's `settings` apply on top, as in the CLI.
        nlp: a spaCy pipeline to parse with instead of the shared default one.
        model: name or path of the pipeline to load; ignored when nlp is given.
        id: the document id in the report (default "-").

    Returns:
        The findings, sorted by position; report.exit_code() is the CLI's status.

    Raises:
        ReferenceDataError: for a missing, malformed or invalid reference.
        ValueError: for a bad published date.
        ModelError: when no spaCy pipeline can be loaded.
    """
    config_type, check_claims = _check_internals()
    facts = _reference(reference)
    when = coerce_date(published) or facts.published
    extraction = extract(text, published=when, nlp=nlp, model=model, id=id)
    config = (config or config_type()).with_settings(facts.settings)
    report: CheckReport = check_claims(extraction, text, facts, config=config)
    return report


# -- pandas and other tables -------------------------------------------------------


def _row_columns() -> tuple[str, ...]:
    columns = dict.fromkeys(["document", "published", "id", "kind", "text"])
    columns.update(dict.fromkeys(["start", "end"]))
    for cls in CLAIM_TYPES.values():
        for f in dataclasses.fields(cls):
            if f.name == "span":
                continue
            if f.name.endswith("_span"):
                prefix = f.name.removesuffix("span")
                columns.update(dict.fromkeys([f"{prefix}start", f"{prefix}end"]))
            else:
                columns.setdefault(f.name)
    return tuple(columns)


ROW_COLUMNS: tuple[str, ...] = _row_columns()
"""The keys of every to_rows() row, in order: the document, the claim's common
fields, then each kind's own (one `value` column serves counts and dates)."""


def to_rows(
    extractions: Extraction | Iterable[Extraction],
) -> Iterator[dict[str, Any]]:
    """One flat dict per claim, for pandas, csv.DictWriter or a database.

    Every row has the keys ROW_COLUMNS, in that order, with None where a field
    does not apply to the claim's kind. Spans become two columns (`start`,
    `end`, `counted_start`, ...); lists (`aliases`, `mentions`) stay lists.

    Args:
        extractions: one Extraction or an iterable of them (extract_many's
            generator is consumed lazily).

    Yields:
        Rows in document order, then claim order.
    """
    if isinstance(extractions, Extraction):
        extractions = (extractions,)
    empty = dict.fromkeys(ROW_COLUMNS)
    for extraction in extractions:
        document = extraction.document
        for claim in extraction.claims:
            row = dict(empty)
            row["document"] = document.id
            row["published"] = document.published
            for name, value in claim_to_dict(claim).items():
                if name == "span" or name.endswith("_span"):
                    prefix = "" if name == "span" else name[:-4]
                    start, end = value if value is not None else (None, None)
                    row[f"{prefix}start"], row[f"{prefix}end"] = start, end
                else:
                    row[name] = value
            yield row


# -- helpers -----------------------------------------------------------------------


def coerce_date(value: DateLike | None) -> dt.date | None:
    """A date from a date, datetime or ISO string (None stays None).

    Raises:
        ValueError: for anything else.
    """
    if value is None:
        return None
    from .ingest import parse_date

    return parse_date(value)


def coerce_kinds(kinds: KindsLike | None) -> tuple[ClaimKind, ...]:
    """Claim kinds from members or names ("count", "dates"; None for all).

    Raises:
        ValueError: for an unknown kind, or none.
    """
    if kinds is None:
        return tuple(ClaimKind)
    if isinstance(kinds, str):
        kinds = kinds.split(",")
    out = []
    for kind in kinds:
        if isinstance(kind, ClaimKind):
            out.append(kind)
            continue
        name = str(kind).strip().lower()
        try:
            out.append(ClaimKind(name.removesuffix("s")))
        except ValueError:
            choices = ", ".join(k.value for k in ClaimKind)
            raise ValueError(f"unknown kind {kind!r} (choose from {choices})") from None
    if not out:
        raise ValueError("kinds must not be empty")
    return tuple(dict.fromkeys(out))


def _settings(*, kinds: KindsLike | None, model: str | None) -> Settings:
    from .nlp import model_name
    from .settings import Settings

    return Settings(model=model_name(model), kinds=coerce_kinds(kinds))


def _articles(
    texts: Iterable[str | Mapping[str, Any]],
    *,
    published: dt.date | None,
    max_chars: int,
) -> Iterator[Article]:
    from .ingest import Article, check_length

    for n, item in enumerate(texts):
        if isinstance(item, str):
            record: Mapping[str, Any] = {"text": item}
        elif isinstance(item, Mapping):
            record = item
        else:
            raise TypeError(f"item {n} is {type(item).__name__}, not a str or dict")
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError(f'item {n} has no "text" string')
        doc_id = str(record["id"]) if record.get("id") is not None else str(n)
        check_length(text, where=doc_id, max_chars=max_chars, what="text", hint=None)
        title = record.get("title")
        yield Article(
            id=doc_id,
            path=None,
            text=text,
            published=coerce_date(record.get("published")) or published,
            title=title if isinstance(title, str) else None,
        )


def _pipe(
    articles: Iterable[Article],
    *,
    nlp: Language,
    settings: Settings,
    batch_size: int,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """nlp.pipe in batches, then the extractors: what the CLI runs per batch."""
    from .canonical import canonicalize
    from .extract import BATCH_CHARS, batches, extract_claims
    from .nlp import parse_texts

    # A factcheck component in this pipeline would only extract twice.
    disable = [name for name in nlp.pipe_names if _is_component(nlp, name)]
    for batch in batches(articles, batch_size, BATCH_CHARS):
        texts = [canonicalize(article.text).text for article in batch]
        docs = parse_texts(nlp, texts, n_process=n_process, disable=disable)
        for doc, article in zip(docs, batch, strict=True):
            yield extract_claims(doc, article, settings=settings)


def _is_component(nlp: Language, name: str) -> bool:
    return nlp.get_pipe_meta(name).factory == "factcheck"


def _reference(reference: ReferenceLike) -> Reference:
    from .reference import (
        Reference,
        load_reference,
        load_references,
        reference_from_dict,
    )

    if isinstance(reference, Reference):
        return reference
    if isinstance(reference, Mapping):
        return reference_from_dict(reference)
    if isinstance(reference, str | os.PathLike):
        return load_reference(Path(reference))
    return load_references(Path(p) for p in reference)
