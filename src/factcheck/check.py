"""Extraction + article text + Reference -> CheckReport of findings (pure, no I/O).

Claims and facts are compared as intervals: a claim contradicts a fact only when
the two cannot both be true (their intervals are disjoint). The interval of a
count claim follows its modifier:

| modifier  | interval                 | example                    |
|-----------|--------------------------|----------------------------|
| exact     | [v, v]                   | "50 guards"                |
| about     | [v - a*v, v + a*v]       | "about 50" (a = 10%)       |
| nearly    | [v - n*v, v)             | "nearly 50" (n = 10%)      |
| at_least  | [v, inf)                 | "at least six"             |
| more_than | (v, inf)                 | "more than 2,200"          |
| at_most   | (-inf, v]                | "at most 40"               |
| less_than | (-inf, v)                | "fewer than 40"            |
| range     | [v, value_max]           | "40 to 50"                 |

A date covers the days of its granularity: 2023-08 is 1-31 August, 2023-SU is
June-August (meteorological, northern hemisphere), 2023-W35 is that ISO week.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import enum
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .records import (
    ActorClaim,
    AttributionClaim,
    Claim,
    CountClaim,
    DateClaim,
    Document,
    Extraction,
    Span,
)
from .reference import CountFact, DateFact, Fact, NameFact, Reference


class Severity(enum.StrEnum):
    """How much a finding matters; `off` silences a rule."""

    OFF = "off"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.OFF: 0, Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


@dataclass(frozen=True, slots=True)
class Rule:
    """A check's id (kebab-case), default severity and one-line summary."""

    id: str
    severity: Severity
    summary: str


RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule(
            "count-mismatch",
            Severity.ERROR,
            "A count contradicts the reference (the intervals are disjoint).",
        ),
        Rule(
            "date-mismatch",
            Severity.ERROR,
            "The date of an event contradicts the reference.",
        ),
        Rule(
            "name-misspelling",
            Severity.ERROR,
            "A name is a small edit away from a reference name but not equal to it.",
        ),
        Rule(
            "role-mismatch",
            Severity.ERROR,
            "A person's role differs from the reference.",
        ),
        Rule(
            "quote-misattributed",
            Severity.ERROR,
            "A quote is attributed to someone other than its reference speaker.",
        ),
        Rule(
            "fact-unmentioned",
            Severity.INFO,
            "A reference fact the article does not mention (never fails).",
        ),
        Rule(
            "vague-attribution",
            Severity.WARNING,
            'An unnamed source ("officials said", "sources say").',
        ),
        Rule(
            "unattributed-count",
            Severity.WARNING,
            "A count with no attribution in its paragraph.",
        ),
    )
}


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckConfig:
    """Tolerances and severities for one check run.

    Attributes:
        about: relative half-width of "about N" (0.10 = N +/- 10%).
        nearly: how far below N "nearly N" reaches (0.10 = [0.9 N, N)).
        max_edit_distance: the largest edit distance that counts as a misspelling.
        severities: per-rule overrides of the default severity.
        disabled: rules switched off for this document (factcheck-disable).
    """

    about: float = 0.10
    nearly: float = 0.10
    max_edit_distance: int = 2
    severities: Mapping[str, Severity] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not 0 <= self.about <= 1 or not 0 <= self.nearly <= 1:
            raise ValueError("about and nearly must be fractions between 0 and 1")
        if self.max_edit_distance < 0:
            raise ValueError("max_edit_distance must not be negative")
        for rule, severity in self.severities.items():
            if rule not in RULES:
                raise ValueError(f"unknown rule {rule!r}")
            Severity(severity)

    def severity(self, rule: str) -> Severity:
        if rule in self.disabled:
            return Severity.OFF
        return Severity(self.severities.get(rule, RULES[rule].severity))

    def with_settings(self, settings: Mapping[str, object]) -> CheckConfig:
        """Apply a reference file's `settings:` (about, nearly, max-edit-distance)."""
        changes: dict[str, object] = {}
        for key, value in settings.items():
            name = key.replace("-", "_")
            if name in ("about", "nearly", "max_edit_distance"):
                changes[name] = value
        return dataclasses.replace(self, **changes) if changes else self  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One problem found in one document.

    Attributes:
        rule: the rule id ("count-mismatch").
        severity: after configuration (never OFF: silenced findings are dropped).
        message: one line naming the claim and the reference value.
        span: [start, end) in the article text; None for document-level findings.
        line, col: 1-based position of span[0] (1, 1 without a span).
        claim: the claim concerned, if any.
        fact: the reference fact concerned, if any.
    """

    rule: str
    severity: Severity
    message: str
    span: Span | None
    line: int
    col: int
    claim: Claim | None = None
    fact: Fact | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckReport:
    """The findings for one document, and how many reference facts it mentions."""

    document: Document
    findings: tuple[Finding, ...] = ()
    facts: int = 0
    facts_mentioned: int = 0

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def exit_code(self, fail_on: Severity | str = Severity.ERROR) -> int:
        """1 when a finding reaches `fail_on` (error or warning), else 0.

        Raises:
            ValueError: for fail_on info or off: info findings never fail.
        """
        threshold = Severity(fail_on)
        if threshold.rank < Severity.WARNING.rank:
            raise ValueError("fail_on must be error or warning")
        return int(any(f.severity.rank >= threshold.rank for f in self.findings))


def exit_code(reports: Iterable[CheckReport], fail_on: Severity | str) -> int:
    """The run's exit status: the worst of its documents' (black's return_code)."""
    return max((r.exit_code(fail_on) for r in reports), default=0)


# -- intervals -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of reals [lo, hi], each end open or closed."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def disjoint(self, other: Interval) -> bool:
        return _below(self, other) or _below(other, self)

    def __str__(self) -> str:
        lo, hi = _num(self.lo), _num(self.hi)
        if self.lo == self.hi:
            return lo
        if math.isinf(self.hi):
            return f"{'>' if self.lo_open else '>='} {lo}"
        if math.isinf(self.lo):
            return f"{'<' if self.hi_open else '<='} {hi}"
        return f"{'(' if self.lo_open else '['}{lo}, {hi}{')' if self.hi_open else ']'}"


def _below(a: Interval, b: Interval) -> bool:
    """Every point of a is below every point of b."""
    return a.hi < b.lo or (a.hi == b.lo and (a.hi_open or b.lo_open))


def _num(v: float) -> str:
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.4g}"


def count_interval(
    claim: CountClaim, *, about: float = 0.10, nearly: float = 0.10
) -> Interval:
    """The values a count claim allows (see the module docstring)."""
    v = float(claim.value)
    m = claim.modifier
    inf = math.inf
    if m == "about":
        return Interval(v - abs(v) * about, v + abs(v) * about)
    if m == "nearly":
        # "nearly 50" is below 50 but not far below: [45, 50) by default.
        return Interval(v - abs(v) * nearly, v, hi_open=True)
    if m == "at_least":
        return Interval(v, inf)
    if m == "more_than":
        return Interval(v, inf, lo_open=True)
    if m == "at_most":
        return Interval(-inf, v)
    if m == "less_than":
        return Interval(-inf, v, hi_open=True)
    if m == "range" and claim.value_max is not None:
        hi = float(claim.value_max)
        return Interval(min(v, hi), max(v, hi))
    return Interval(v, v)


def fact_interval(fact: CountFact) -> Interval:
    """The values a reference count allows: value +/- tolerance, or [min, max]."""
    if fact.value is not None:
        v = float(fact.value)
        slack = abs(v) * fact.tolerance
        return Interval(v - slack, v + slack)
    lo = -math.inf if fact.min is None else float(fact.min)
    hi = math.inf if fact.max is None else float(fact.max)
    return Interval(lo, hi)


_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


def _days(first: dt.date, last: dt.date) -> Interval:
    return Interval(float(first.toordinal()), float(last.toordinal()))


