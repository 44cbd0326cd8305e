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
