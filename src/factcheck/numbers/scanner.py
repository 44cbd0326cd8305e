"""Text -> number mentions: the left-to-right scan, exclusions (dates, times,
phones, URLs), pronoun "one", years, and the public find_numbers/parse_number.
"""

from __future__ import annotations

import re
from fractions import Fraction

from .digits import is_numberish, sign_at
from .lexicon import (
    COUNT_QUALIFIERS,
    CURRENCY_SYMBOLS,
    DASHES,
    EXCLUDED_AT_DIGIT_RE,
    EXCLUDED_AT_MONTH_RE,
    EXCLUDED_AT_PLUS_RE,
    MINUS_WORDS,
    FULL_MONTH_NAMES,
    MONTH_NAMES,
    ONE_COMPOUND_WORDS,
    ONE_DETERMINERS_BEFORE_ADJECTIVE,
    ONE_PRONOUN_DETERMINERS,
    ONE_PRONOUN_FOLLOWERS,
    OVER_BOUND_AFTER_WORDS,
    PERCENT_RE,
    PREFIXES_BY_LAST_WORD,
    QUICK_WORDS,
    SIGNS,
    START_WORDS,
    TIME_UNITS,
    YEAR_ERAS,
    YEAR_PREPOSITIONS,
)
from .numeric import read_number
from .qualifiers import postfix_qualifier, prefix_qualifier
from .quantities import currency_prefix, read_quantity, read_suffix
from .ranges import is_yearish, make_range, merge_bounds, range_second_at, read_ratio
from .readings import NumberMention, NumberReading, Quantity, output_value
from .restated import merge_restated
from .tokens import Tokens, tokenize

__all__ = ["NumberMention", "find_numbers", "parse_number"]

URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
# Markup is not prose: HTML/XML tags with their attributes ('<tweet id="7479">'),
# wiki footnote marks ("[12]", "[a]", "[note 3]") and list markers at the start
# of a line ("1. ", "2) "), also a marker left on a line of its own when a cut
# takes the item's text ("2.\n\nThe next paragraph"): an item number counts nothing.
TAG_RE = re.compile(
    r"</?[A-Za-z][\w:-]*"
    r"(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=]+))?)*\s*/?>"
)
FOOTNOTE_RE = re.compile(r"\[(?:\d{1,4}|[a-z]|(?:note|nb|n) ?\d{1,4})\]", re.IGNORECASE)
BLOCK_ENDS = frozenset(".:!?;)]\"'\u201d\u2019")
LIST_MARKER_RE = re.compile(r"^[ \t]*\(?\d{1,2}[.)](?=[ \t]+\S|[ \t]*$)", re.MULTILINE)
# A text with neither of these has no number: skip tokenizing it.
QUICK_CHARS_RE = re.compile(r"[\d\u00bc-\u00be\u2150-\u215e]")
LOWER_WORD_RE = re.compile(r"[a-z]+")

# Texts that must give no number: pronouns, names, codes, ordinals, years, dates,
# times, phone numbers, URLs and addresses.
NEGATIVES = (
    "No one came.",
    "The one who left.",
    "It was a one-off.",
    "Formula One returns.",
    "Net zero is the goal.",
    "At half-time the score was level.",
    "She finished 4th.",
    "The 1990s were calm.",
    "That was in 2019.",
    "From 1990 to 2000 they grew.",
    "Rome fell in 476 AD.",
    "We met at 3:30 pm.",
    "It happened on 4 July 2021.",
    "On 9/11 the towers fell.",
    "The shop is open 24/7.",
    "Article 50 was triggered.",
    "Read part 2 of the series here.",
    "That is what he did in \u201908 and \u201912.",
    "She joined the class of '99 early.",
    "Take Route 66 west.",
    "COVID-19 spread.",
    "The 5G network is live.",
    "Call +44 20 7946 0000 now.",
    "Dial (212) 555-0100 today.",
    "See www.example.com/2020/05 for more.",
    "Email me at a.b@example.com.",
    "He lives at 22 Elm Street.",
    "The 4K screen is sharp.",
    "She lives in Flat 4B.",
    "In the second half they scored.",
    "It was the two hundredth show.",
    "She is a third-term mayor.",
    "Both sides agreed.[12] Others did not.[a][note 3]",
    '<tweet id="902113504417" width="640">Read it</tweet>',
    "1. Results are in\n2) Turnout fell",
    "The one-on-one talks ended.",
    "The twenty-fifths were counted last.",
    "The Gang of Eight wrote the bill.",
    "She backed the Fight for Fifteen campaign.",
    "It was funded by the group One Nation Now.",
    "Posted by the editorFeaturedFebruary 6, 2016 in Politics",
)


