"""Attribution categories of issue 19, each with positive and negative sentences.

Every sentence here is written for this test; none comes from a corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.records import AttributionClaim, ClaimKind

pytestmark = pytest.mark.model

TEXTS = {
    # 1. stances and speech acts with noun-phrase or "to" content
    "np_call_for": "The senator called for a recount.",
    "np_accuse": "Critics accused the agency of hiding data.",
    "np_criticize": "The mayor criticized the plan.",
    "np_urge": "She urged voters to stay home.",
    "np_want": "The farmers want lower fuel prices.",
    "np_describe": "The minister described the attack as cowardly.",
    "np_call_oprd": "The governor called the plan reckless.",
    "np_offer": "The union offered to end the strike.",
    "np_offer_np": "The mayor offered her own approach.",
    "np_neg_add": "Organizers added three planks to the platform.",
    "np_neg_deny": "The committee denied the judge a hearing.",
    "np_neg_ask": "The reporter asked the mayor.",
    "np_neg_write": "He wrote letters to his mother every week.",
    "np_neg_assume": "The new governor will assume office in January.",
    "np_neg_claim_seats": "The party claimed three seats in the runoff.",
    "np_neg_claim_share": "Ruiz won the primary, claiming 41 percent of the vote.",
    "np_neg_report_from": (
        "He has reported from every single summit this cycle, and has been live "
        "reporting on the ground in Ohio."
    ),
    "np_shifted": "Lind announced on Monday a plan to rebuild the quay.",
    # 2. verbs with clause or question content
    "clause_survey": "A survey shows that most voters are undecided.",
    "clause_agree": "Officials agreed that the bridge must close.",
    "clause_ask": "Reporters asked whether the plant would close.",
    "clause_found": "The audit found that the fund had lost money.",
    "clause_continue": 'The coach continued: "We play for the fans."',
    "clause_neg_continue": "The rain continued through the night.",
    "clause_neg_found": "She found her keys under the sofa.",
    # 3. no explicit source
    "nosrc_expected": "The bill is expected to pass.",
    "nosrc_clear": "It is clear that the deal will collapse.",
    "nosrc_reported": "It was reported that the border had closed.",
    "nosrc_appear": "The talks appear to have stalled.",
    "nosrc_neg_parcel": "The parcel is expected on Monday.",
    "nosrc_neg_day": "It was a clear day in the valley.",
    "nosrc_neg_alias": "The mayor posted on X, formerly known as Twitter.",
    "nosrc_passive": "The senator was criticized for the vote.",
    "nosrc_known_as": "The primaries known as Super Tuesday begin in March.",
    # 4. noun cues
    "noun_claim": "Her claim that the vote was rigged has no basis.",
    "noun_criticism": "His criticism of the budget angered the council.",
    "noun_statement": "The ministry issued a statement saying the border was open.",
    "noun_possessive": "The mayor's promise to fix the roads won votes.",
    "noun_neg_form": "The claim form is available online.",
    "noun_neg_long": "The statement was long and dull.",
    # 5. participial cues that borrow the governing subject
    "part_saying": "The coach left the stadium, saying the team had played well.",
    "part_adding": "The agency raised its forecast, adding that prices would fall.",
    "part_declined": "The mayor declined to say whether she would run again.",
    "part_neg": "Saying goodbye is never easy.",
    # 6. quote boundaries
    "quote_multi": "\u201cWe will rebuild. We will not leave,\u201d the mayor said.",
    "quote_abbrev": "\u201cThe vote is a disgrace,\u201d said Sen. Ana Lopez.",
    "quote_neg_new_sentence": "The mayor spoke. \u201cThe roads are open.\u201d",
    # 7. punctuation cues
    "punct_headline": "Mayor Ruiz: Curfew will end on Monday\n\nThe city is quiet.",
    "punct_dash": "\u201cWe are not going anywhere.\u201d \u2014 Ana Lopez",
    "punct_neg_note": "Note: the figures are provisional.",
    "punct_neg_time": "The meeting starts at 10:30 on Friday.",
    "punct_neg_place": "Ohio: The latest count in the race for governor",
    "punct_neg_label": "One notable trend: turnout among young voters rose again.",
    # 8. copular and adjective cues
    "adj_confident": "The minister is confident that the measure will pass.",
    "adj_critical": "The union is critical of the new contract.",
    "adj_sure": "The coach was sure that the team would win.",
    "adj_neg_condition": "The patient is in critical condition.",
    "adj_neg_bare": "She is confident and calm.",
    # 9. cue inside the content
    "inside_split": "The plan, she said, will fail.",
    "inside_neg_plain": "She said the plan will fail.",
    # 10. lemma-independent lookup
    "lemma_hopes": "The coach hopes to win the cup.",
    "lemma_hoped": "The farmer hoped the rain would stop.",
    "lemma_neg_hops": "The rabbit hops across the lawn.",
    # hedges and nested speech
    "hedge_in_quote": "\u201cI think we can win,\u201d she said.",
    "hedge_you_know": "\u201cYou know, the roads are bad,\u201d the driver said.",
    "nested_told": "The minister said police told him that the road was closed.",
    # false sources
    "false_dateline": "LIMA \u2014 The agency said the port would reopen.",
    "false_let": "Let them know that we care.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, list[AttributionClaim]]:
    from factcheck.extract import extract_articles
    from factcheck.ingest import Article
    from factcheck.settings import Settings

    articles = [Article(id=k, path=None, text=v) for k, v in TEXTS.items()]
    settings = Settings(published=dt.date(2024, 5, 6))
    return {
        e.document.id: [
            c
            for c in e.of_kind(ClaimKind.ATTRIBUTION)
            if isinstance(c, AttributionClaim)
        ]
        for e in extract_articles(articles, settings=settings)
    }


def one(found: dict[str, list[AttributionClaim]], key: str) -> AttributionClaim:
    atts = found[key]
    assert len(atts) == 1, [(a.cue, a.content) for a in atts]
    return atts[0]


@pytest.mark.parametrize(
    ("key", "source_text", "cue_class", "content"),
    [
        ("np_call_for", "The senator", "stance", "a recount"),
        ("np_shifted", "Lind", "speech", "a plan to rebuild the quay"),
        ("np_accuse", "Critics", "stance", "the agency of hiding data"),
        ("np_criticize", "The mayor", "stance", "the plan"),
        ("np_urge", "She", "stance", "voters to stay home"),
        ("np_want", "The farmers", "belief", "lower fuel prices"),
        ("np_offer", "The union", "stance", "to end the strike"),
        ("np_offer_np", "The mayor", "stance", "her own approach"),
        ("np_describe", "The minister", "stance", "the attack as cowardly"),
        ("np_call_oprd", "The governor", "stance", "the plan reckless"),
        ("clause_survey", "A survey", "evidence", "most voters are undecided"),
        ("clause_agree", "Officials", "stance", "the bridge must close"),
        ("clause_ask", "Reporters", "speech", "the plant would close"),
        ("clause_found", "The audit", "evidence", "the fund had lost money"),
        ("clause_continue", "The coach", "speech", "We play for the fans."),
        ("noun_claim", "Her", "speech", "the vote was rigged"),
        ("noun_criticism", "His", "stance", "the budget"),
        ("noun_statement", "The ministry", "speech", "the border was open"),
        ("noun_possessive", "The mayor's", "speech", "to fix the roads"),
        ("part_saying", "The coach", "speech", "the team had played well"),
        ("part_adding", "The agency", "speech", "prices would fall"),
        ("part_declined", "The mayor", "speech", "she would run again"),
        ("quote_multi", "the mayor", "speech", "We will rebuild. We will not leave"),
        ("quote_abbrev", "Sen. Ana Lopez", "speech", "The vote is a disgrace"),
        ("punct_headline", "Mayor Ruiz", "speech", "Curfew will end on Monday"),
        ("punct_dash", "Ana Lopez", "speech", "We are not going anywhere."),
        ("adj_confident", "The minister", "belief", "the measure will pass"),
        ("adj_critical", "The union", "stance", "the new contract"),
        ("adj_sure", "The coach", "belief", "the team would win"),
        ("lemma_hopes", "The coach", "belief", "to win the cup"),
        ("lemma_hoped", "The farmer", "belief", "the rain would stop"),
        ("hedge_in_quote", "she", "speech", "I think we can win"),
        ("hedge_you_know", "the driver", "speech", "You know, the roads are bad"),
        ("false_dateline", "The agency", "speech", "the port would reopen"),
    ],
)
def test_found_with_source(
    found: dict[str, list[AttributionClaim]],
    key: str,
    source_text: str,
    cue_class: str,
    content: str,
) -> None:
    att = one(found, key)
    assert (att.source_text, att.cue_class, att.content) == (
        source_text,
        cue_class,
        content,
    )
    assert att.parent is None


@pytest.mark.parametrize(
    ("key", "content"),
    [
        ("nosrc_expected", "The bill to pass"),
        ("nosrc_clear", "the deal will collapse"),
        ("nosrc_reported", "the border had closed"),
        ("nosrc_appear", "The talks to have stalled"),
        ("nosrc_passive", "The senator for the vote"),
        ("nosrc_known_as", "The primaries known as Super Tuesday"),
    ],
)
def test_sourceless(
    found: dict[str, list[AttributionClaim]], key: str, content: str
) -> None:
    att = one(found, key)
    assert (att.source, att.source_text, att.source_span) == (None, None, None)
    assert att.content == content
    assert not att.vague


@pytest.mark.parametrize(
    "key",
    [k for k in TEXTS if "_neg" in k and k != "inside_neg_plain"] + ["false_let"],
)
def test_not_an_attribution(found: dict[str, list[AttributionClaim]], key: str) -> None:
    assert found[key] == []


def test_cue_inside_content_gives_two_fragments(
    found: dict[str, list[AttributionClaim]],
) -> None:
    text = TEXTS["inside_split"]
    att = one(found, "inside_split")
    assert att.source_text == "she"
    assert [text[a:b] for a, b in att.content_spans] == ["The plan", "will fail"]
    plain = one(found, "inside_neg_plain")
    assert plain.content == "the plan will fail"
    assert plain.content_spans == ()


def test_multi_sentence_quote_is_one_content(
    found: dict[str, list[AttributionClaim]],
) -> None:
    text = TEXTS["quote_multi"]
    att = one(found, "quote_multi")
    assert att.direct
    start, end = att.content_span
    assert text[start:end].startswith("We will rebuild.")


def test_nested_report_points_to_its_parent(
    found: dict[str, list[AttributionClaim]],
) -> None:
    outer, inner = found["nested_told"]
    assert (outer.cue, inner.cue) == ("said", "told")
    assert outer.parent is None
    assert inner.parent == outer.id == "attribution-1"
    assert inner.source_text == "police"
    assert inner.content == "the road was closed"
