"""No input crashes factcheck: random text, mutated copy, and nasty files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import cli
from factcheck.diff import ClaimDiff
from factcheck.records import (
    ActorClaim,
    AttributionClaim,
    Extraction,
    dumps,
    extraction_to_dict,
)

from .conftest import FIXTURES, PUBLISHED, SEED

pytestmark = pytest.mark.model

NASTY = FIXTURES / "nasty"
SEED_TEXT = SEED.read_text("utf-8")
# Text that looks like copy: words, digits, quotes of every kind, newlines, emoji.
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789")
    + list(".,;:!?-\u2014'\"\u201c\u201d\u2018\u2019()$%\n\t")
    + ["\U0001f600", "\u0627", "\u05d0", "\u4e2d", "\u00e9", "\u200d", "\r"]
)
EVIL_TEXT = st.text(alphabet=ALPHABET, max_size=400)
SLOW = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def extract(text: str) -> Extraction:
    from factcheck.extract import extract_articles
    from factcheck.ingest import Article
    from factcheck.settings import Settings

    article = Article(id="t", path=None, text=text)
    (extraction,) = extract_articles([article], settings=Settings(published=PUBLISHED))
    return extraction


def assert_sound(text: str, extraction: Extraction) -> None:
    """Valid JSON, and every span inside the text and equal to its surface."""
    json.loads(dumps(extraction_to_dict(extraction)))

    def inside(span: tuple[int, int]) -> None:
        assert 0 <= span[0] <= span[1] <= len(text), span

    for c in extraction.claims:
        inside(c.span)
        assert text[c.span[0] : c.span[1]] == c.text
        if isinstance(c, AttributionClaim):
            for s in (c.cue_span, c.content_span, *c.content_spans):
                inside(s)
            if c.source_span is not None:
                inside(c.source_span)
                assert text[c.source_span[0] : c.source_span[1]] == c.source_text
        if isinstance(c, ActorClaim):
            for s in c.mentions:
                inside(s)


@SLOW
@given(EVIL_TEXT)
def test_robustness_random_text(text: str) -> None:
    assert_sound(text, extract(text))


def mutate(data: st.DataObject) -> str:
    text = SEED_TEXT
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 200)))
        op = data.draw(st.sampled_from(["delete", "duplicate", "insert", "swap"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "insert":
            text = text[:i] + data.draw(EVIL_TEXT) + text[i:]
        else:
            k = data.draw(st.integers(0, len(text)))
            text = text[:k] + text[i:j] + text[k:i] + text[j:] if k < i else text
    return text


@SLOW
@given(st.data())
def test_robustness_mutated_seed_extract_and_diff(data: st.DataObject) -> None:
    from factcheck.diff import diff_claims

    text = mutate(data)
    extraction = extract(text)
    assert_sound(text, extraction)
    assert (
        diff_claims(extraction, extraction, old_text=text, new_text=text).changes == ()
    )
    seed = extract(SEED_TEXT)
    assert_pairing(seed, extraction, diff_claims(seed, extraction))
    assert_pairing(
        seed,
        extraction,
        diff_claims(seed, extraction, old_text=SEED_TEXT, new_text=text),
    )


def assert_pairing(old: Extraction, new: Extraction, diff: ClaimDiff) -> None:
    """A diff pairs claims one to one: every claim is in at most one change,
    added claims come from new, removed from old, changed ones differ."""
    olds = [id(c.old) for c in diff.changes if c.old is not None]
    news = [id(c.new) for c in diff.changes if c.new is not None]
    assert len(set(olds)) == len(olds) and len(set(news)) == len(news)
    assert set(olds) <= {id(c) for c in old.claims}
    assert set(news) <= {id(c) for c in new.claims}
    for change in diff.changes:
        assert (change.old is None, change.new is None) == {
            "added": (True, False),
            "removed": (False, True),
            "changed": (False, False),
        }[change.change]
        assert bool(change.fields) == (change.change == "changed")
        claim = change.old or change.new
        assert claim is not None and change.kind is claim.kind
    # Unpaired claims are exactly the added and the removed ones.
    removed = sum(c.change == "removed" for c in diff.changes)
    added = sum(c.change == "added" for c in diff.changes)
    assert len(old.claims) - removed == len(new.claims) - added


@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_robustness_mutated_seed_check(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    path = tmp_path_factory.mktemp("check") / "story.txt"
    path.write_text(mutate(data), encoding="utf-8")
    reference = FIXTURES / "check" / "seed.reference.yaml"
    result = CliRunner().invoke(
        cli, ["check", str(path), "--reference", str(reference), "--format", "json"]
    )
    assert result.exit_code in (0, 1), result.output
    json.loads(result.stdout)


def run_extract(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(
        cli, ["extract", *args, "--published", "2023-09-02", "--format", "json"]
    )


@pytest.mark.parametrize(
    "name",
    [
        "crlf.txt",
        "unbalanced_quotes.txt",
        "emoji_rtl.txt",
        "non_english.txt",
        "long_sentence.txt",
    ],
)
def test_robustness_nasty_files_extract(name: str) -> None:
    path = NASTY / name
    result = run_extract(str(path))
    assert result.exit_code == 0, result.stderr
    text = path.read_bytes().decode("utf-8")
    data = json.loads(result.stdout)
    for c in data["claims"]:
        assert text[c["span"][0] : c["span"][1]] == c["text"]


def test_robustness_crlf_gives_the_seed_claims() -> None:
    crlf = json.loads(run_extract(str(NASTY / "crlf.txt")).stdout)["claims"]
    lf = json.loads(run_extract(str(SEED)).stdout)["claims"]

    def essence(claims: list[dict[str, object]]) -> list[tuple[object, ...]]:
        return [
            (c["kind"], c.get("value"), c.get("source"), c.get("name")) for c in claims
        ]

    assert essence(crlf) == essence(lf)


def test_robustness_unbalanced_quotes_warn() -> None:
    result = run_extract(str(NASTY / "unbalanced_quotes.txt"))
    assert result.exit_code == 0
    assert "FC201" in result.stderr
    assert "FC201" in {d["code"] for d in json.loads(result.stdout)["diagnostics"]}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("invalid_utf8.txt", "not valid utf-8"),
        ("binary.txt", "binary"),
        ("empty.txt", "is empty"),
    ],
)
def test_robustness_bad_files_exit_3(name: str, message: str) -> None:
    result = run_extract(str(NASTY / name))
    assert result.exit_code == 3
    assert message in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_robustness_20mb_file_exit_3(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(
        (SEED_TEXT + "\n") * (20_000_000 // len(SEED_TEXT)), encoding="utf-8"
    )
    result = run_extract(str(big))
    assert result.exit_code == 3
    assert "too large" in result.stderr and str(big) in result.stderr