# ------------------------------------------------------------------ exclusions
def mark_excluded(toks: Tokens) -> None:
    """Flag tokens inside dates, times, codes, URLs and addresses."""
    text, kinds, texts, starts = toks.text, toks.kinds, toks.texts, toks.starts
    if "@" in text or "://" in text or "www." in text:
        for span_match in URL_RE.finditer(text):
            toks.exclude(span_match.start(), span_match.end())
    for marker, pattern in (("<", TAG_RE), ("[", FOOTNOTE_RE)):
        if marker in text:
            for span_match in pattern.finditer(text):
                toks.exclude(span_match.start(), span_match.end())
    for span_match in LIST_MARKER_RE.finditer(text):
        if starts_a_block(text, span_match.start()):
            toks.exclude(span_match.start(), span_match.end())
    for pos in range(toks.count):
        if kinds[pos] != "number" or toks.excluded[pos]:
            continue
        if elided_year(toks, pos):
            toks.exclude(starts[pos], toks.ends[pos])
            continue
        if pos > 0 and texts[pos - 1] in ("+", "(") and toks.glued(pos):
            span_match = EXCLUDED_AT_PLUS_RE.match(text, starts[pos - 1])
            if span_match is not None:
                toks.exclude(span_match.start(), span_match.end())
                continue
        span_match = EXCLUDED_AT_DIGIT_RE.match(text, starts[pos])
        if span_match is not None:
            toks.exclude(span_match.start(), span_match.end())
            continue
        month_pos = pos - 1
        if month_pos > 0 and texts[month_pos] == ".":
            month_pos -= 1
        month_at = month_start(toks, month_pos) if month_pos >= 0 else -1
        if month_at >= 0:
            span_match = EXCLUDED_AT_MONTH_RE.match(text, month_at)
            if span_match is not None:
                toks.exclude(span_match.start(), span_match.end())


def month_start(toks: Tokens, pos: int) -> int:
    """Where the month name in word token pos starts, or -1: the whole word
    ("March"), or a full month name glued to the end of a camel-case word by a
    page scrape ("FeaturedFebruary 6, 2016")."""
    word = toks.texts[pos]
    if word in MONTH_NAMES:
        return toks.starts[pos]
    if toks.kinds[pos] != "word" or len(word) < 5:
        return -1
    for name in FULL_MONTH_NAMES:
        cut = len(word) - len(name)
        if cut > 0 and word.endswith(name) and word[cut - 1].islower():
            return toks.starts[pos] + cut
    return -1


def elided_year(toks: Tokens, pos: int) -> bool:
    """Whether two digits after an apostrophe are a year ("in ’08 and ’12",
    "the class of '99"). A right single quote there is always an elision; a
    straight or left one may open a quotation ("'12 people came'"), so it is a
    year only after a word that takes one ("in", "since", "of")."""
    text, start = toks.text, toks.starts[pos]
    if len(toks.texts[pos]) != 2 or start < 1 or text[start - 1] not in "'\u2019\u2018":
        return False
    before = text[start - 2] if start >= 2 else " "
    if not before.isspace() and before not in "(\u2014":
        return False  # "rock'n'roll", "''10 times" (a doubled quote)
    if text[start - 1] == "\u2019":
        return True
    return pos >= 2 and toks.lowers[pos - 2] in YEAR_PREPOSITIONS


def starts_a_block(text: str, pos: int) -> bool:
    """Whether a line starting at pos starts a paragraph or follows a finished
    sentence; a hard-wrapped line ("...the tally reached\n12. Officials") does
    not, so wrapping cannot turn a count into a list marker."""
    before = text[max(0, pos - 80) : pos]
    tail = before.rstrip()
    if not tail or before[len(tail) :].count("\n") > 1:
        return True  # the text's start, or after a blank line
    if tail[-1] in BLOCK_ENDS:
        return True
    prev_end = text.rfind("\n", 0, pos)
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
    # the next item of a list: "1. Floods close roads\n2. Mayor quits"
    return LIST_MARKER_RE.match(text, prev_start, max(prev_end, 0)) is not None


