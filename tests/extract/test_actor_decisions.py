"""Actors decided once per document (#17): type, name, role and pronoun sources
that an edit elsewhere cannot flip, and the lines and marks that name no actor."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.records import ActorClaim, AttributionClaim, ClaimKind, Extraction

pytestmark = pytest.mark.model


def extraction(text: str) -> Extraction:
    from factcheck.extract import extract_articles
    from factcheck.ingest import Article
    from factcheck.settings import Settings

    (ex,) = extract_articles(
        [Article(id="t", path=None, text=text)],
        settings=Settings(published=dt.date(2023, 9, 2)),
    )
    return ex


def actors(text: str) -> dict[str, ActorClaim]:
    found = extraction(text).of_kind(ClaimKind.ACTOR)
    return {a.name: a for a in found if isinstance(a, ActorClaim)}


def sources(text: str) -> list[str]:
    found = extraction(text).of_kind(ClaimKind.ATTRIBUTION)
    return [a.source for a in found if isinstance(a, AttributionClaim)]


def summary(text: str) -> set[tuple[str, str, str | None]]:
    return {(a.name, a.type, a.role) for a in actors(text).values()}


# --- one actor, however it is named -------------------------------------------

TRIBUNAL = (
    "The tribunal's chief prosecutor, Nadia Okonkwo-Reyes, opened the hearing "
    "on Monday.\n\n"
    "Ms. Okonkwo-Reyes said the evidence was strong.\n\n"
    "The defence lawyer, Pieter van Wyk, objected twice.\n\n"
    "Mr. van Wyk said the evidence had been gathered unlawfully."
)


def test_titled_surnames_join_the_full_name() -> None:
    found = actors(TRIBUNAL)
    assert "Okonkwo-Reyes" not in found and "van Wyk" not in found
    assert found["Nadia Okonkwo-Reyes"].type == "PERSON"
    assert len(found["Nadia Okonkwo-Reyes"].mentions) >= 2
    assert len(found["Pieter van Wyk"].mentions) >= 2


def test_a_title_before_a_given_name_joins_the_full_name() -> None:
    # "Mr. Hamid": the name the man goes by is the first of his full name.
    text = (
        "The envoy, Hamid bin Rashid al-Nuaimi, arrived in Oslo on Friday.\n\n"
        "Mr. Hamid said the talks would last a week.\n\n"
        "Later Mr. al-Nuaimi told reporters the talks were going well."
    )
    found = actors(text)
    assert "Hamid" not in found and "al-Nuaimi" not in found
    full = found["Hamid bin Rashid al-Nuaimi"]
    assert {"Hamid", "al-Nuaimi"} <= set(full.aliases)
    assert set(sources(text)) == {"Hamid bin Rashid al-Nuaimi"}


def test_a_middle_initial_does_not_make_another_person() -> None:
    text = (
        "Mayor Anna K. Lindqvist opened the bridge on Monday.\n\n"
        "Anna Lindqvist said the work took two years.\n\n"
        "Lindqvist thanked the builders."
    )
    found = actors(text)
    assert set(found) == {"Anna K. Lindqvist"}
    assert set(found["Anna K. Lindqvist"].aliases) == {"Anna Lindqvist", "Lindqvist"}
    # Two different middle initials are two people, and "Lindqvist" is
    # either of them.
    two = "Anna K. Lindqvist met Anna B. Lindqvist. Lindqvist left early."
    assert {"Anna K. Lindqvist", "Anna B. Lindqvist"} <= set(actors(two))


def test_a_given_name_without_a_title_stays_apart() -> None:
    text = (
        "Hamid bin Rashid al-Nuaimi arrived on Friday.\n\n"
        "Hamid, a local driver, said the roads were closed."
    )
    assert "Hamid bin Rashid al-Nuaimi" in actors(text)
    assert "Hamid" not in actors(text)["Hamid bin Rashid al-Nuaimi"].aliases


def test_the_full_name_wins_whichever_comes_first() -> None:
    early = "Ms. Okonkwo-Reyes spoke first.\n\nNadia Okonkwo-Reyes then left the room."
    late = "Nadia Okonkwo-Reyes spoke first.\n\nMs. Okonkwo-Reyes then left the room."
    assert "Nadia Okonkwo-Reyes" in actors(early)
    assert summary(early) == summary(late)


# --- decided over all mentions, not by the first --------------------------------

def test_moving_a_paragraph_changes_no_actor() -> None:
    paragraphs = TRIBUNAL.split("\n\n")
    moved = "\n\n".join([*paragraphs[1:], paragraphs[0]])
    assert summary(TRIBUNAL) == summary(moved)


def test_a_clause_after_a_name_is_no_role() -> None:
    text = (
        "Olaf Berg calls his rival \u201cMr. Lindqvist,\u201d while Lindqvist "
        "refers to the governor as \u201cOlaf.\u201d"
    )
    assert all(a.role is None for a in actors(text).values())


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "Grace Mbeki, a council spokeswoman, said the road would reopen.\n\n"
            "Later Grace Mbeki, the council spokeswoman, said it had reopened.\n\n"
            "Grace Mbeki, the owner of a bakery, was pleased.",
            "Grace Mbeki",
            "council spokeswoman",
            id="the-one-most-mentions-give",
        ),
        # A clause after a name is no role (above), but a noun phrase after the
        # comma still is one.
        pytest.param(
            "Anna Lind, a former finance minister, said the plan would fail.",
            "Anna Lind",
            "former finance minister",
            id="a-noun-phrase-after-the-comma",
        ),
        pytest.param(
            "Olaf Berg, the sitting governor, said the plan would fail.",
            "Olaf Berg",
            "sitting governor",
            id="a-noun-phrase-with-the-after-the-comma",
        ),
        # An abbreviated title is the role without what comes before it.
        pytest.param(
            "The rally was led by presidential candidate Sen. Rosa Lindqvist.",
            "Rosa Lindqvist",
            "Sen.",
            id="an-abbreviated-title-after-a-description",
        ),
        pytest.param(
            "At the party convention Sen. Rosa Lindqvist spoke first.",
            "Rosa Lindqvist",
            "Sen.",
            id="an-abbreviated-title-after-an-opening-phrase",
        ),
        pytest.param(
            "Former Sen. Rosa Lindqvist spoke first.",
            "Rosa Lindqvist",
            "Former Sen.",
            id="an-abbreviated-title-with-former",
        ),
        pytest.param(
            "Attorney General Rosa Lindqvist spoke first.",
            "Rosa Lindqvist",
            "Attorney General",
            id="a-two-word-title",
        ),
        pytest.param(
            "Count former Interior Minister Rosa Lindqvist among the critics.",
            "Rosa Lindqvist",
            "former Interior Minister",
            id="a-role-starts-at-its-former",
        ),
    ],
)
def test_the_role_of_an_actor(text: str, name: str, role: str) -> None:
    assert actors(text)[name].role == role


def test_a_rank_is_a_role_and_never_an_actor() -> None:
    text = (
        "Det Supt Karen Hale said the inquiry was continuing. "
        "Det Ch Insp Omar Reid said two men had been arrested."
    )
    found = actors(text)
    assert found["Karen Hale"].role == "Det Supt"
    assert found["Omar Reid"].role == "Det Ch Insp"
    assert not [n for n in found if n.split()[0] in ("Det", "Supt", "Insp")]


# --- pronoun sources ---------------------------------------------------------------

def test_a_pronoun_does_not_take_a_person_of_the_other_gender() -> None:
    text = (
        "Mr. Tanaka, the mayor, opened the bridge on Monday.\n\n"
        '"It is a great day," she said.'
    )
    assert "Tanaka" not in sources(text)
    assert "she" in sources(text)


def test_deleting_the_quote_before_a_pronoun_does_not_hand_it_to_someone_else() -> None:
    first = "Councillor Ruth Obi opened the meeting on Monday."
    quote = '"The budget is too small," Mrs. Vega told the council.'
    last = "She said the library would have to close early."
    before = sources("\n\n".join([first, quote, last]))
    after = sources("\n\n".join([first, last]))
    assert before[-1] == after[-1] == "She"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mrs. Lindqvist, who runs the shelter, counted the beds. "
            '"We are full every night," she said.',
            ["Lindqvist"],
            id="takes-the-one-compatible-person-nearby",
        ),
        pytest.param(
            "Mrs. Lindqvist runs the shelter on the hill.\n\n"
            "The building dates from the last century.\n\n"
            "Its roof was replaced at great cost.\n\n"
            "She said the beds were full every night.",
            ["She"],
            id="far-from-any-name-stays-as-written",
        ),
        pytest.param(
            "Anna Berg and Maria Costa met the minister on Tuesday. "
            "She said the talks were useful.",
            ["She"],
            id="two-candidates-leave-it-as-written",
        ),
    ],
)
def test_the_source_a_pronoun_gets(text: str, expected: list[str]) -> None:
    assert sources(text) == expected


def test_a_generic_description_takes_an_organisation_of_its_own_paragraph() -> None:
    near = (
        "The Nordic Harbour Trust bought the old quay in March. "
        "The organization will open a park there."
    )
    assert "the organization" in actors(near)["Nordic Harbour Trust"].aliases
    far = (
        "The Nordic Harbour Trust bought the old quay in March.\n\n"
        "Neighbours welcomed the plan. The organization will open a park there."
    )
    assert "the organization" not in actors(far)["Nordic Harbour Trust"].aliases


# --- not actors ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        pytest.param(
            "By Lucia Ferrante\n\n"
            "OSLO \u2014 The Norwegian parliament voted on Tuesday to raise the "
            "pension age, the speaker, Ingrid Solberg, said.\n\n"
            "Photo: Tomas Haug/Nordic Images\n\n"
            "Reporting by Erik Dahl; Editing by Sara Lind",
            ("Lucia Ferrante", "Tomas Haug", "Erik Dahl", "Sara Lind", "OSLO"),
            id="bylines-credits-and-datelines",
        ),
        pytest.param(
            "BERGEN, Norway, March 3 (NTB) \u2014 The harbour reopened on Friday, "
            "the port director, Ingrid Solberg, said.\n\n"
            "Ships queued outside the breakwater all morning.\n\n"
            "(h/t Coastal Weekly.)\n\n"
            "Follow Lucia Ferrante on Twitter @lferrante.",
            ("Lucia Ferrante", "Coastal Weekly", "NTB", "BERGEN"),
            id="sign-offs-hat-tips-and-dated-datelines",
        ),
        pytest.param(
            "The port director, Ingrid Solberg, said the harbour would reopen.\n\n"
            "Halvard Strand reported from Bergen. Staff writer Kari Moe "
            "contributed from Oslo.\n\n"
            "Nils Berg contributed to this report.\n\n"
            "On Twitter follow Lucia Ferrante https://example.com/lferrante",
            ("Halvard Strand", "Kari Moe", "Nils Berg", "Lucia Ferrante", "Bergen"),
            id="where-the-writers-worked",
        ),
    ],
)
def test_lines_around_the_copy_name_no_actor(
    text: str, dropped: tuple[str, ...]
) -> None:
    found = actors(text)
    assert "Ingrid Solberg" in found
    for name in dropped:
        assert name not in found


def test_a_dateline_on_a_line_of_its_own_names_no_actor() -> None:
    from factcheck.extract.actor_words import junk_spans

    text = (
        "Kessler said the port would reopen.\n\nTULSA, Okla.\n\n"
        "Kessler spoke on Sunday."
    )
    found = actors(text)
    assert "Kessler" in found
    assert "TULSA" not in found and "Okla." not in found
    assert junk_spans("TULSA, Okla. (AP)\nThe port reopened.") == [(0, 17)]
    # An upper-case headline is no dateline, with or without a comma.
    assert junk_spans("PORT REOPENS, CREWS RETURN\nThe port reopened.") == []
    assert junk_spans("PORT REOPENS AFTER STORM.\nThe port reopened.") == []


def test_a_name_before_a_dash_aside_is_no_dateline() -> None:
    from factcheck.extract.actor_words import junk_spans

    text = (
        "Voters were split.\n\n"
        "Marta Kowalczyk \u2014 a nurse from Eastbrook \u2014 says she decided "
        "on the morning of the vote."
    )
    assert junk_spans(text) == []
    assert "Marta Kowalczyk" in actors(text)
    assert junk_spans("Eastbrook, Maine \u2014 The mill closed.") != []


def test_a_dateline_is_no_part_of_the_source() -> None:
    text = (
        "TULSA, Okla. (AP) \u2014 Republican presidential hopeful Ana Ruiz says she "
        "doesn\u2019t watch college football much anymore because the game has gone "
        "\u201csoft\u201d like the country."
    )
    (att,) = extraction(text).of_kind(ClaimKind.ATTRIBUTION)
    assert isinstance(att, AttributionClaim)
    assert att.source_text == "Republican presidential hopeful Ana Ruiz"
    assert att.span[0] == text.index("Republican")


def test_a_datelines_place_and_agency_are_neither_actor_nor_source() -> None:
    text = (
        "New York (AFP) \u2013 Oscar-winning actress Mara Lindqvist, star of a cult "
        "classic, is not sure she can vote this year.\n\n"
        "She lives in New York with her family."
    )
    found = actors(text)
    assert "AFP" not in found
    assert all("New York" not in a.aliases for a in found.values())
    assert sources(text) == ["Mara Lindqvist"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Follow the money, Ingrid Solberg told the committee on Monday.",
            id="follow-in-a-sentence-is-no-sign-off",
        ),
        pytest.param(
            "By Tuesday, Ingrid Solberg had resigned from the committee.",
            id="a-sentence-starting-with-by-is-not-a-byline",
        ),
        pytest.param(
            "Ingrid Solberg reported from the scene that three people had died.",
            id="reported-from-in-a-sentence-is-no-sign-off",
        ),
        pytest.param(
            "Ingrid Solberg reported from Bergen that the talks had failed.",
            id="reported-from-a-place-with-more-to-say-is-copy",
        ),
        pytest.param(
            "Heavy rain contributed to the flooding, Ingrid Solberg said.",
            id="contributed-to-something-else-is-copy",
        ),
    ],
)
def test_a_sentence_that_starts_like_a_credit_is_copy(text: str) -> None:
    from factcheck.extract.actor_words import junk_spans

    assert junk_spans(text) == []
    assert "Ingrid Solberg" in actors(text)


def test_diseases_common_nouns_and_the_place_words_are_not_people() -> None:
    text = (
        "Covid cases rose again in the county, and storms battered the Panhandle "
        "and the gulf. Governor Ruth Alvarez said shelters were open."
    )
    found = actors(text)
    assert "Ruth Alvarez" in found
    for name in ("Covid", "Panhandle", "gulf"):
        assert not (name in found and found[name].type == "PERSON")
    assert "gulf" not in found


def test_wiki_marks_neither_name_nor_remove_an_actor() -> None:
    plain = "Tomas Novak founded the club in 1998. He coached it for a decade."
    marked = (
        "Tomas Novak founded the club in 1998.[citation needed] "
        "He coached it for a decade.[12]"
    )
    assert summary(plain) == summary(marked)
    assert "Tomas Novak" in actors(marked)


# --- the type, decided on the fullest name ------------------------------------


def _voted(**names: dict[str, int]) -> str:
    from collections import Counter

    from factcheck.extract.actors import ActorIndex, _Actor, _decide_types

    index = ActorIndex()
    actor = _Actor(name=min(names, key=len), type="ORG")
    for name, votes in names.items():
        actor.name_votes[name.replace("_", " ")] = Counter(votes)
        actor.votes.update(votes)
    index.actors.append(actor)
    _decide_types(index)
    return actor.type


def test_the_type_is_what_the_full_name_was_tagged() -> None:
    # A bare surname is often tagged ORG: however many of them the story
    # has, one sentence more or less cannot make the person an organisation.
    assert _voted(Lind={"ORG": 5}, Rosa_Lind={"PERSON": 2}) == "PERSON"
    assert _voted(Lind={"ORG": 1}, Rosa_Lind={"PERSON": 2}) == "PERSON"
    # Without a full name, the surname's own labels decide.
    assert _voted(Lind={"ORG": 2, "PERSON": 1}) == "ORG"


def test_a_courtesy_title_makes_a_person_whatever_the_full_name_got() -> None:
    text = (
        "The ferry company's owner, Halvard Strand, bought two boats.\n\n"
        "Mr. Strand said the crossings would double."
    )
    assert actors(text)["Halvard Strand"].type == "PERSON"


def test_a_role_or_who_keeps_a_bare_surname_a_person() -> None:
    # The tagger takes most of these surnames for an organisation; the copy
    # says a person: a role before the name, a relative "who" after it.
    led = (
        "Former Chile leader Bachelet calls the wall plan stupid. Bachelet told "
        "CNBC on Saturday that no country would pay. Bachelet also noted that "
        "migration had fallen. Trump has not responded to Bachelet's remarks."
    )
    who = (
        "Whitcombe has won the party's primary in the north.\n\n"
        "Whitcombe received 61 percent of the vote to earn four delegates.\n\n"
        "It was an important victory for Whitcombe, who lost five states last week.\n\n"
        "Still, Whitcombe continues to trail the front-runner. The race now moves to "
        "the coast, where Whitcombe is counting on winning."
    )
    assert actors(led)["Bachelet"].type == "PERSON"
    assert actors(led)["Bachelet"].role == "Former Chile leader"
    assert actors(who)["Whitcombe"].type == "PERSON"


def test_a_person_cue_needs_a_person_tag_too() -> None:
    from collections import Counter

    from factcheck.extract.actors import ActorIndex, _Actor, _decide_types

    def decided(
        votes: dict[str, int], cue: bool, name: str = "Lind", role: str = ""
    ) -> str:
        index = ActorIndex()
        actor = _Actor(name=name, type="ORG", person_cue=cue)
        actor.roles = [role] if role else []
        actor.votes.update(votes)
        actor.name_votes[name] = Counter(votes)
        index.actors.append(actor)
        _decide_types(index)
        return actor.type

    assert decided({"ORG": 4, "PERSON": 1}, cue=True) == "PERSON"
    assert decided({"ORG": 4, "PERSON": 1}, cue=False) == "ORG"
    # "The Lind Trust, who ...": a "who" alone does not make a person.
    assert decided({"ORG": 4}, cue=True) == "ORG"
    # A role seen next to one mention ("former leader Lind") does.
    assert decided({"ORG": 4, "PERSON": 1}, False, role="former leader") == "PERSON"
    # An acronym stays what most mentions say, whatever word stood before it.
    acronym = decided({"ORG": 4, "PERSON": 1}, False, name="SNRP", role="journalist")
    assert acronym == "ORG"


def test_a_title_case_headline_verb_is_no_part_of_the_name() -> None:
    text = (
        "Rosa Lindqvist Refuses to Disavow Union Endorsement.\n\n"
        "The candidate, Rosa Lindqvist, spoke on Tuesday."
    )
    found = actors(text)
    assert "Rosa Lindqvist Refuses" not in found
    assert found["Rosa Lindqvist"].mentions[0] == (0, 14)
    # A name that ends a caption keeps its last word.
    assert "Chris Jones" in actors("Chris Jones of the Herald.\n\nChris Jones wrote it.")


def test_a_bare_surname_the_tagger_misses_is_still_the_persons() -> None:
    """A surname in a paragraph of its own is found by name, not by its neighbours."""
    text = (
        "Mayor Petra Vance opened the new library on Friday.\n\n"
        "Vance thanked the volunteers.\n\n"
        "Ms. Vance left before the speeches ended."
    )
    vance = actors(text)["Petra Vance"]
    starts = sorted(m[0] for m in vance.mentions)
    assert starts == [text.index("Petra"), text.index("Vance thanked"), text.index("Vance left")]
    assert "Vance" in vance.aliases


@pytest.mark.parametrize(
    "text",
    [
        # Two people share the surname: a bare "Vance" is neither's.
        pytest.param(
            "Petra Vance and Olin Vance ran the shop.\n\nVance closed it in May.",
            id="a-shared-surname",
        ),
        # Part of another, untagged name.
        pytest.param(
            "Petra Vance opened the shop.\n\nThe Vance Foundation paid for it.",
            id="inside-another-name",
        ),
    ],
)
def test_a_surname_that_is_not_only_hers_is_left_alone(text: str) -> None:
    found = actors(text)
    last = text.rindex("Vance")
    assert all(
        not (m[0] == last) for actor in found.values() for m in actor.mentions
        if actor.name != "Vance Foundation"
    )


def test_a_surname_that_is_also_a_month_stays_a_date() -> None:
    text = "Prime Minister Olive May met the union.\n\nIn May, the union struck."
    may = actors(text)["Olive May"]
    assert [m[0] for m in may.mentions] == [text.index("Olive")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The model tags each of these bare surnames an organisation.
        pytest.param("Brandt, the mayor of the town, said the mill would close.", "Brandt", id="the-mayor"),
        pytest.param("Sanderson, a governor since 2019, vetoed it.", "Sanderson", id="a-governor"),
    ],
)
def test_a_role_in_apposition_makes_a_bare_name_a_person(text: str, name: str) -> None:
    assert actors(text)[name].type == "PERSON"


def test_an_apposition_that_is_no_role_leaves_an_organisation() -> None:
    text = "Westbay Holdings expanded.\n\nWestbay, a company based in Maine, said it would hire."
    assert all(a.type != "PERSON" for a in actors(text).values())


@pytest.mark.parametrize(
    "text, name, want",
    [
        # The tagger takes each bare surname for an organisation; the copy
        # takes it up as "he" or "she" in what it says ...
        ("Ashby tells the newspaper that he expects the bridge to open in May.", "Ashby", "PERSON"),
        # ... or as the subject of the next sentence of its paragraph.
        ("Pemberton says the tolls were never fair. She says drivers paid twice.", "Pemberton", "PERSON"),
        # "it" is what an organisation is called.
        ("Redfern tells the newspaper that it expects the bridge to open in May.", "Redfern", "ORG"),
        # A "He" that opens another paragraph may be anyone.
        ("Sutcliffe says the tolls were never fair.\n\nHe says drivers paid twice.", "Sutcliffe", "ORG"),
    ],
)
def test_a_bare_name_the_copy_calls_he_or_she_is_a_person(text: str, name: str, want: str) -> None:
    assert actors(text)[name].type == want


def test_a_he_that_may_stand_for_a_person_named_before_makes_no_person() -> None:
    text = "Mayor Anna Lindqvist resigned on Monday. Redfern said she had been asked to leave."
    assert actors(text)["Redfern"].type == "ORG"
    assert actors(text.split(". ", 1)[1])["Redfern"].type == "PERSON"
