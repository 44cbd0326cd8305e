"""Words and patterns the actor extractor uses to keep junk out and decide genders.

Kept apart from lexicon.py (the attribution vocabulary) so that each list has
one owner. All hand-written; lower case unless said otherwise.
"""

from __future__ import annotations

import re

# Police and military ranks as British and Commonwealth copy abbreviates them
# ("Det Supt", "Det Ch Insp", "PC"): a title, never a person on its own.
RANKS = {
    "det",
    "detective",
    "supt",
    "superintendent",
    "ch",
    "chief",
    "insp",
    "inspector",
    "sgt",
    "sergeant",
    "con",
    "constable",
    "pc",
    "dc",
    "ds",
    "di",
    "dci",
    "dsi",
    "psni",
    "cpl",
    "lt",
    "col",
    "gen",
    "maj",
    "capt",
    "cmdr",
    "adm",
    "pte",
}
# The last word of a rank title ("Det Ch Insp"): what _role_before ends on.
RANK_HEADS = RANKS - {"det", "detective", "ch", "chief"}

# Courtesy titles: stripped from a person's name, and a hint of gender.
HONORIFICS = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "mx": None,
    "dr": None,
    "prof": None,
    "sir": "male",
    "dame": "female",
    "lord": "male",
    "lady": "female",
}
HONORIFIC_BEFORE = re.compile(
    r"\b(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+$"
)

# Role nouns that say whose gender they are.
GENDERED_ROLES = {
    "spokeswoman": "female",
    "chairwoman": "female",
    "congresswoman": "female",
    "businesswoman": "female",
    "actress": "female",
    "queen": "female",
    "princess": "female",
    "mother": "female",
    "wife": "female",
    "daughter": "female",
    "sister": "female",
    "grandmother": "female",
    "widow": "female",
    "spokesman": "male",
    "chairman": "male",
    "congressman": "male",
    "businessman": "male",
    "actor": "male",
    "king": "male",
    "prince": "male",
    "father": "male",
    "husband": "male",
    "son": "male",
    "brother": "male",
    "grandfather": "male",
    "widower": "male",
}

PRONOUN_GENDER = {"she": "female", "her": "female", "he": "male", "him": "male"}

# Names the tagger takes for people or places that are neither: diseases and
# variants ("Covid cases rose"), and common nouns it capitalises.
NOT_ACTORS = {
    "covid",
    "covid-19",
    "coronavirus",
    "sars-cov-2",
    "ebola",
    "zika",
    "mpox",
    "omicron",
    "h1n1",
    "h5n1",
    "aids",
    "hiv",
}

