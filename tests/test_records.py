"""Records: JSON round trips, ordering and the byte-stable encoder."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from factcheck.records import (
    SCHEMA_VERSION,
    ActorClaim,
    AttributionClaim,
    ClaimKind,
    CountClaim,
    DateClaim,
    Document,
    Extraction,
    claim_from_dict,
    claim_to_dict,
    dumps,
    extraction_from_dict,
    extraction_to_dict,
    sort_key,
)

spans = st.tuples(st.integers(0, 1000), st.integers(0, 1000)).map(
    lambda t: (min(t), max(t))
)
words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20
)

counts = st.builds(
    CountClaim,
    text=words,
    span=spans,
    value=st.integers(0, 10**9),
    value_max=st.none() | st.integers(0, 10**9),
    modifier=st.sampled_from(["exact", "about", "at_least", "range"]),
    unit=st.none() | st.sampled_from(["percent", "USD"]),
    counted=st.none() | words,
    counted_span=st.none() | spans,
    source=st.none() | words,
)
dates = st.builds(
    DateClaim,
    text=words,
    span=spans,
    value=words,
    type=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
)
actors = st.builds(
    ActorClaim,
    text=words,
    span=spans,
    name=words,
    type=words,
    aliases=st.lists(words, max_size=3).map(tuple),
    mentions=st.lists(spans, max_size=3).map(tuple),
)
attributions = st.builds(
    AttributionClaim,
    text=words,
    span=spans,
    source=words,
    source_text=words,
    source_span=spans,
    cue=words,
    cue_span=spans,
    content=words,
    content_span=spans,
    content_spans=st.lists(spans, max_size=3).map(tuple),
    direct=st.booleans(),
)


@given(st.one_of(counts, dates, actors, attributions))
def test_records_round_trip_through_json(claim) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(dumps(claim_to_dict(claim)))
    assert claim_from_dict(data) == claim


def test_records_kind_is_in_the_json() -> None:
    claim = CountClaim(text="Fifty", span=(0, 5), value=50)
    assert claim_to_dict(claim)["kind"] == "count"
    assert claim.kind is ClaimKind.COUNT


def test_records_extraction_round_trip_and_schema_version() -> None:
    doc = Document(id="a", path="a.txt", published="2023-09-02", sha256="0" * 64)
    ex = Extraction(
        document=doc,
        claims=(
            DateClaim(id="date-1", text="Thursday", span=(3, 11), value="2023-08-31"),
        ),
    )
    data = extraction_to_dict(ex)
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data) == ["schema_version", "document", "claims", "diagnostics"]
    assert extraction_from_dict(json.loads(dumps(data))) == ex


def test_records_sort_key_orders_by_span_then_kind() -> None:
    a = CountClaim(text="x", span=(5, 6), value=1)
    b = DateClaim(text="x", span=(5, 6), value="2023")
    c = DateClaim(text="x", span=(1, 9), value="2023")
    assert sorted([a, b, c], key=sort_key) == [c, a, b]


def test_records_dumps_is_byte_stable() -> None:
    assert dumps({"b": 1, "a": "é"}) == '{"a": "é", "b": 1}'
