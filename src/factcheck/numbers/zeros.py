"""Zero counts in words: "No arrests were made", "none of the passengers".

find_zero_counts gives the candidates from the text alone; whether "no" really
counts something ("no arrests") or is an idiom ("no doubt") needs the parse, so
extract/counts.py keeps a candidate only when it determines a plural noun (or
"none" has an of-phrase) and that noun is not in NOT_COUNTED.
"""

from __future__ import annotations

import re

from .readings import NumberMention

# "no" before these is never a count of zero ("no longer", "no more than 5").
NOT_AFTER_NO = frozenset({
    "one", "longer", "more", "less", "fewer", "matter", "doubt", "way", "sooner",
    "later", "than", "sense", "idea", "wonder", "thanks", "problem", "comment",
    "other", "further", "need", "chance", "better", "worse", "different", "such",
    "what", "greater", "higher", "lower", "larger", "smaller",
})  # fmt: skip
# Plural nouns that "no" negates without counting them: "no plans to resign".
NOT_COUNTED = frozenset({
    "plans", "signs", "details", "comments", "questions", "words", "means", "ways",
    "grounds", "strings", "regrets", "illusions", "doubts", "apologies", "excuses",
    "answers", "options", "alternatives", "indications", "hopes", "intentions",
    "secrets", "surprises", "limits", "lessons", "terms", "thanks", "favours",
    "favors", "feelings", "bones", "holds", "punches", "frills", "ifs", "buts",
    "reports", "concerns", "issues", "problems", "worries", "qualms", "matters",
    "claims", "statements", "announcements", "remarks",
})  # fmt: skip
# "no reports of injuries": these nouns pass the count on to their of-phrase.
COUNT_CARRIERS = frozenset({"reports", "signs", "indications", "word", "sign", "report"})

ZERO_RE = re.compile(r"\b(?:no|none)\b(?=[ \t\u00a0]+([^\W\d_]+))", re.IGNORECASE)


def find_zero_counts(text: str) -> list[NumberMention]:
    """Candidate zero counts: each "no" or "none" before a word, value 0.

    Args:
        text: Any text.

    Returns:
        Mentions of value 0 whose text is the word "no" or "none"; the caller
        decides with a parse which of them count something.
    """
    out: list[NumberMention] = []
    for match in ZERO_RE.finditer(text):
        word, following = match.group(0).lower(), match.group(1).lower()
        if word == "no" and following in NOT_AFTER_NO:
            continue
        if word == "none" and following != "of":
            continue
        if text[match.end() :].lstrip().startswith(("one-", "one ")):
            continue
        out.append(
            NumberMention(
                start=match.start(),
                end=match.end(),
                text=match.group(0),
                value=0,
                value_max=None,
                modifier="exact",
                unit=None,
                number_start=match.start(),
                number_end=match.end(),
            )
        )
    return out
