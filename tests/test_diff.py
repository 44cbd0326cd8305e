"""diff: claim alignment across versions, planted-edit fixtures, the diff command."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cli import cli
from factcheck.diff import (
    ClaimDiff,
    diff_claims,
    diff_to_dict,
    normalize_text,
)
from factcheck.records import (
    ActorClaim,
    AttributionClaim,
    Claim,
    ClaimKind,
    CountClaim,
    DateClaim,
    Document,
    Extraction,
    sort_key,
)

from .conftest import FIXTURES, PUBLISHED, SEED

DIFF_FIXTURES = FIXTURES / "diff"
CASES = sorted(p.name for p in DIFF_FIXTURES.iterdir() if p.is_dir())


# ---------------------------------------------------------------- hand-built claims

TEXT = (
    "Fifty prison guards were freed on Thursday, authorities said.\n"
    "Six people were arrested on Thursday after the blasts.\n"
)


def doc(name: str = "a") -> Document:
    return Document(id=name, path=None, published="2023-09-02", sha256="0" * 64)


def ext(*claims: Claim, name: str = "a") -> Extraction:
    ordered = sorted(claims, key=sort_key)
    return Extraction(document=doc(name), claims=tuple(ordered))


def count(value: float, counted: str | None, start: int = 0, **kw: Any) -> CountClaim:
    return CountClaim(
        text=str(value), span=(start, start + 5), value=value, counted=counted, **kw
    )


def date(value: str, start: int = 0, **kw: Any) -> DateClaim:
    return DateClaim(text="Thursday", span=(start, start + 8), value=value, **kw)


def actor(name: str, start: int = 0, **kw: Any) -> ActorClaim:
    kw.setdefault("type", "ORG")
    return ActorClaim(text=name, span=(start, start + len(name)), name=name, **kw)


def quote(source: str, content: str, start: int = 0, **kw: Any) -> AttributionClaim:
    return AttributionClaim(
        text=content,
        span=(start, start + 10),
        source=source,
        source_text=kw.pop("source_text", source),
        source_span=(start, start + 3),
        cue=kw.pop("cue", "said"),
        cue_span=(start + 4, start + 8),
        content=content,
        content_span=(start, start + 10),
        **kw,
    )


def moved(claim: Claim, by: int, **kw: Any) -> Claim:
    """The same claim somewhere else in the text, with another id and indexes."""
    return dataclasses.replace(
        claim,
        span=(claim.span[0] + by, claim.span[1] + by),
        id=f"moved-{by}",
        paragraph=claim.paragraph + 3,
        sentence=claim.sentence + 5,
        **kw,
    )


def test_diff_of_an_extraction_with_itself_is_empty() -> None:
    a = ext(
        count(50, "prison guards"),
        date("2023-08-31", 30),
        actor("SNAI", 40, aliases=("the agency",)),
        quote("authorities", "Fifty prison guards were freed", 50),
    )
    result = diff_claims(a, a, old_text=TEXT, new_text=TEXT)
    assert result.changes == ()
    assert not result and result.exit_code == 0


def test_diff_value_change_gives_one_changed_with_field_value() -> None:
    old = ext(count(50, "prison guards", event="freed"), count(7, "police officers"))
    new = ext(count(52, "prison guards", event="freed"), count(7, "police officers"))
    (change,) = diff_claims(old, new).changes
    assert change.change == "changed" and change.kind is ClaimKind.COUNT
    assert [(f.name, f.old, f.new) for f in change.fields] == [("value", 50, 52)]
    assert change.old is not None and change.new is not None
    assert (change.old.value, change.new.value) == (50, 52)  # type: ignore[attr-defined]


def test_diff_matches_one_to_one() -> None:
    twice = ext(count(50, "prison guards", 0), count(50, "prison guards", 70))
    once = ext(count(50, "prison guards", 0))
    result = diff_claims(twice, once, old_text=TEXT, new_text=TEXT)
    assert [c.change for c in result.changes] == ["removed"]
    result = diff_claims(once, twice, old_text=TEXT, new_text=TEXT)
    assert [c.change for c in result.changes] == ["added"]


def test_diff_moved_claim_is_not_a_change() -> None:
    claims = [
        count(50, "prison guards", 0),
        date("2023-08-31", 33),
        actor("SNAI", 10, mentions=((10, 14),)),
        quote("authorities", "Fifty prison guards were freed", 0),
    ]
    old = ext(*claims)
    new = ext(*(moved(c, 500) for c in claims))
    assert diff_claims(old, new).changes == ()


def test_diff_ignores_mentions_and_content_whitespace_and_punctuation() -> None:
    old = ext(
        actor("SNAI", 0, mentions=((0, 4),), aliases=("the agency", "SNAI service")),
        quote("military", 'to "control weapons, ammunition, and explosives"', 20),
    )
    new = ext(
        actor("SNAI", 0, mentions=((0, 4), (90, 94)), aliases=("SNAI service",)),
        quote(
            "military",
            "to \u201ccontrol  weapons,\nammunition and explosives\u201d",
            20,
        ),
    )
    (change,) = diff_claims(old, new).changes
    assert change.kind is ClaimKind.ACTOR
    assert [f.name for f in change.fields] == ["aliases"]


def test_diff_content_compares_numbers_as_digits() -> None:
    old = ext(quote("authorities", "Fifty guards and seven officers were freed"))
    new = ext(quote("authorities", "50 guards and 7 officers were freed"))
    assert diff_claims(old, new).changes == ()
    newer = ext(quote("authorities", "52 guards and 7 officers were freed"))
    (change,) = diff_claims(old, newer).changes
    assert [f.name for f in change.fields] == ["content"]


def test_diff_pairs_repeated_claims_by_their_sentence() -> None:
    # Both sentences have a Thursday; only the second one's moves to Wednesday.
    new_text = TEXT.replace("arrested on Thursday", "arrested on Wednesday")
    second = TEXT.index("Thursday", 40)
    old = ext(date("2023-08-31", 33), date("2023-08-31", second))
    new = ext(date("2023-08-31", 33), date("2023-08-30", second))
    (change,) = diff_claims(old, new, old_text=TEXT, new_text=new_text).changes
    assert change.old is not None and change.old.span[0] == second
    assert [(f.name, f.new) for f in change.fields] == [("value", "2023-08-30")]


def test_diff_does_not_pair_unrelated_claims() -> None:
    # A dropped paragraph and an added one that both count guards: two claims.
    old_text = "The SNAI freed 106 prison guards in July.\n"
    new_text = "Rebels in the north seized 12 prison guards overnight.\n"
    old = ext(count(106, "prison guards", 15))
    new = ext(count(12, "prison guards", 27))
    result = diff_claims(old, new, old_text=old_text, new_text=new_text)
    assert sorted(c.change for c in result.changes) == ["added", "removed"]


def test_diff_reworded_sentence_keeps_the_pairing() -> None:
    old_text = "The SNAI said that 106 prison guards were freed in July.\n"
    new_text = "In July, 106 prison guards were freed by the SNAI, it said.\n"
    old = ext(count(106, "prison guards", 19, event="freed", when="2023-07"))
    new = ext(count(106, "prison guards", 9, event="freed", when="2023-08"))
    (change,) = diff_claims(old, new, old_text=old_text, new_text=new_text).changes
    assert change.change == "changed"
    assert [f.name for f in change.fields] == ["when"]


def test_diff_renamed_actor_is_removed_and_added() -> None:
    old = ext(actor("Guillermo Lasso"))
    new = ext(actor("Juan Zapata"))
    changes = diff_claims(old, new).changes
    assert sorted(c.change for c in changes) == ["added", "removed"]


def test_diff_extended_actor_name_is_one_changed_actor() -> None:
    old = ext(
        actor("Harbor County", 0, type="GPE"), actor("Lakeview", 40, type="GPE")
    )
    new = ext(
        actor("Harbor County Council", 0, type="ORG"),
        actor("Lakeview Township", 40, type="GPE"),
    )
    changes = diff_claims(old, new).changes
    # Lakeview -> Lakeview Township: one actor named in full. Harbor County the
    # place is not its council (the types differ): removed and added.
    by_change = sorted((c.change, c.old.name if c.old else None) for c in changes)
    assert by_change == [
        ("added", None),
        ("changed", "Lakeview"),
        ("removed", "Harbor County"),
    ]
    (changed,) = [c for c in changes if c.change == "changed"]
    assert [(f.name, f.old, f.new) for f in changed.fields] == [
        ("name", "Lakeview", "Lakeview Township")
    ]


def test_diff_place_name_with_its_designator_is_one_actor_of_any_type() -> None:
    old = ext(actor("Marlow", 0, type="ORG"), actor("Harbor", 30, type="ORG"))
    new = ext(
        actor("Marlow County", 0, type="GPE"), actor("Harbor Post", 30, type="GPE")
    )
    changes = diff_claims(old, new).changes
    assert sorted((c.change, c.kind.value) for c in changes) == [
        ("added", "actor"),
        ("changed", "actor"),
        ("removed", "actor"),
    ]
    (changed,) = [c for c in changes if c.change == "changed"]
    assert [f.name for f in changed.fields] == ["name", "type"]
    assert changed.new is not None and changed.new.name == "Marlow County"


def test_diff_surname_for_another_part_of_the_full_name_is_one_actor() -> None:
    # "Ms. Okafor-Lind" becomes "Ms. Adaeze": both are the full name's parts.
    full = actor("Adaeze Okafor-Lind", 0, type="PERSON", role="envoy")
    old = ext(full, actor("Okafor-Lind", 60, type="PERSON"))
    new = ext(full, actor("Adaeze", 60, type="PERSON"))
    (change,) = diff_claims(old, new).changes
    assert change.change == "changed"
    assert [(f.name, f.old, f.new) for f in change.fields] == [
        ("name", "Okafor-Lind", "Adaeze")
    ]


def test_diff_people_sharing_a_surname_only_are_not_one_actor() -> None:
    old = ext(actor("Rosa Lind", 0, type="PERSON"), actor("Rosa", 30, type="PERSON"))
    new = ext(actor("Rosa Lind", 0, type="PERSON"), actor("Tomas", 30, type="PERSON"))
    changes = diff_claims(old, new).changes
    assert sorted(c.change for c in changes) == ["added", "removed"]


def test_diff_when_changed_by_an_edited_date_is_caused_by_it() -> None:
    new_text = TEXT.replace("freed on Thursday", "freed on Wednesday")
    second = TEXT.index("Thursday", 40)
    old = ext(
        count(50, "prison guards", 0, when="2023-08-31"),
        date("2023-08-31", 34),
        count(6, "people", 62, sentence=1, when="2023-08-31"),
        date("2023-08-31", second, sentence=1),
    )
    new = ext(
        count(50, "prison guards", 0, when="2023-08-30"),
        date("2023-08-30", 34),
        count(6, "people", 63, sentence=1, when="2023-08-31"),
        date("2023-08-31", second + 1, sentence=1),
    )
    diff = diff_claims(old, new, old_text=TEXT, new_text=new_text)
    assert [(c.kind, c.caused_by) for c in diff.changes] == [
        (ClaimKind.COUNT, 1),
        (ClaimKind.DATE, None),
    ]
    data = diff_to_dict(old.document, new.document, diff)
    assert [c["caused_by"] for c in data["changes"]] == [1, None]


def test_diff_when_changed_with_its_value_is_not_caused() -> None:
    new_text = TEXT.replace("Fifty", "Fifty-two").replace("Thursday", "Wednesday", 1)
    old = ext(count(50, "guards", 0, when="2023-08-31"), date("2023-08-31", 34))
    new = ext(count(52, "guards", 0, when="2023-08-30"), date("2023-08-30", 38))
    changes = diff_claims(old, new, old_text=TEXT, new_text=new_text).changes
    assert [c.change for c in changes] == ["changed", "changed"]
    assert all(c.caused_by is None for c in changes)


def test_diff_when_changed_by_a_date_in_another_sentence_is_not_caused() -> None:
    new_text = TEXT.replace("freed on Thursday", "freed on Wednesday")
    old = ext(
        date("2023-08-31", 34),
        count(6, "people", 62, sentence=1, when="2023-08-31"),
    )
    new = ext(
        date("2023-08-30", 34),
        count(6, "people", 63, sentence=1, when="2023-08-30"),
    )
    changes = diff_claims(old, new, old_text=TEXT, new_text=new_text).changes
    assert [c.change for c in changes] == ["changed", "changed"]
    assert [c.caused_by for c in changes] == [None, None]


def test_diff_source_changed_with_its_attribution_is_caused_by_it() -> None:
    content = "Six people were arrested after the blasts"
    old = ext(
        count(6, "people", 0, source="ministry"),
        quote("ministry", content, 0),
        count(3, "cars", 80, paragraph=1, source="police"),
    )
    new = ext(
        count(6, "people", 0, source="SNAI"),
        quote("SNAI", content, 0),
        count(3, "cars", 80, paragraph=1, source="SNAI"),
    )
    changes = diff_claims(old, new).changes
    by_kind = {(c.kind, c.new.span[0]): c for c in changes if c.new is not None}
    quote_index = changes.index(by_kind[(ClaimKind.ATTRIBUTION, 0)])
    assert by_kind[(ClaimKind.COUNT, 0)].caused_by == quote_index
    # The count in another paragraph changed source on its own.
    assert by_kind[(ClaimKind.COUNT, 80)].caused_by is None


def test_diff_sources_naming_a_renamed_actor_do_not_change() -> None:
    content = "the talks would resume on Monday"
    old = ext(
        actor("Okafor-Lind", 0, type="PERSON"),
        actor("Adaeze Okafor-Lind", 200, type="PERSON"),
        quote("Okafor-Lind", content, 20),
        count(2, "rounds", 30, source="Okafor-Lind"),
    )
    new = ext(
        actor("Adaeze", 0, type="PERSON"),
        actor("Adaeze Okafor-Lind", 200, type="PERSON"),
        quote("Adaeze", content, 20),
        count(2, "rounds", 30, source="Adaeze"),
    )
    # One actor under a new name: its quote and count keep their speaker.
    (change,) = diff_claims(old, new).changes
    assert change.kind is ClaimKind.ACTOR
    assert [f.name for f in change.fields] == ["name"]


def test_diff_actor_left_with_a_short_name_it_had_changes_aliases_only() -> None:
    # The sentence naming "Rosa Lind" in full was deleted: she is "Lind" now.
    old = ext(
        actor("Rosa Lind", 0, type="PERSON", aliases=("Lind",)),
        quote("Rosa Lind", "the bridge would reopen", 40),
    )
    new = ext(
        actor("Lind", 0, type="PERSON"), quote("Lind", "the bridge would reopen", 40)
    )
    (change,) = diff_claims(old, new).changes
    assert change.kind is ClaimKind.ACTOR
    assert [(f.name, f.new) for f in change.fields] == [("aliases", ())]
    # A speaker who is another actor still changes the source.
    other = ext(
        actor("Rosa Lind", 0, type="PERSON", aliases=("Lind",)),
        actor("Tomas Berg", 20, type="PERSON"),
        quote("Tomas Berg", "the bridge would reopen", 40),
    )
    changes = diff_claims(old, other).changes
    assert [(c.change, c.kind.value) for c in changes] == [
        ("added", "actor"),
        ("changed", "attribution"),
    ]


def test_diff_a_pronoun_left_as_written_is_the_speaker_it_was_resolved_to() -> None:
    # "Maria Sousa said ..." was deleted from the paragraph: "She added ..."
    # stands in both versions, but only the old one had a name to resolve it to.
    content = "the ferry would run again in spring"
    sousa = actor("Maria Sousa", 0, type="PERSON")
    old = ext(sousa, quote("Maria Sousa", content, 60, source_text="She"))
    new = ext(sousa, quote("She", content, 40, source_text="She"))
    assert not diff_claims(old, new).changes
    # ... and the other way round: the new version resolves it.
    assert not diff_claims(new, old).changes


def test_diff_a_pronoun_is_not_an_actor_it_cannot_stand_for() -> None:
    content = "the ferry would run again in spring"
    board = actor("Harbour Board", 0, type="ORG")
    old = ext(board, quote("Harbour Board", content, 60, source_text="She"))
    new = ext(board, quote("She", content, 40, source_text="She"))
    ((change),) = diff_claims(old, new).changes
    assert [(f.name, f.old, f.new) for f in change.fields] == [
        ("source", "Harbour Board", "She")
    ]


def test_diff_a_pronoun_read_as_two_different_people_is_a_change() -> None:
    content = "the ferry would run again in spring"
    sousa = actor("Maria Sousa", 0, type="PERSON")
    vega = actor("Elena Vega", 20, type="PERSON")
    old = ext(sousa, vega, quote("Maria Sousa", content, 60, source_text="She"))
    new = ext(sousa, vega, quote("Elena Vega", content, 60, source_text="She"))
    ((change),) = diff_claims(old, new).changes
    assert [f.name for f in change.fields] == ["source"]
    # The copy itself naming her, then saying "She", is an edit of the source.
    named = ext(sousa, quote("Maria Sousa", content, 60))
    pronoun = ext(sousa, quote("She", content, 40, source_text="She"))
    assert diff_claims(named, pronoun).changes


def test_diff_a_role_cut_with_its_sentence_is_not_reported_twice() -> None:
    # "Sen. Rosa Lind said the bridge would reopen." was cut; "Lind" stays.
    lind = actor(
        "Rosa Lind", 0, type="PERSON", aliases=("Lind",), role="Sen.",
        mentions=((5, 14), (60, 64)),
    )
    said = quote("Rosa Lind", "the bridge would reopen", 0)
    old = ext(lind, said)
    new = ext(actor("Lind", 10, type="PERSON", mentions=((10, 14),)))
    changes = diff_claims(old, new).changes
    by_kind = {c.kind: (n, c) for n, c in enumerate(changes)}
    n_removed, removed = by_kind[ClaimKind.ATTRIBUTION]
    _, lost = by_kind[ClaimKind.ACTOR]
    assert removed.change == "removed"
    # The removed quote reports the sentence; the role is not listed again,
    # the lost full name (aliases) is, folded under the cut.
    assert {f.name for f in lost.fields} == {"aliases"}
    assert lost.old.role == "Sen." and lost.new.role is None
    assert lost.caused_by == n_removed
    # Without a removed claim over the mention, the actor change stands alone
    # (the role went with the lost mention: still not listed).
    kept = ext(lind, moved(said, 100))
    alone = [c for c in diff_claims(old, ext(new.claims[0], moved(said, 100))).changes]
    assert [c.caused_by for c in alone] == [None]
    assert {f.name for f in alone[0].fields} == {"aliases"}
    assert diff_claims(old, kept).changes == ()


def test_diff_source_that_names_a_renamed_actor_is_caused_by_the_rename() -> None:
    content = "the road would stay closed"
    old = ext(
        actor("Marlow County", 0, type="GPE"),
        quote("Marlow County road office", content, 20),
    )
    new = ext(actor("Marlow", 0, type="ORG"), quote("Marlow road office", content, 20))
    changes = diff_claims(old, new).changes
    assert [(c.kind, c.caused_by) for c in changes] == [
        (ClaimKind.ACTOR, None),
        (ClaimKind.ATTRIBUTION, 0),
    ]
    # A source that differs in more than the rename is a change of its own.
    other = ext(actor("Marlow", 0, type="ORG"), quote("Marlow road crew", content, 20))
    changes = diff_claims(old, other).changes
    assert [(c.kind, c.caused_by) for c in changes] == [
        (ClaimKind.ACTOR, None),
        (ClaimKind.ATTRIBUTION, None),
    ]


def test_diff_long_move_is_not_a_change() -> None:
    # The first sentence moves to the end: its claims go from the first to the
    # last place in claim order, and must still pair with themselves.
    sentences = [
        "Fifty prison guards were freed on Thursday, authorities said.",
        "Six people were arrested on Friday after the blasts.",
        "Rescuers found 31 bodies in Guayaquil on Saturday.",
        "The SNAI said 2,200 troops entered the prison on Sunday.",
        "Officials counted 40 burned cars on Monday.",
    ]
    values = [
        (50, "prison guards", "2023-08-31"),
        (6, "people", "2023-09-01"),
        (31, "bodies", "2023-09-02"),
        (2200, "troops", "2023-09-03"),
        (40, "burned cars", "2023-09-04"),
    ]

    def version(order: list[int]) -> tuple[Extraction, str]:
        text, claims = "", []
        for i in order:
            start = len(text)
            value, counted, when = values[i]
            claims += [count(value, counted, start, when=when), date(when, start + 20)]
            text += sentences[i] + "\n"
        return ext(*claims), text

    old, old_text = version([0, 1, 2, 3, 4])
    new, new_text = version([1, 2, 3, 4, 0])
    assert diff_claims(old, new, old_text=old_text, new_text=new_text).changes == ()
    assert diff_claims(new, old, old_text=new_text, new_text=old_text).changes == ()


def test_diff_kinds_filters_both_versions() -> None:
    old = ext(count(50, "guards"), date("2023-08-31", 33))
    new = ext(count(52, "guards"), date("2023-08-30", 33))
    result = diff_claims(
        old, new, kinds=(ClaimKind.DATE,), old_text=TEXT, new_text=TEXT
    )
    assert [c.kind for c in result.changes] == [ClaimKind.DATE]


def test_diff_orders_changes_by_the_new_version() -> None:
    old = ext(count(1, "a", 0), count(2, "b", 10), count(3, "c", 20))
    new = ext(count(1, "a", 0), count(4, "d", 5), count(3, "c", 20))
    changes = diff_claims(old, new).changes
    # As in a unified diff: "b" goes right after "a", before the "d" that replaced it.
    assert [c.change for c in changes] == ["removed", "added"]


def test_diff_to_dict_shape() -> None:
    old = ext(count(50, "guards"), actor("SNAI", 10), name="old.txt")
    new = ext(count(52, "guards"), quote("SNAI", "x", 20), name="new.txt")
    data = diff_to_dict(old.document, new.document, diff_claims(old, new))
    assert set(data) == {"schema_version", "old", "new", "changes"}
    assert data["schema_version"] == 1
    assert data["old"]["id"] == "old.txt" and data["new"]["id"] == "new.txt"
    by_change = {c["change"]: c for c in data["changes"]}
    assert set(by_change) == {"added", "removed", "changed"}
    for c in data["changes"]:
        assert set(c) == {"change", "kind", "fields", "old", "new", "caused_by"}
        assert c["caused_by"] is None
    assert by_change["changed"]["fields"] == [{"name": "value", "old": 50, "new": 52}]
    assert by_change["added"]["old"] is None and by_change["added"]["fields"] == []
    assert by_change["removed"]["new"] is None
    assert by_change["removed"]["old"]["name"] == "SNAI"
    json.dumps(data)  # JSON-ready: no tuples of claims, no enums


def test_diff_normalize_text_folds_surface_only_differences() -> None:
    assert normalize_text("Ecuador\u2019s  2,200\r\n\u201cguards,\u201d") == (
        normalize_text("ecuador's 2200 guards")
    )
    assert normalize_text("Fifty-two") == "fifty two"
    assert normalize_text(None) is None


# ---------------------------------------------------------------- properties

_words = st.sampled_from(
    ["guards", "prison guards", "police officers", "people", "car bombs", None]
)
_names = st.sampled_from(["SNAI", "military", "Guillermo Lasso", "authorities"])


@st.composite
def _claims(draw: st.DrawFn) -> Claim:
    start = draw(st.integers(0, len(TEXT) - 12))
    kind = draw(st.sampled_from(list(ClaimKind)))
    if kind is ClaimKind.COUNT:
        return count(
            draw(st.sampled_from([1, 6, 50, 52, 2200, 2.5])),
            draw(_words),
            start,
            modifier=draw(st.sampled_from(["exact", "about", "at_least"])),
            source=draw(st.none() | _names),
        )
    if kind is ClaimKind.DATE:
        return date(draw(st.sampled_from(["2023-08-31", "2023-08-30", "P3D"])), start)
    if kind is ClaimKind.ACTOR:
        return actor(draw(_names), start, role=draw(st.none() | st.just("President")))
    return quote(
        draw(_names),
        draw(st.sampled_from(["Fifty guards were freed", "six people died", "x"])),
        start,
    )


_extractions = st.lists(_claims(), max_size=12).map(lambda cs: ext(*cs))


@settings(max_examples=150, deadline=None)
@given(_extractions)
def test_diff_of_any_extraction_with_itself_is_empty(a: Extraction) -> None:
    assert diff_claims(a, a, old_text=TEXT, new_text=TEXT).changes == ()


@settings(max_examples=150, deadline=None)
@given(_extractions, _extractions)
def test_diff_never_matches_a_claim_twice(a: Extraction, b: Extraction) -> None:
    result = diff_claims(a, b, old_text=TEXT, new_text=TEXT)
    olds = [id(c.old) for c in result.changes if c.old is not None]
    news = [id(c.new) for c in result.changes if c.new is not None]
    assert len(olds) == len(set(olds)) and len(news) == len(set(news))
    removed = sum(c.change == "removed" for c in result.changes)
    added = sum(c.change == "added" for c in result.changes)
    # Every claim not added or removed is paired with exactly one on the other side.
    assert len(a.claims) - removed == len(b.claims) - added
    for c in result.changes:
        if c.change == "changed":
            assert c.fields and c.old is not None and c.new is not None


# ---------------------------------------------------------------- planted edits


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _fits(expected: dict[str, Any], change: Any, changes: list[Any]) -> bool:
    if (expected["change"], expected["kind"]) != (change.change, change.kind.value):
        return False
    if "caused_by" in expected:  # the kind of the cause, or null for none
        cause = None if change.caused_by is None else changes[change.caused_by]
        if (cause.kind.value if cause else None) != expected["caused_by"]:
            return False
    if change.change == "changed":
        got = {f.name: _plain(f.new) for f in change.fields}
        if got != expected.get("fields", {}):
            return False
    for side in ("old", "new"):
        claim = getattr(change, side)
        for name, value in (expected.get(side) or {}).items():
            if claim is None or _plain(getattr(claim, name)) != value:
                return False
    return True


def _unmatched(expected: list[dict[str, Any]], actual: list[Any]) -> list[str]:
    """Bipartite matching of expected to actual changes; what is left over."""
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j, change in enumerate(actual):
            if j in seen or not _fits(expected[i], change, actual):
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    missing = [f"missing: {e}" for i, e in enumerate(expected) if not assign(i, set())]
    extra = [
        f"extra: {c.change} {c.kind.value} "
        f"{[(f.name, f.old, f.new) for f in c.fields]} {(c.new or c.old).text!r}"
        for j, c in enumerate(actual)
        if j not in owner
    ]
    return missing + extra


@pytest.fixture(scope="session")
def fixture_diffs() -> dict[str, ClaimDiff]:
    """Every fixture pair extracted in one nlp.pipe, then diffed."""
    from factcheck.extract import extract_articles
    from factcheck.ingest import read_article
    from factcheck.settings import Settings

    articles = [
        read_article(
            str(DIFF_FIXTURES / case / name), encoding="utf-8", max_chars=10**6
        )
        for case in CASES
        for name in ("old.txt", "new.txt")
    ]
    extractions = list(
        extract_articles(articles, settings=Settings(published=PUBLISHED))
    )
    out = {}
    for n, case in enumerate(CASES):
        old, new = extractions[2 * n], extractions[2 * n + 1]
        out[case] = diff_claims(
            old, new, old_text=articles[2 * n].text, new_text=articles[2 * n + 1].text
        )
    return out


def _case_params() -> list[Any]:
    params = []
    for case in CASES:
        expected = yaml.safe_load((DIFF_FIXTURES / case / "expected.yaml").read_text())
        marks = [pytest.mark.model]
        if expected.get("xfail"):
            marks.append(pytest.mark.xfail(reason=expected["xfail"], strict=True))
        params.append(pytest.param(case, expected["changes"], marks=marks, id=case))
    return params


def test_diff_fixtures_cover_the_planted_edits() -> None:
    assert len(CASES) >= 10
    for case in CASES:
        for name in ("old.txt", "new.txt", "expected.yaml"):
            assert (DIFF_FIXTURES / case / name).is_file(), (case, name)


@pytest.mark.parametrize(("case", "expected"), _case_params())
def test_diff_fixture_gives_exactly_the_planted_changes(
    case: str, expected: list[dict[str, Any]], fixture_diffs: dict[str, ClaimDiff]
) -> None:
    problems = _unmatched(expected, list(fixture_diffs[case].changes))
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- the command


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def diff_args(case: str = "combination") -> list[str]:
    d = DIFF_FIXTURES / case
    return ["diff", str(d / "old.txt"), str(d / "new.txt"), "--published", "2023-09-02"]


@pytest.mark.model
def test_diff_seed_first_paragraph_moved_to_the_end_is_no_change() -> None:
    from factcheck.extract import extract_articles
    from factcheck.ingest import Article
    from factcheck.settings import Settings

    old_text = SEED.read_text(encoding="utf-8")
    first, rest = old_text.split("\n", 1)
    new_text = rest.rstrip("\n") + "\n" + first + "\n"
    articles = [
        Article(id="old", path=None, text=old_text),
        Article(id="new", path=None, text=new_text),
    ]
    old, new = extract_articles(articles, settings=Settings(published=PUBLISHED))
    last = max(c.paragraph for c in new.claims)
    assert sum(c.paragraph == last for c in new.claims) >= 4  # the lead, now last
    diff = diff_claims(old, new, old_text=old_text, new_text=new_text)
    assert diff.changes == ()


def test_diff_command_is_listed_in_help() -> None:
    result = run("--help")
    assert result.exit_code == 0 and "diff" in result.stdout
    assert not cli.commands["diff"].hidden
    assert "Example:" in (cli.commands["diff"].help or "")


@pytest.mark.model
def test_diff_cli_table_fits_100_columns_without_colour() -> None:
    result = run(*diff_args(), "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert "3 added, 0 removed, 4 changed" in result.stdout
    assert "52" in result.stdout and "SNAI" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100
    assert "\x1b[" not in result.stdout


@pytest.mark.model
def test_diff_cli_exit_code_flag() -> None:
    assert run(*diff_args(), "--exit-code").exit_code == 1
    assert run(*diff_args()).exit_code == 0  # changes without --exit-code: 0
    unchanged = run(*diff_args("reordered"), "--exit-code", "--format", "table")
    assert unchanged.exit_code == 0
    assert "no claim changes" in unchanged.stdout


@pytest.mark.model
def test_diff_cli_json_shape() -> None:
    result = run(*diff_args(), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"schema_version", "old", "new", "changes"}
    assert data["schema_version"] == 1
    assert data["old"]["path"].endswith("old.txt")
    assert data["new"]["published"] == "2023-09-02"
    assert len(data["changes"]) == 7
    for change in data["changes"]:
        assert set(change) == {"change", "kind", "fields", "old", "new", "caused_by"}
        for f in change["fields"]:
            assert set(f) == {"name", "old", "new"}
    # The count the ministry sourced follows its attribution to the SNAI.
    (caused,) = [c for c in data["changes"] if c["caused_by"] is not None]
    assert [f["name"] for f in caused["fields"]] == ["source"]
    cause = data["changes"][caused["caused_by"]]
    assert cause["kind"] == "attribution" and cause["new"]["source"] == "SNAI"
    values = [f for c in data["changes"] for f in c["fields"] if c["kind"] == "count"]
    assert {"name": "value", "old": 50, "new": 52} in values


@pytest.mark.model
def test_diff_cli_json_is_byte_deterministic() -> None:
    a = run(*diff_args(), "--format", "json")
    b = run(*diff_args(), "--format", "json")
    assert a.stdout == b.stdout


@pytest.mark.model
def test_diff_cli_jsonl_one_change_per_line() -> None:
    result = run(*diff_args(), "--format", "jsonl")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 7
    assert {line["change"] for line in lines} == {"added", "changed"}


@pytest.mark.model
def test_diff_cli_text_mode_is_a_unified_claim_diff() -> None:
    result = run(*diff_args(), "--format", "text")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("--- ") and lines[1].startswith("+++ ")
    assert any(line.startswith("@@ paragraph 0 @@ Fifty-two") for line in lines)
    assert "- count 50 prison guards [authorities]" in lines
    assert "+ count 52 prison guards [authorities]" in lines
    assert "~ value: 50 -> 52" in lines
    assert "~ source: Ministry of the Interior -> SNAI" in lines
    assert any(line.startswith("+ date 2023-09-01") for line in lines)

    dropped = run(*diff_args("paragraph_dropped"), "--format", "text")
    assert "@@ paragraph 7 (old) @@ A detainee uprising" in dropped.stdout
    assert "- count 31 people" in dropped.stdout


@pytest.mark.model
def test_diff_cli_output_file(tmp_path: Path) -> None:
    out = tmp_path / "changes.json"
    result = run(*diff_args(), "--format", "json", "-o", str(out), "--exit-code")
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(out.read_text())["schema_version"] == 1
    assert list(tmp_path.iterdir()) == [out]  # no temp file left behind


@pytest.mark.model
def test_diff_cli_kinds_filter() -> None:
    result = run(*diff_args(), "--format", "jsonl", "--kinds", "date,attribution")
    kinds = {json.loads(line)["kind"] for line in result.stdout.splitlines()}
    assert kinds == {"date", "attribution"}


@pytest.mark.model
def test_diff_cli_published_per_version() -> None:
    # The same text read a week later: every relative date moves a week.
    result = run(
        "diff",
        str(SEED),
        str(SEED),
        "--old-published",
        "2023-09-02",
        "--new-published",
        "2023-09-09",
        "--format",
        "json",
        "--kinds",
        "date",
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (data["old"]["published"], data["new"]["published"]) == (
        "2023-09-02",
        "2023-09-09",
    )
    moved = {(f["old"], f["new"]) for c in data["changes"] for f in c["fields"]}
    assert ("2023-08-31", "2023-09-07") in moved


@pytest.mark.model
def test_diff_cli_reads_stdin_once() -> None:
    seed = SEED.read_text()
    result = run(
        "diff", str(SEED), "-", "--published", "2023-09-02", "--exit-code", "-f", "text",
        input=seed.replace("Fifty prison", "Fifty-two prison"),
    )  # fmt: skip
    assert result.exit_code == 1 and "~" in result.stdout
    both = run("diff", "-", "-", input=seed)
    assert both.exit_code == 3 and both.stdout == ""
    assert both.stderr == "error[FC301]: -: stdin ('-') can be read only once\n"


@pytest.mark.model
def test_diff_cli_without_published_gives_a_notice() -> None:
    result = run("diff", str(SEED), str(SEED))
    assert result.exit_code == 0
    assert "no publication date" in result.stderr


def test_diff_cli_usage_errors_exit_2() -> None:
    assert run("diff", str(SEED)).exit_code == 2
    assert run(*diff_args(), "--format", "csv").exit_code == 2
    assert run(*diff_args(), "--kinds", "quotes").exit_code == 2
    assert run(*diff_args(), "--old-published", "Sept 2").exit_code == 2


def test_diff_cli_bad_input_exit_3(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00binary")
    out = tmp_path / "out.json"
    for args in (
        ["diff", str(SEED), str(tmp_path / "missing.txt")],
        ["diff", str(bad), str(SEED), "-o", str(out)],
        ["diff", str(SEED), str(tmp_path / "batch.jsonl")],
    ):
        # A batch of two cannot pair with one file (a batch of one can).
        (tmp_path / "batch.jsonl").write_text('{"text": "One."}\n{"text": "Two."}\n')
        result = run(*args)
        assert result.exit_code == 3, args
        assert result.stderr.count("\n") <= 2 and "Traceback" not in result.stderr
        assert result.stdout == ""
    assert not out.exists()


def test_diff_cli_missing_model_exit_4() -> None:
    result = run(*diff_args(), "--model", "no_such_pipeline_xyz")
    assert result.exit_code == 4 and "no_such_pipeline_xyz" in result.stderr


@pytest.mark.model
def test_diff_text_folds_a_caused_change_under_its_cause() -> None:
    from click.testing import CliRunner

    from factcheck.cli import cli

    pair = FIXTURES / "diff" / "date_moved"
    argv = ["diff", str(pair / "old.txt"), str(pair / "new.txt")]
    argv += ["--published", "2023-09-02"]
    text = CliRunner().invoke(cli, [*argv, "--format", "text"]).stdout
    as_json = json.loads(CliRunner().invoke(cli, [*argv, "--format", "json"]).stdout)
    caused = [c for c in as_json["changes"] if c["caused_by"] is not None]
    assert caused, "the fixture's edited date moves a count's `when`"
    lines = text.splitlines()
    # The count's `when` change is shown once, folded under the date change.
    folded = [line for line in lines if line.startswith("  \u21b3 follows: count")]
    assert len(folded) == len(caused)
    assert not any(line.startswith("~ when:") for line in lines)
    date_at = next(i for i, line in enumerate(lines) if line.startswith("~ value:"))
    assert lines[date_at + 1].startswith("  \u21b3 follows:")


def test_diff_a_role_lost_with_a_mention_is_not_listed_but_an_edited_one_is() -> None:
    # "Sen. Rosa Lind toured the port." (no claim of its own) was cut; "Lind"
    # stays: one mention fewer, and nothing left gives her a role.
    lind = actor(
        "Rosa Lind", 0, type="PERSON", aliases=("Lind",), role="Sen.",
        mentions=((5, 14), (60, 64)),
    )
    cut = actor("Lind", 10, type="PERSON", mentions=((10, 14),))
    (change,) = diff_claims(ext(lind), ext(cut)).changes
    assert {f.name for f in change.fields} == {"aliases"}
    # "Sen. Rosa Lind" edited to "Rosa Lind": every mention stayed, the role
    # change is the edit itself.
    edited = actor(
        "Rosa Lind", 0, type="PERSON", aliases=("Lind",), mentions=((0, 9), (55, 59))
    )
    (change,) = diff_claims(ext(lind), ext(edited)).changes
    assert [f.name for f in change.fields] == ["role"]


def test_diff_a_role_cut_with_its_mention_is_not_listed_when_another_role_stays() -> None:
    old_text = "Gov. Rosa Lind toured the port.\nFormer senator Lind spoke later."
    new_text = "Former senator Lind spoke later."
    lind = actor(
        "Rosa Lind", 5, type="PERSON", aliases=("Lind",), role="Gov.",
        mentions=((5, 14), (47, 51)),
    )
    # The role left is one the story gave all along; the old one is written
    # beside none of the mentions that stayed.
    kept = actor(
        "Lind", 15, type="PERSON", role="Former senator", mentions=((15, 19),)
    )
    (change,) = diff_claims(
        ext(lind), ext(kept), old_text=old_text, new_text=new_text
    ).changes
    assert {f.name for f in change.fields} == {"aliases"}
    # The old role still written beside a mention that stayed: the flip is
    # the extractor's, not the cut's, and is listed.
    still = "Gov. Lind arrived. Former senator Lind spoke later."
    flipped = actor(
        "Lind", 5, type="PERSON", role="Former senator", mentions=((5, 9), (34, 38))
    )
    (change,) = diff_claims(
        ext(lind), ext(flipped), old_text=old_text, new_text=still
    ).changes
    assert "role" in {f.name for f in change.fields}
    # Without the new text the diff cannot tell, and lists the role.
    (change,) = diff_claims(ext(lind), ext(kept)).changes
    assert "role" in {f.name for f in change.fields}


def test_a_role_counts_as_written_only_where_the_extractor_reads_one() -> None:
    from factcheck.diff import _written_beside

    text = "Former senator Lind spoke. Lind, the former senator, left. The former senator waved."
    assert _written_beside("Former senator", [(15, 19)], text)
    assert _written_beside("former senator", [(27, 31)], text)
    # A description in a sentence of its own names no one in particular.
    later = "Lind spoke at noon. But the former senator did not stop there."
    assert not _written_beside("former senator", [(0, 4)], later)


def test_diff_a_type_left_to_the_bare_surname_when_the_full_name_went_is_not_listed() -> None:
    lind = actor(
        "Rosa Lind", 0, type="PERSON", aliases=("Lind",), mentions=((0, 9), (40, 44))
    )
    bare = actor("Lind", 10, type="ORG", mentions=((10, 14),))
    (change,) = diff_claims(ext(lind), ext(bare)).changes
    assert {f.name for f in change.fields} == {"aliases"}
    # Every mention stayed: the type flipped with nothing cut, and is listed.
    same = actor(
        "Rosa Lind", 0, type="ORG", aliases=("Lind",), mentions=((0, 9), (40, 44))
    )
    (change,) = diff_claims(ext(lind), ext(same)).changes
    assert [f.name for f in change.fields] == ["type"]
