"""Loading the spaCy pipeline: the fast tokenizer path must load the same tokenizer."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import nlp as fc_nlp


def test_standard_tokenizer_detected_only_when_its_file_ships(tmp_path: Path) -> None:
    import spacy

    spacy.blank("en").to_disk(tmp_path / "blank")
    assert fc_nlp._ships_standard_tokenizer(str(tmp_path / "blank"))
    (tmp_path / "blank" / "tokenizer").unlink()
    # Without the file, the empty stand-in would never be filled: plain load.
    assert not fc_nlp._ships_standard_tokenizer(str(tmp_path / "blank"))
    assert not fc_nlp._ships_standard_tokenizer("no_such_pipeline_xyz")


def test_custom_tokenizer_is_left_alone(tmp_path: Path) -> None:
    import spacy

    spacy.blank("en").to_disk(tmp_path)
    config = tmp_path / "config.cfg"
    config.write_text(
        config.read_text().replace('"spacy.Tokenizer.v1"', '"spacy.Whitespace.v1"')
    )
    assert not fc_nlp._ships_standard_tokenizer(str(tmp_path))


@pytest.mark.model
def test_fast_load_gives_the_model_tokenizer(nlp, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    import spacy
    from spacy.attrs import ORTH

    name = next(n for n in fc_nlp.DEFAULT_MODELS if spacy.util.is_package(n))
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == fc_nlp._TOKENIZER
    plain = spacy.load(name)
    plain.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    # Every rule, affix pattern and special case is the model's own (the vocab
    # is left out: parsing other texts in this session has added strings to it).
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(
        exclude=["vocab"]
    )
    text = seed_text + " Dr. Smith's U.S.-based co-op, e.g. 3:30p.m. :) don't"
    assert [t.text for t in nlp.tokenizer(text)] == [
        t.text for t in plain.tokenizer(text)
    ]


# --- figures masked for the statistical pipes (issue 17: a changed number must
# not re-tag the words around it) ---------------------------------------------


@pytest.mark.parametrize(
    ("word", "read_as"),
    [
        ("3,482", "3,000"),
        ("2016", "2000"),
        ("40", "40"),
        ("12.5", "10.0"),
        ("7", "5"),
        ("3", "5"),
        ("1", "1"),
        ("0", "0"),
        ("21st", "21st"),  # not a whole figure: read as written
        ("F-35", "F-35"),
        ("ferry", "ferry"),
    ],
)
def test_a_figure_is_read_rounded(word: str, read_as: str) -> None:
    assert fc_nlp._mask(word) == read_as


# One story in two versions whose only edit is a figure's later digits.
_BEFORE = (
    "Harbour officials said 3,482 passengers crossed on the Tern Island ferry "
    "in 2019, and 215 more were turned away at Westbay.\n"
    "The operator, Calloway Lines, blamed 17 cancelled sailings."
)
_AFTER = (
    _BEFORE.replace("3,482", "3,468").replace("2019", "2017").replace("215", "236")
)


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [
        (t.i, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


@pytest.mark.model
def test_editing_a_figure_changes_no_annotation(nlp) -> None:  # type: ignore[no-untyped-def]
    before, after = fc_nlp.parse_texts(nlp, [_BEFORE, _AFTER])
    assert _annotations(before) == _annotations(after)
    # The Docs still hold the text as written, with each figure's own lemma.
    assert before.text == _BEFORE and after.text == _AFTER
    assert [t.lemma_ for t in after if t.like_num and t.text[0].isdigit()] == [
        "3,468",
        "2017",
        "236",
        "17",
    ]


@pytest.mark.model
def test_a_masked_parse_keeps_entities_and_counted_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    (doc,) = fc_nlp.parse_texts(nlp, [_BEFORE])
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels.get("3,482") == "CARDINAL"
    assert labels.get("2019") == "DATE"
    figure = next(t for t in doc if t.text == "3,482")
    assert figure.head.text == "passengers"  # still the count of passengers


@pytest.mark.model
def test_the_spacy_component_reads_figures_masked_too(nlp) -> None:  # type: ignore[no-untyped-def]
    import spacy

    import factcheck.component  # noqa: F401  (registers the factory)
    from factcheck.api import extract

    pipeline = spacy.load(
        next(n for n in fc_nlp.DEFAULT_MODELS if spacy.util.is_package(n))
    )
    pipeline.add_pipe("factcheck")
    doc = pipeline(_BEFORE)
    assert doc._.claims == extract(_BEFORE).claims
