"""Words and names as the check compares them: head nouns, singulars, edit distance."""

from __future__ import annotations

import re
import unicodedata

# fmt: off
_IRREGULAR = {
    "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife",
    "thieves": "thief", "crises": "crisis", "analyses": "analysis",
}
# Words after which a noun phrase's head has already been seen ("people in Quito").
POSTMODIFIERS = frozenset((
    "of", "in", "at", "on", "from", "across", "with", "for", "to", "by", "inside",
    "near", "during", "after", "before", "under", "over", "who", "that", "which",
    "whose",
))
# fmt: on


def head_noun(phrase: str) -> str:
    """The head of an English noun phrase: its last word before any postmodifier.

    >>> head_noun("people in the port city")
    'people'

    (Crude by design: the extractor's `counted` is usually a bare noun phrase.)
    """
    words = re.findall(r"[^\W\d_][\w'-]*", phrase.lower())
    for i, word in enumerate(words):
        if i and word in POSTMODIFIERS:
            words = words[:i]
            break
    return words[-1] if words else ""


def singular_forms(word: str) -> set[str]:
    """Candidate singulars of a word (crude): guards -> {guards, guard}."""
    w = word.lower()
    forms = {w}
    if w in _IRREGULAR:
        forms.add(_IRREGULAR[w])
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        forms.add(w[:-1])
        if w.endswith("es"):
            forms.add(w[:-2])
        if w.endswith("ies"):
            forms.add(w[:-3] + "y")
    return forms


def same_noun(a: str, b: str) -> bool:
    """Whether two nouns are the same up to number (prison ~ prisons)."""
    return bool(singular_forms(a) & singular_forms(b))


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment variant)."""
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def norm(name: str) -> str:
    """Comparison key for names: case, 'the', possessives, punctuation ignored."""
    s = unicodedata.normalize("NFC", name).lower().replace("\u2019", "'").strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s?\b", "", s)
    return " ".join(re.findall(r"[\w.&-]+", s)).strip(".")


def word_pattern(word: str) -> re.Pattern[str]:
    # A context word matches any word starting with it ("arrest" ~ "arrested"),
    # and a phrase's words may be separated by any whitespace.
    parts = [re.escape(p) for p in word.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts), re.IGNORECASE)


def has_word(text: str, word: str) -> bool:
    """Whether `word` (or a phrase) starts a word in `text`, ignoring case."""
    return bool(word.strip()) and word_pattern(word).search(text) is not None


def quote_key(text: str) -> str:
    s = unicodedata.normalize("NFC", text).lower().replace("\u2019", "'")
    return " " + " ".join(re.findall(r"[\w']+", s)) + " "
