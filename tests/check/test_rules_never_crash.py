"""Every rule survives any claims on any text (no model: hand-built claims)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.check import CheckConfig, check_claims
from factcheck.records import (
    ActorClaim,
    CountClaim,
    DateClaim,
    Document,
    Extraction,
)
from factcheck.reference import parse_reference

WORDS = [
    "killed", "dead", "injured", "in", "all", "a", "total", "of", "Friday,",
    "August", "31,", "2023", "Mayor", "Deputy", "Holt", "Hol", "12", "people",
    "which", "while", ",", ";", "down", "from", "percent", "\n", "Okonkwo",
]  # fmt: skip
REFERENCE = parse_reference(
    "counts:\n"
    "  - {counted: people, context: [killed], value: 12, when: 2023-08}\n"
    "  - {counted: vote, subject: Holt, value: 41.8, unit: percent}\n"
    "names:\n  - {name: Karen Holt, role: Mayor}\n",
    source="facts.yaml",
)


@st.composite
def documents(draw: st.DrawFn) -> tuple[Extraction, str]:
    text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40)))
    n = len(text)

    def span() -> tuple[int, int]:
        a = draw(st.integers(0, n - 1))
        return a, draw(st.integers(a + 1, n))

    claims = []
    for i in range(draw(st.integers(0, 8))):
        s = span()
        kind = draw(st.sampled_from(["count", "date", "actor"]))
        where = {"sentence": draw(st.integers(0, 3)), "paragraph": 0}
        if kind == "count":
            claims.append(
                CountClaim(
                    id=f"count-{i}",
                    text=text[s[0] : s[1]],
                    span=s,
                    value=draw(st.integers(0, 100)),
                    modifier=draw(st.sampled_from(["exact", "about", "at_least"])),
                    unit=draw(st.sampled_from([None, "percent", "USD"])),
                    counted=draw(st.sampled_from([None, "people", "vote", "guards"])),
                    counted_span=draw(st.sampled_from([None, s])),
                    event=draw(st.sampled_from([None, "killed", "dead", "won"])),
                    holder=draw(st.sampled_from([None, "Karen Holt", "Holt"])),
                    **where,
                )
            )
        elif kind == "date":
            value = draw(
                st.sampled_from(["2023-08-31", "2023-07", "XXXX-WXX-5", "P3D"])
            )
            claims.append(
                DateClaim(
                    id=f"date-{i}", text=text[s[0] : s[1]], span=s, value=value, **where
                )
            )
        else:
            claims.append(
                ActorClaim(
                    id=f"actor-{i}",
                    text=text[s[0] : s[1]],
                    span=s,
                    name=draw(
                        st.sampled_from(["Karen Holt", "Karen Hol", "Okonkwo", "UN"])
                    ),
                    type=draw(st.sampled_from(["PERSON", "ORG", "GPE"])),
                    mentions=(s,),
                    **where,
                )
            )
    claims.sort(key=lambda c: c.span)
    doc = Document(id="-", path=None, published="2023-09-02", sha256="")
    return Extraction(document=doc, claims=tuple(claims)), text


@settings(max_examples=150, deadline=None)
@given(documents(), st.booleans())
def test_no_rule_crashes_on_any_claims(doc: tuple[Extraction, str], ref: bool) -> None:
    extraction, text = doc
    reference = REFERENCE if ref else parse_reference("", source="empty.yaml")
    report = check_claims(extraction, text, reference, config=CheckConfig())
    for f in report.findings:
        assert f.end_line >= f.line
        assert f.span is None or 0 <= f.span[0] < f.span[1] <= len(text)