def skip_word_number(toks: Tokens, first: Quantity, floor: int) -> bool:
    """Word numbers that are pronouns, names or set phrases."""
    lowers, texts, count = toks.lowers, toks.texts, toks.count
    k = first.num.start
    single = first.num.end - k == 1 and first.unit is None and not first.num.frac
    if single and lowers[k] == "one" and one_is_pronoun(toks, k):
        return True
    if (
        single
        and lowers[k] == "zero"
        and (
            (k > 0 and lowers[k - 1] == "net")
            or (k + 1 < count and lowers[k + 1] in ("tolerance", "sum"))
            or (k + 1 < count and texts[k + 1] in DASHES and toks.glued(k + 1))
        )
    ):
        return True  # "net zero", "zero-sum", "zero tolerance"
    if k > 0 and lowers[k - 1] == "number" and first.num.end - k == 1:
        return True  # "the number one priority" is a rank
    if (
        k >= 2
        and texts[k - 1] in DASHES
        and toks.glued(k)
        and toks.glued(k - 1)
        and toks.kinds[k - 2] == "word"
        and not is_numberish(toks, k - 2)
    ):
        return True  # "one-on-one", "second-to-none": a compound word
    if texts[k][:1].isupper() and k > floor and k > 0:
        pos = k - 1
        # a capitalized number word after a capitalized word is a name
        # ("Formula One", "Big Four"); running text would lowercase it
        if (
            toks.kinds[pos] == "word"
            and texts[pos][:1].isupper()
            and lowers[pos] not in PREFIXES_BY_LAST_WORD
        ):
            return True
        # ... and so is one after "of" or "for" in a capitalized name ("Gang of
        # Eight", "Fight for Fifteen")
        if (
            lowers[pos] in ("of", "for")
            and pos > floor
            and toks.kinds[pos - 1] == "word"
            and texts[pos - 1][:1].isupper()
        ):
            return True
        # ... or one that starts a capitalized name in running text ("the group
        # One Nation", "earns Three Pinocchios"); all-caps copy is not a name
        nxt = first.num.end
        if (
            toks.kinds[pos] == "word"
            and texts[pos].islower()
            and not texts[k].isupper()
            and nxt < count
            and toks.kinds[nxt] == "word"
            and texts[nxt][:1].isupper()
            and toks.text[toks.ends[nxt - 1] : toks.starts[nxt]] == " "
        ):
            return True
    return False


def one_is_pronoun(toks: Tokens, k: int) -> bool:
    """Whether "one" at token k is a pronoun ("no one", "a new one", "one-off")."""
    lowers, texts, count = toks.lowers, toks.texts, toks.count
    prev = lowers[k - 1] if k > 0 else ""
    if prev in ONE_PRONOUN_DETERMINERS:
        return True  # "no one", "the one", "which one"
    if (
        k >= 2
        and lowers[k - 2] in ONE_DETERMINERS_BEFORE_ADJECTIVE
        and toks.kinds[k - 1] == "word"
        and (prev not in PREFIXES_BY_LAST_WORD and not is_numberish(toks, k - 1))
    ):
        return True  # "a new one", "the only one"
    if k + 1 < count:
        nxt = lowers[k + 1]
        if nxt in ONE_PRONOUN_FOLLOWERS:
            return True  # "one another", "one who"
        if texts[k + 1] in ("'", "\u2019") and k + 2 < count and lowers[k + 2] == "s":
            return True  # "one's"
        if nxt == "by" and k + 2 < count and lowers[k + 2] == "one":
            return True
        if (
            texts[k + 1] in DASHES
            and toks.glued(k + 1)
            and k + 2 < count
            and (lowers[k + 2] in ONE_COMPOUND_WORDS)
        ):
            return True  # "one-off", "one-time"
    return False


def mention_at(
    toks: Tokens,
    i: int,
    floor: int,
) -> tuple[NumberMention | None, int] | None:
    """Mention starting at token i: (mention, or None when skipped; next token).

    Returns None when no number starts at token i.
    """
    part = read_quantity(toks, i)
    if part is None:
        return None
    if isinstance(part, NumberReading):
        return (None, max(part.end, i + 1))
    first = part
    if first.num.words and skip_word_number(toks, first, floor):
        return (None, first.num.end)
    pre = prefix_qualifier(toks, first.tok_start, floor)
    before = toks.lowers[first.tok_start - 1] if first.tok_start > floor else ""
    between = pre is None and before == "between"
    from_ = pre is None and before == "from"
    # ratios: "one in five", "2 out of 3", "one over three"
    ratio = read_ratio(toks, first, first.tok_end)
    if ratio is not None:
        second, value = ratio
        return finish_mention(
            toks,
            pre,
            first,
            second.end,
            second.tok_end,
            value,
            None,
            None,
            second.num_end,
            False,
        )
    ranged = _range_mention(toks, first, between, from_)
    if ranged is not None:
        return ranged
    return _single_mention(toks, first, pre)