def _month_end(year: int, month: int) -> dt.date:
    """The last day of a month; months past 12 roll into the next year."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def date_interval(value: str) -> Interval | None:
    """The days a TIMEX3 date value covers (as ordinals), or None if unanchored.

    Handles YYYY-MM-DD[Thh:mm], YYYY-MM, YYYY, decades (199), centuries (19),
    YYYY-Www[-WE], seasons (YYYY-SU) and quarters/halves (YYYY-Q3, YYYY-H1).
    """
    try:
        return _date_interval(value)
    except ValueError:  # 2023-02-30 or week 54: not a date we can place
        return None


def _date_interval(value: str) -> Interval | None:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value):
        day = dt.date(*map(int, m.groups()))
        return _days(day, day)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = map(int, m.groups())
        return _days(dt.date(year, month, 1), _month_end(year, month))
    if m := re.fullmatch(r"(\d{4})", value):
        year = int(value)
        return _days(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if m := re.fullmatch(r"(\d{3})", value):
        year = int(value) * 10
        return _days(dt.date(max(year, 1), 1, 1), dt.date(year + 9, 12, 31))
    if m := re.fullmatch(r"(\d{2})", value):
        year = int(value) * 100
        return _days(dt.date(max(year, 1), 1, 1), dt.date(year + 99, 12, 31))
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        year, week = int(m.group(1)), int(m.group(2))
        first = 6 if m.group(3) else 1
        return _days(
            dt.date.fromisocalendar(year, week, first),
            dt.date.fromisocalendar(year, week, 7),
        )
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value):
        year = int(m.group(1))
        first, last = _SEASONS[m.group(2)]
        return _days(dt.date(year, first, 1), _month_end(year, last))
    if m := re.fullmatch(r"(\d{4})-([QH])([1-4])", value):
        year, size, n = int(m.group(1)), 3 if m.group(2) == "Q" else 6, int(m.group(3))
        if n * size > 12:
            return None
        first = (n - 1) * size + 1
        return _days(dt.date(year, first, 1), _month_end(year, first + size - 1))
    return None


def _date_str(iv: Interval) -> str:
    first = dt.date.fromordinal(int(iv.lo))
    last = dt.date.fromordinal(int(iv.hi))
    return first.isoformat() if first == last else f"{first}..{last}"


# -- words and names -----------------------------------------------------------

# fmt: off
_IRREGULAR = {
    "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife",
    "thieves": "thief", "crises": "crisis", "analyses": "analysis",
}
# Words after which a noun phrase's head has already been seen ("people in Quito").
_POSTMODIFIERS = frozenset((
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
        if i and word in _POSTMODIFIERS:
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


def _word_pattern(word: str) -> re.Pattern[str]:
    # A context word matches any word starting with it ("arrest" ~ "arrested"),
    # and a phrase's words may be separated by any whitespace.
    parts = [re.escape(p) for p in word.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts), re.IGNORECASE)


def has_word(text: str, word: str) -> bool:
    """Whether `word` (or a phrase) starts a word in `text`, ignoring case."""
    return bool(word.strip()) and _word_pattern(word).search(text) is not None


def _quote_key(text: str) -> str:
    s = unicodedata.normalize("NFC", text).lower().replace("\u2019", "'")
    return " " + " ".join(re.findall(r"[\w']+", s)) + " "


# -- the document ----------------------------------------------------------------

# fmt: off
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
    "capt", "jr", "sr", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    "inc", "corp", "co", "ltd", "prof", "rev",
))
# fmt: on
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+|\n\s*")


def _split_sentences(text: str) -> list[Span]:
    """Rough sentence spans; only used to widen each claim's sentence to its ends."""
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0):
            nxt = text[m.end() : m.end() + 1]
            if nxt and not (
                nxt.isupper() or nxt.isdigit() or nxt in "\"'\u201c\u2018("
            ):
                continue
            before = re.search(r"(\w+)[.!?]*$", text[start : m.start() + 1])
            word = before.group(1) if before else ""
            if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
        if text[start : m.start()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


class _Doc:
    """The article text with its claims, paragraphs and sentences."""

    def __init__(self, extraction: Extraction, text: str) -> None:
        from .extract.context import paragraph_starts

        self.text = text
        self.claims = extraction.claims
        self.paragraphs = paragraph_starts(text)
        self._lines = [0] + [m.end() for m in re.finditer("\n", text)]
        rough = _split_sentences(text)
        starts = [s for s, _ in rough]
        self.sentences: dict[int, Span] = {}
        # The extractor numbers sentences (spaCy's) but keeps no spans; widen each
        # claim to its rough sentence and merge the claims that share an index.
        for claim in self.claims:
            i = max(0, bisect.bisect_right(starts, claim.span[0]) - 1)
            lo, hi = rough[i] if rough else (0, len(text))
            lo, hi = min(lo, claim.span[0]), max(hi, claim.span[1])
            if claim.sentence in self.sentences:
                old = self.sentences[claim.sentence]
                lo, hi = min(lo, old[0]), max(hi, old[1])
            self.sentences[claim.sentence] = (lo, hi)

    def sentence(self, claim: Claim) -> Span:
        return self.sentences.get(claim.sentence, claim.span)

    def sentence_text(self, claim: Claim) -> str:
        lo, hi = self.sentence(claim)
        return self.text[lo:hi]

    def paragraph(self, index: int) -> Span:
        if not self.paragraphs:
            return (0, len(self.text))
        index = min(index, len(self.paragraphs) - 1)
        end = (
            self.paragraphs[index + 1]
            if index + 1 < len(self.paragraphs)
            else len(self.text)
        )
        return (self.paragraphs[index], end)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._lines, offset)
        return line, offset - self._lines[line - 1] + 1