# One to four capitalised words, or two such names joined by "and".
_NAME = r"[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,3}"
_NAMES = _NAME + r"(?:[ \t]+and[ \t]+" + _NAME + r")?"
# Lines that credit the copy rather than report: bylines, photo and reporting
# credits. A name on such a line is not an actor.
CREDIT_LINE = re.compile(
    r"(?im)^[ \t]*(?:[(\[][ \t]*)?"
    r"(?:by[ \t]+(?=[A-Z])"
    r"|(?:photo(?:graph)?s?|pictures?|images?|illustrations?|graphics?|video|"
    r"credits?|source)(?:[ \t]+credit)?[ \t]*[:|]"
    r"|(?:(?:additional|further)[ \t]+)?(?:reporting|editing|writing|"
    r"compiled|edited|written|produced|photos?|photographs?)[ \t]+by\b"
    # A sign-off that points readers at the writer's accounts: "Follow Ana Ruiz
    # on Twitter @anaruiz", "Follow Ana Ruiz on Instagram".
    r"|follow\b(?=[^\n]*(?:\bon[ \t\xa0]+(?:twitter|x|facebook|instagram|"
    r"threads|bluesky|mastodon|tiktok|linkedin)\b|@\w))"
    r"|on[ \t\xa0]+(?:twitter|x|facebook|instagram|threads|bluesky|mastodon)"
    r"[ \t,]+follow\b"
    # A sign-off saying where the writers worked: "Ana Ruiz reported from
    # Lima.", "Ana Ruiz and Tom Berg reported from Lima. Staff writer Li Wei
    # contributed from Quito.", "Li Wei contributed to this report."
    # (case-sensitive: the names and the place are capitalised)
    r"|(?-i:(?=" + _NAMES + r"[ \t]+reported[ \t]+from[ \t]+"
    r"[A-Z][\w'\u2019\-]*(?:,?[ \t]+[A-Z][\w'\u2019.\-]*){0,3}\.?"
    r"(?:[ \t]*$|[ \t]+[^\n]*\bcontributed\b[^\n]*$)))"
    r"|(?-i:(?=[^\n]{0,120}\bcontributed[ \t]+(?:reporting[ \t]+)?"
    r"(?:to[ \t]+this[ \t]+(?:report|story|article)|from[ \t]+[A-Z])[^\n]{0,60}$)))"
    r"[^\n]*"
)
# A credit inside a line: "... scene. (Photo: Jane Roe/Reuters)".
CREDIT_INLINE = re.compile(
    r"[(\[][ \t]*(?:photo(?:graph)?|picture|image|credit|reporting[ \t]+by|"
    r"editing[ \t]+by|h/t|hat[ \t]+tip|via)\b[^)\]\n]*[)\]]",
    re.I,
)
# A dateline opening a paragraph: "GENEVA —", "NEW YORK (Reuters) -",
# "Geneva, Switzerland —", "OSLO, Norway, March 3 (AP) —". Upper-case place
# names take any dash; mixed case needs a long dash and a sentence after it
# ("Ana Ruiz — a teacher from Lima — says" is an aside). One on a line of
# its own needs a region or an agency (see below).
_DATELINE_DAY = r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:"
    r"[A-Z][A-Z.'\-]+(?:[ ,]+[A-Z][A-Za-z.'\-]*){0,3}" + _DATELINE_DAY +
    r"(?:[ \t]*\([^)\n]{1,40}\))?"
    r"[ \t]*(?:[\u2014\u2013]|--?)[ \t]"
    r"|[A-Z][\w.'\-]+(?:,?[ \t]+[A-Z][\w.'\-]+){0,3}" + _DATELINE_DAY +
    r"(?:[ \t]*\([^)\n]{1,40}\))?"
    r"[ \t]*[\u2014\u2013][ \t](?=[A-Z\"\u201c])"
    # A dateline on a line of its own, as some feeds set it, or as a cut leaves
    # it: an upper-case place with a region or an agency ("TULSA, Okla.",
    # "LIMA, Peru (Reuters)", "OSLO (AP)"), and nothing else on the line.
    r"|[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+){0,2}"
    r"(?:,[ \t]+[A-Z](?:[a-z]+\.?|\.(?:[A-Z]\.)+)(?:[ \t]+[A-Z][a-z]+\.?)?"
    + _DATELINE_DAY +
    r"(?:[ \t]*\([^)\n]{1,40}\))?|[ \t]*\([^)\n]{1,40}\))"
    r"[ \t]*$)"
)
# Wiki markup: "[citation needed]", "[12]", "[a]", "[note 3]".
WIKI_MARK = re.compile(
    r"\[(?:\d{1,3}|[a-z]|note \d+|citation needed|clarification needed|"
    r"who\?|when\?|by whom\?|according to whom\?|dubious|verification needed|"
    r"better source needed|failed verification|update)\]",
    re.I,
)


def junk_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of bylines, credits, datelines and wiki marks in text."""
    spans: list[tuple[int, int]] = []
    for pattern in (CREDIT_INLINE, DATELINE, WIKI_MARK):
        spans.extend(m.span() for m in pattern.finditer(text))
    for m in CREDIT_LINE.finditer(text):
        line = m.group().rstrip()
        # "By Tuesday, officials had ..." is a sentence, not a byline: a byline
        # is short and does not end like a sentence.
        if line.lstrip("([ \t").lower().startswith("by") and (
            len(line) > 80 or line.endswith((".", "!", "?", '"', "\u201d"))
        ):
            continue
        spans.append(m.span())
    return sorted(spans)