def _range_mention(
    toks: Tokens, first: Quantity, between: bool, from_: bool
) -> tuple[NumberMention | None, int] | None:
    """A range after `first`: "between 3 and 5", "10-15 km", "from $5 to $10".

    Returns None when no range follows, (None, next token) for a span of years.
    """
    j = first.tok_end
    second_at = range_second_at(toks, j, first, between, from_)
    if not 0 < second_at < toks.count or not (
        toks.kinds[second_at] in ("number", "vulgar")
        or is_numberish(toks, second_at)
        or sign_at(toks, second_at)
        or toks.lowers[second_at] in MINUS_WORDS
        or currency_prefix(toks, second_at) is not None
    ):
        return None
    second = read_quantity(toks, second_at)
    if not isinstance(second, Quantity):
        return None
    explicit, dash = between or from_, toks.texts[j] in DASHES
    range_ = make_range(toks, first, second, explicit, dash)
    if range_ is None:
        return None
    if is_yearish(toks, first) and is_yearish(toks, second):
        return (None, second.tok_end)  # "from 1990 to 2000"
    lo, hi, unit = range_
    start = first.start
    if between or from_:
        start = toks.starts[first.tok_start - 1]
    mention = make_mention(
        toks,
        start,
        second.end,
        lo,
        hi,
        "range",
        unit,
        first.num_start,
        second.num_end,
        False,
    )
    return (mention, second.tok_end)


def _single_mention(
    toks: Tokens, first: Quantity, pre: tuple[str, int] | None
) -> tuple[NumberMention | None, int]:
    """A single number with its qualifiers; years and "over three years" aside."""
    count, lowers, texts = toks.count, toks.lowers, toks.texts
    if pre is not None and pre[0] == "bad":
        return (None, first.tok_end)
    if pre is not None and lowers[pre[1]] == "over" and first.unit in TIME_UNITS:
        # "lost $2bn over three years" is a duration, not a lower bound
        k = pre[1]
        word_before = lowers[k - 1] if k > 0 else ""
        word_after = lowers[first.tok_end] if first.tok_end < count else ""
        if word_before not in OVER_BOUND_AFTER_WORDS and word_after not in (
            "ago",
            "old",
            "later",
            "earlier",
            "of",
        ):
            pre = None
    if is_yearish(toks, first) and (pre is None or pre[0] not in COUNT_QUALIFIERS):
        return (None, first.tok_end)  # "in 2019", "since 1990"
    if (
        first.num.plain
        and first.unit is None
        and (
            (first.tok_end < count and texts[first.tok_end] in YEAR_ERAS)
            or (first.tok_start > 0 and texts[first.tok_start - 1] in YEAR_ERAS)
        )
    ):
        return (None, first.tok_end + 1)  # "500 BC", "AD 79"
    return finish_mention(
        toks,
        pre,
        first,
        first.end,
        first.tok_end,
        first.value,
        None,
        first.unit,
        first.num_end,
        first.num.vague,
    )


def finish_mention(
    toks: Tokens,
    pre: tuple[str, int] | None,
    first: Quantity,
    end: int,
    next_tok: int,
    value: Fraction | float,
    value_max: Fraction | float | None,
    unit: str | None,
    num_end: int,
    vague: bool,
) -> tuple[NumberMention, int]:
    """Apply prefix/postfix qualifiers and build the mention."""
    modifier = "exact"
    start = first.start
    if pre is not None and pre[0] != "bad":
        modifier = pre[0]
        start = toks.starts[pre[1]]
    post = postfix_qualifier(toks, next_tok)
    if post is not None:
        pmod, ptok = post
        if pmod == "or_equal":
            # "more than 5000 or equal to" -> at least
            pmod = {"more_than": "at_least", "less_than": "at_most"}.get(
                modifier, ""
            )
        elif modifier not in ("exact", "about") or (
            pmod == "about" and modifier != "exact"
        ):
            pmod = ""
        elif modifier == "about":
            start = first.start  # "about 500 or more": the postfix decides
        if pmod:
            modifier = pmod
            end = toks.ends[ptok - 1]
            next_tok = ptok
    if vague and modifier == "exact":
        modifier = first.num.vague_modifier
    mention = make_mention(
        toks,
        start,
        end,
        value,
        value_max,
        modifier,
        unit,
        first.num_start,
        num_end,
        vague,
    )
    return (mention, next_tok)