# -- the check -------------------------------------------------------------------


class _Checker:
    def __init__(
        self, doc: _Doc, reference: Reference, config: CheckConfig, document: Document
    ) -> None:
        self.doc = doc
        self.ref = reference
        self.config = config
        self.document = document
        self.findings: list[Finding] = []
        self.mentioned: set[int] = set()  # id() of facts the article mentions
        self.actors = [c for c in doc.claims if isinstance(c, ActorClaim)]
        # Every way the reference writes a name, keyed by its comparison form.
        self.variants: dict[str, NameFact] = {}
        for fact in reference.names:
            for variant in (fact.name, *fact.aliases):
                self.variants.setdefault(norm(variant), fact)

    def emit(
        self,
        rule: str,
        message: str,
        *,
        span: Span | None,
        claim: Claim | None = None,
        fact: Fact | None = None,
    ) -> None:
        severity = self.config.severity(rule)
        if severity is Severity.OFF:
            return
        line, col = self.doc.line_col(span[0]) if span else (1, 1)
        self.findings.append(
            Finding(
                rule=rule,
                severity=severity,
                message=message,
                span=span,
                line=line,
                col=col,
                claim=claim,
                fact=fact,
            )
        )

    # names ---------------------------------------------------------------------

    def misspelling_distance(self, key: str, variant: str) -> int:
        """The edit distance between two name keys if it looks like a typo, else 0."""
        # Short names (acronyms, "Lasso") tolerate fewer edits: "UN" and "US" are
        # two bodies, not a typo.
        if len(variant) < 4:
            return 0
        limit = min(self.config.max_edit_distance, max(1, len(variant) // 4))
        if abs(len(variant) - len(key)) > limit:
            return 0
        d = edit_distance(key, variant)
        return d if d <= limit else 0

    def close_variant(self, surface: str) -> tuple[str, NameFact] | None:
        """The reference spelling a surface is a misspelling of, if any."""
        key = norm(surface)
        if not key or key in self.variants:
            return None
        best: tuple[int, str, NameFact] | None = None
        for variant, fact in self.variants.items():
            d = self.misspelling_distance(key, variant)
            if d and (best is None or d < best[0]):
                best = (d, variant, fact)
        if best is None:
            return None
        fact = best[2]
        spelled = next(v for v in (fact.name, *fact.aliases) if norm(v) == best[1])
        return spelled, fact

    def actor_fact(self, actor: ActorClaim) -> NameFact | None:
        """The reference name an actor is, exactly or through a misspelling."""
        surfaces = [actor.name, *actor.aliases]
        for s in surfaces:
            if norm(s) in self.variants:
                return self.variants[norm(s)]
        for s in surfaces:
            close = self.close_variant(s)
            if close:
                return close[1]
        return None

    def check_names(self) -> None:
        reported: list[Span] = []
        for actor in self.actors:
            fact = self.actor_fact(actor)
            if fact is not None:
                self.mentioned.add(id(fact))
            mentions = list(actor.mentions) or [actor.span]
            for start, end in mentions:
                surface = self.doc.text[start:end]
                close = self.close_variant(surface)
                if close is None:
                    continue
                spelled, target = close
                self.mentioned.add(id(target))
                reported.append((start, end))
                self.emit(
                    "name-misspelling",
                    f'"{surface}" looks like a misspelling of "{spelled}" '
                    f"(reference {target.where})",
                    span=(start, end),
                    claim=actor,
                    fact=target,
                )
            if fact is not None:
                self.check_role(actor, fact)
        self.scan_names(reported)
        for fact in self.ref.names:
            if id(fact) not in self.mentioned and any(
                has_word(self.doc.text, v) for v in (fact.name, *fact.aliases)
            ):
                self.mentioned.add(id(fact))

    def scan_names(self, reported: list[Span]) -> None:
        """Catch misspelled names the entity recognizer did not mark as actors."""
        text = self.doc.text
        covered = list(reported)
        for fact in self.ref.names:
            for variant in (fact.name, *fact.aliases):
                covered.extend(
                    (m.start(), m.end())
                    for m in re.finditer(re.escape(variant), text, re.IGNORECASE)
                )
        words = [
            m
            for m in re.finditer(r"[A-Z\u00c0-\u00de][\w'\u2019.-]*[\w]", text)
            if m.group(0).lower() not in _POSTMODIFIERS
        ]
        longest = max((len(v.split()) for v in self.variants), default=0)
        for n in range(longest, 0, -1):
            for i in range(len(words) - n + 1):
                gram = words[i : i + n]
                start, end = gram[0].start(), gram[-1].end()
                # Only consecutive capitalized words, one space apart.
                if any(gram[k + 1].start() - gram[k].end() != 1 for k in range(n - 1)):
                    continue
                if any(s < end and start < e for s, e in covered):
                    continue
                surface = text[start:end]
                close = self.close_variant(surface)
                if close is None or len(norm(surface)) < 6:
                    continue
                spelled, fact = close
                covered.append((start, end))
                self.mentioned.add(id(fact))
                self.emit(
                    "name-misspelling",
                    f'"{surface}" looks like a misspelling of "{spelled}" '
                    f"(reference {fact.where})",
                    span=(start, end),
                    fact=fact,
                )

    def check_role(self, actor: ActorClaim, fact: NameFact) -> None:
        if not actor.role or not fact.role or _same_role(actor.role, fact.role):
            return
        span = self.role_span(actor) or actor.span
        self.emit(
            "role-mismatch",
            f'{actor.name} is called "{actor.role}" here; the reference has '
            f'"{fact.role}" ({fact.where})',
            span=span,
            claim=actor,
            fact=fact,
        )

    def role_span(self, actor: ActorClaim) -> Span | None:
        """Where the role is written: just before (or after) a mention."""
        assert actor.role is not None
        pattern = re.compile(re.escape(actor.role), re.IGNORECASE)
        for start, end in actor.mentions or (actor.span,):
            lo = max(0, start - 80)
            found = list(pattern.finditer(self.doc.text, lo, start))
            if found:
                return (found[-1].start(), found[-1].end())
            m = pattern.search(self.doc.text, end, end + 80)
            if m:
                return (m.start(), m.end())
        return None

    # counts --------------------------------------------------------------------

    def count_matches(self, fact: CountFact, claim: CountClaim) -> bool:
        if claim.counted is None:
            return False
        if (fact.unit or "").lower() != (claim.unit or "").lower():
            return False
        if not same_noun(head_noun(fact.counted), head_noun(claim.counted)):
            return False
        sentence = self.doc.sentence_text(claim)
        return all(has_word(sentence, w) for w in fact.context)

    def check_counts(self) -> None:
        claims = [c for c in self.doc.claims if isinstance(c, CountClaim)]
        for fact in self.ref.counts:
            want = fact_interval(fact)
            for claim in claims:
                if not self.count_matches(fact, claim):
                    continue
                self.mentioned.add(id(fact))
                have = count_interval(
                    claim, about=self.config.about, nearly=self.config.nearly
                )
                if have.disjoint(want):
                    self.emit(
                        "count-mismatch",
                        f'"{claim.text}" {claim.counted} ({have}) contradicts the '
                        f"reference: {fact.describe()} ({fact.where})",
                        span=claim.span,
                        claim=claim,
                        fact=fact,
                    )

    # dates ---------------------------------------------------------------------

    def subject_reached(self, subject: str, claim: Claim) -> bool:
        """Named in the sentence, or one of its actor's mentions in the paragraph."""
        names = {subject}
        for fact in self.ref.names:
            if norm(subject) in {norm(v) for v in (fact.name, *fact.aliases)}:
                names.update((fact.name, *fact.aliases))
        keys = {norm(n) for n in names}
        actors = [a for a in self.actors if self.is_actor(a, keys)]
        sentence = self.doc.sentence_text(claim)
        if any(has_word(sentence, n) for n in names):
            return True
        lo, hi = self.doc.paragraph(claim.paragraph)
        return any(lo <= s < hi for a in actors for s, _ in a.mentions or (a.span,))

    def is_actor(self, actor: ActorClaim, keys: set[str]) -> bool:
        """Whether an actor bears one of these names, possibly misspelled."""
        for surface in (actor.name, *actor.aliases):
            key = norm(surface)
            if key in keys or any(self.misspelling_distance(key, k) for k in keys):
                return True
        return False

    def check_dates(self) -> None:
        dates = [
            c
            for c in self.doc.claims
            if isinstance(c, DateClaim) and c.type in ("DATE", "TIME")
        ]
        for fact in self.ref.dates:
            want = date_interval(fact.date)
            if want is None:
                continue
            by_sentence: dict[int, list[tuple[DateClaim, Interval]]] = {}
            for claim in dates:
                have = date_interval(claim.value)
                if have is None:
                    continue
                sentence = self.doc.sentence_text(claim)
                if not any(has_word(sentence, w) for w in fact.event):
                    continue
                if fact.subject and not self.subject_reached(fact.subject, claim):
                    continue
                by_sentence.setdefault(claim.sentence, []).append((claim, have))
            if by_sentence:
                self.mentioned.add(id(fact))
            for candidates in by_sentence.values():
                # A sentence often holds several dates; one that fits is enough.
                if any(not have.disjoint(want) for _, have in candidates):
                    continue
                claim, have = self.nearest_to_event(candidates, fact)
                self.emit(
                    "date-mismatch",
                    f'"{claim.text}" ({_date_str(have)}) contradicts the reference: '
                    f"{fact.describe()} ({fact.where})",
                    span=claim.span,
                    claim=claim,
                    fact=fact,
                )

    def nearest_to_event(
        self, candidates: Sequence[tuple[DateClaim, Interval]], fact: DateFact
    ) -> tuple[DateClaim, Interval]:
        lo, hi = self.doc.sentence(candidates[0][0])
        where = [
            m.start()
            for w in fact.event
            for m in _word_pattern(w).finditer(self.doc.text, lo, hi)
        ]
        return min(
            candidates,
            key=lambda ch: min((abs(ch[0].span[0] - p) for p in where), default=0),
        )

    # quotes --------------------------------------------------------------------

    def same_speaker(self, source: str, speaker: str) -> bool:
        a, b = norm(source), norm(speaker)
        names = {b}
        fact = self.variants.get(b)
        if fact is not None:
            names.update(norm(v) for v in (fact.name, *fact.aliases))
        for actor in self.actors:
            if norm(actor.name) == a:
                if names & {norm(v) for v in (actor.name, *actor.aliases)}:
                    return True
                if fact is not None and self.actor_fact(actor) is fact:
                    return True
        if a in names:
            return True
        # "Lasso" for "Guillermo Lasso", "military" for "the country's military".
        words = set(a.split())
        return any(words <= set(n.split()) or set(n.split()) <= words for n in names)

    def check_quotes(self) -> None:
        attributions = [c for c in self.doc.claims if isinstance(c, AttributionClaim)]
        text_key = _quote_key(self.doc.text)
        for fact in self.ref.quotes:
            key = _quote_key(fact.text)
            hits = [
                a
                for a in attributions
                if a.source is not None and key in _quote_key(a.content)
            ]
            if hits or key in text_key:
                self.mentioned.add(id(fact))
            for a in hits:
                if self.same_speaker(a.source, fact.speaker):
                    continue
                self.emit(
                    "quote-misattributed",
                    f'"{fact.text}" is attributed to {a.source}; the reference says '
                    f"{fact.speaker} said it ({fact.where})",
                    span=a.source_span,
                    claim=a,
                    fact=fact,
                )

    # copy rules ----------------------------------------------------------------

    def check_copy(self) -> None:
        attributed = {
            c.paragraph for c in self.doc.claims if isinstance(c, AttributionClaim)
        }
        for c in self.doc.claims:
            if isinstance(c, AttributionClaim) and c.vague:
                cue = f" {c.cue}" if c.cue else ""
                self.emit(
                    "vague-attribution",
                    f'vague attribution "{c.source_text}{cue}": name the source',
                    span=c.source_span,
                    claim=c,
                )
            elif isinstance(c, CountClaim) and c.paragraph not in attributed:
                what = f"{c.text} {c.counted}" if c.counted else c.text
                self.emit(
                    "unattributed-count",
                    f'"{what}" has no attribution in its paragraph',
                    span=c.span,
                    claim=c,
                )

    def unmentioned(self) -> None:
        for fact in self.ref.facts:
            if id(fact) not in self.mentioned:
                self.emit(
                    "fact-unmentioned",
                    f"not mentioned: {fact.kind} {fact.describe()} ({fact.where})",
                    span=None,
                    fact=fact,
                )

    def run(self) -> CheckReport:
        self.check_names()
        self.check_counts()
        self.check_dates()
        self.check_quotes()
        self.check_copy()
        self.unmentioned()
        findings = sorted(
            self.findings,
            key=lambda f: (f.line, f.col, -f.severity.rank, f.rule),
        )
        return CheckReport(
            document=self.document,
            findings=tuple(findings),
            facts=len(self.ref.facts),
            facts_mentioned=len(self.mentioned),
        )


_STATUS_WORDS = {"former", "ex", "vice", "deputy", "acting", "interim", "assistant"}


def _same_role(claimed: str, reference: str) -> bool:
    """'President' fits 'president' and 'Ecuadorian President', not 'Vice President'."""
    a, b = set(norm(claimed).split()), set(norm(reference).split())
    if a == b:
        return True
    extra = (a - b) | (b - a)
    return (b <= a or a <= b) and not (extra & _STATUS_WORDS)


def check_claims(
    extraction: Extraction,
    text: str,
    reference: Reference,
    *,
    config: CheckConfig | None = None,
) -> CheckReport:
    """Compare one document's claims with the reference facts.

    Args:
        extraction: the document's claims (spans index into `text`).
        text: the article text the claims were extracted from.
        reference: the facts to compare with.
        config: tolerances and severities; the defaults when None.

    Returns:
        The findings, sorted by position, and how many facts were mentioned.
    """
    config = config or CheckConfig()
    doc = _Doc(extraction, text)
    return _Checker(doc, reference, config, extraction.document).run()