def make_mention(
    toks: Tokens,
    start: int,
    end: int,
    value: Fraction | float,
    value_max: Fraction | float | None,
    modifier: str,
    unit: str | None,
    num_start: int,
    num_end: int,
    vague: bool,
) -> NumberMention:
    """Build the public mention; values become ints when integral."""
    return NumberMention(
        start=start,
        end=end,
        text=toks.text[start:end],
        value=output_value(value),
        value_max=None if value_max is None else output_value(value_max),
        modifier=modifier,
        unit=unit,
        number_start=num_start,
        number_end=num_end,
        vague=vague,
    )


def scan(toks: Tokens) -> list[NumberMention]:
    """Scan the tokens left to right and return the mentions."""
    out: list[NumberMention] = []
    kinds, lowers, texts = toks.kinds, toks.lowers, toks.texts
    i = floor = 0
    while i < toks.count:
        k = kinds[i]
        if (k == "word" and lowers[i] not in START_WORDS) or (
            k == "symbol"
            and texts[i] not in CURRENCY_SYMBOLS
            and texts[i] not in SIGNS
        ):
            i += 1
            continue
        res = mention_at(toks, i, floor)
        if res is None:
            i += 1
            continue
        mention, nxt = res
        if mention is not None and not (
            out and out[-1].end == margin_after(toks, i)
        ):  # "9.8 +/- 0.2": the margin belongs to the measurement before it
            out.append(mention)
        i = floor = max(nxt, i + 1)
    return merge_restated(toks, merge_bounds(toks.text, out))


def margin_after(toks: Tokens, i: int) -> int:
    """Where the text before "±" or "+/-" ends, when token i follows one; else -1."""
    texts = toks.texts
    if i > 1 and texts[i - 1] == "\u00b1":
        return toks.ends[i - 2]
    if texts[i] == "-" and i >= 2:
        i += 1  # "+/-0.5": the "-" is part of the marker
    if (
        i >= 4
        and texts[i - 3] == "+"
        and texts[i - 2] == "/"
        and texts[i - 1] == "-"
        and toks.glued(i - 2)
        and toks.glued(i - 1)
    ):
        return toks.ends[i - 4]
    return -1


def find_numbers(text: str) -> list[NumberMention]:
    """Find the number mentions in English news text.

    Args:
        text: Any text (a sentence or a whole article).

    Returns:
        Non-overlapping mentions sorted by start offset, each with its normalized
        value, qualifier (``modifier``), unit and character spans.  Ordinals,
        clock times, dates, years, identifiers and the pronoun "one" are left out.
    """
    if not text:
        return []
    if not QUICK_CHARS_RE.search(text) and QUICK_WORDS.isdisjoint(
        LOWER_WORD_RE.findall(text.lower())
    ):
        return []
    toks = tokenize(text)
    mark_excluded(toks)
    return scan(toks)


def parse_number(text: str) -> int | float | None:
    """Parse a string that is one number ("Fifty-two", "1.5 million", "3m").

    Args:
        text: The number alone, in digits, words or both; surrounding whitespace,
            a sign, a currency symbol and a unit or percent sign are tolerated.

    Returns:
        The value (an int when integral), or None when the text is not one number.
    """
    stripped = text.strip().rstrip(".,;:")
    if not stripped:
        return None
    # Nothing is excluded: a lone "2019" or "3:30" is still a number.
    toks = tokenize(stripped)
    if toks.count == 0:
        return None
    i = 0
    sign = 1
    if toks.lowers[0] in MINUS_WORDS or (
        toks.texts[0] in SIGNS and toks.count > 1 and toks.glued(1)
    ):
        sign = -1 if toks.texts[0] != "+" else 1
        i = 1
    currency = currency_prefix(toks, i)
    if currency is not None:
        i = currency[1]
    if i >= toks.count:
        return None
    # money=True: without context a lone "3m" is three million, not three metres
    num = read_number(toks, i, True)
    if num is None or num.skip:
        return None
    if num.end < toks.count:
        rest = stripped[toks.ends[num.end - 1] :]
        if not PERCENT_RE.fullmatch(rest):
            glued = toks.kinds[num.end - 1] == "number"
            suffix = read_suffix(toks, num.end, num, glued, num.value)
            if suffix is None or suffix[1] != toks.count:
                return None
    return output_value(num.value * sign)
