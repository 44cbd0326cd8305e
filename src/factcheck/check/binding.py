"""What a count claim is about: its clause, its time, its holder, its event.

A reference fact meets a claim only when the fact's words are the claim's own:
context words in the claim's clause (or its holder) and nearer to it than to any
other claim the fact could meet, the fact's subject the claim's holder, and the
fact's time (`when:`, else the story's main event) the claim's time. The
reference-free rules use the same notions to tell one event from another.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from factcheck.check.intervals import Interval, date_interval
from factcheck.check.text import has_word, head_noun, norm, singular_forms, word_pattern
from factcheck.records import AttributionClaim, Claim, CountClaim, DateClaim, Span

# Where a sentence's clauses part: semicolons, dashes, and a comma before a
# conjunction or a comparison ("took 41.8 percent, while Roth finished third").
_CLAUSE_BREAK = re.compile(
    r";|\s[\u2014\u2013]\s|\s--\s|\u2014"
    r"|,\s+(?=(?:while|whereas|but|and|or|down|up|compared|against|versus|which|"
    r"who|whom|when|where|although|though|even|after|before|since|from|than)\b)"
    r"|\s(?=(?:while|whereas)\s)",
    re.IGNORECASE,
)
# A value given only for comparison: "down from 44 percent", "compared with 12".
_PRIOR = re.compile(
    r"(?:\b(?:up|down|rose|fell|rising|falling|climbed|dropped|increased|decreased|"
    r"declined|jumped|slipped|grew|shrank|edged|plunged|soared|rebounded)"
    r"(?:\s+\w+){0,2}\s+from|\bcompared\s+(?:with|to)|\bthan|\bversus|\bvs\.?"
    r"|\bfrom\s+a\s+(?:high|low|peak)\s+of)"
    r"\s+(?:(?:about|nearly|almost|roughly|some|just|around|only)\s+"
    r"|(?:more|less|fewer)\s+than\s+|at\s+(?:least|most)\s+)?[$\u20ac\u00a3]?$",
    re.IGNORECASE,
)
# Words that name one event in several ways: a toll is the dead and the killed.
# fmt: off
_EVENT_CLASSES = {
    "dead": "death", "killed": "death", "died": "death", "kill": "death",
    "kills": "death", "killing": "death", "deaths": "death", "die": "death",
    "dying": "death", "perished": "death", "lost": "death",
    "injured": "injury", "wounded": "injury", "hurt": "injury", "injuring": "injury",
    "wounding": "injury", "injuries": "injury",
    "arrested": "arrest", "detained": "arrest", "arrests": "arrest",
    "freed": "release", "released": "release", "rescued": "release",
    "missing": "missing", "evacuated": "evacuation", "displaced": "evacuation",
    "fled": "evacuation", "fleeing": "evacuation", "evacuate": "evacuation",
}
# Counted words that say nothing of their own: "33" in "which killed 33".
_PEOPLE = frozenset(("people", "person", "persons", "victims", "victim", "residents"))
# fmt: on


# The events whose counts are tolls: one number per story and time.
TOLLS = frozenset(("death", "injury", "arrest", "missing", "release", "evacuation"))


def event_class(word: str | None) -> str | None:
    """The event a predicate names ("killed" and "dead": death), else itself."""
    if not word:
        return None
    w = word.lower()
    return _EVENT_CLASSES.get(w, w)


def counted_key(claim: CountClaim) -> str | None:
    """The counted thing's head noun, singular; people for a bare death toll."""
    if claim.counted:
        head = head_noun(claim.counted)
        forms = singular_forms(head)
        if forms & _PEOPLE:
            return "person"
        return min(forms, key=len) if forms else None
    if event_class(claim.event) in ("death", "injury", "arrest", "missing"):
        return "person"
    return None


class Binder:
    """Clauses, times and holders of the claims in one document."""

    def __init__(
        self,
        text: str,
        claims: Sequence[Claim],
        sentence_of: dict[int, Span],
        published: str | None,
    ) -> None:
        self.text = text
        self.claims = claims
        self.sentences = sentence_of
        self.published = published
        self.dates = [
            c
            for c in claims
            if isinstance(c, DateClaim)
            and c.type in ("DATE", "TIME")
            and date_interval(c.value) is not None
        ]
        self.attributions = [c for c in claims if isinstance(c, AttributionClaim)]
        self._main: tuple[Interval | None] | None = None

    # -- clauses ------------------------------------------------------------------

    def clause(self, claim: Claim) -> Span:
        """The clause of the sentence the claim is in."""
        lo, hi = self.sentences.get(claim.sentence, claim.span)
        start, end, before = lo, hi, lo
        for m in _CLAUSE_BREAK.finditer(self.text, lo, hi):
            if m.end() <= claim.span[0]:
                before, start = start, m.end()
            elif m.start() >= claim.span[1]:
                end = m.start()
                break
        if re.match(r"\W*(?:which|who|whom)\b", self.text[start:end], re.I):
            # "The floods, which killed 14, were the worst since 2011": the
            # relative clause ends at its comma and takes in its antecedent
            # ("the Green Party, which holds 22 of the 101 seats").
            comma = self.text.find(",", claim.span[1], end)
            if comma >= 0:
                end = comma
            start = before
        return (min(start, claim.span[0]), max(end, claim.span[1]))

    def clause_text(self, claim: Claim) -> str:
        lo, hi = self.clause(claim)
        return self.text[lo:hi]

    def is_prior(self, claim: CountClaim) -> bool:
        """A value stated for comparison ("down from 44 percent"): another time."""
        lo = self.sentences.get(claim.sentence, claim.span)[0]
        before = self.text[max(lo, claim.span[0] - 60) : claim.span[0]]
        return _PRIOR.search(before) is not None

    # -- time ---------------------------------------------------------------------

    def _speech_date(self, date: DateClaim) -> bool:
        """A date next to a cue, outside the content: when it was said."""
        for att in self.attributions:
            if att.span[0] <= date.span[0] < att.span[1]:
                spans = att.content_spans or (att.content_span,)
                if not any(s <= date.span[0] < e for s, e in spans):
                    return True
        return False

    def time_of(self, claim: Claim) -> tuple[DateClaim, Interval] | None:
        """The date of the claim's clause nearest to it (not a date of saying)."""
        lo, hi = self.clause(claim)
        if re.match(r"\W*(?:when|where|during which)\b", self.text[lo:hi], re.I):
            # "since 2011, when 23 people died": the date the clause refers to.
            lo = max(self.sentences.get(claim.sentence, claim.span)[0], lo - 40)
        found = [
            d for d in self.dates if lo <= d.span[0] < hi and not self._speech_date(d)
        ]
        if not found:
            return None
        date = min(found, key=lambda d: abs(d.span[0] - claim.span[0]))
        iv = date_interval(date.value)
        assert iv is not None
        return date, iv

    def main_event(self) -> Interval | None:
        """When the story's main event happened: the first date of its first
        three sentences, else the week up to publication, else unknown."""
        if self._main is None:
            self._main = (self._find_main(),)
        return self._main[0]

    def _find_main(self) -> Interval | None:
        for d in sorted(self.dates, key=lambda d: d.span):
            if d.sentence > 2:
                break
            if not self._speech_date(d):
                return date_interval(d.value)
        if self.published:
            try:
                day = dt.date.fromisoformat(self.published)
            except ValueError:
                return None
            return Interval(float(day.toordinal() - 7), float(day.toordinal()))
        return None

    def same_time(
        self, claim: Claim, when: str | None, context: Iterable[str] = ()
    ) -> bool:
        """Whether a claim can be about an event at `when` (None: the main event).

        A claim without a date of its own is about the main event. A fact whose
        context names the claim's date ("July") is about that date.
        """
        found = self.time_of(claim)
        if found is None:
            return when is None or self._fits(self.main_event(), when)
        date, have = found
        if any(has_word(date.text, w) for w in context):
            return True
        want = date_interval(when) if when else self.main_event()
        return want is None or not have.disjoint(want)

    def _fits(self, main: Interval | None, when: str) -> bool:
        want = date_interval(when)
        return main is None or want is None or not main.disjoint(want)

    # -- binding ------------------------------------------------------------------

    def bound(self, claim: CountClaim, word: str, rivals: Sequence[CountClaim]) -> bool:
        """Whether a context word is the claim's own.

        In its holder, or in its clause and no nearer to a rival claim (one the
        same fact could meet) than to this one.
        """
        if claim.holder and has_word(claim.holder, word):
            return True
        lo, hi = self.clause(claim)
        for m in word_pattern(word).finditer(self.text, lo, hi):
            mine = _distance(m.span(), _extent(claim))
            if all(
                _distance(m.span(), _extent(r)) >= mine
                for r in rivals
                if r is not claim and r.sentence == claim.sentence
            ):
                return True
        return False

    def holder_is(self, claim: CountClaim, names: Iterable[str]) -> bool | None:
        """True/False when the claim has a holder; None when it names none."""
        if not claim.holder:
            return None
        key = norm(claim.holder)
        return any(
            has_word(claim.holder, n) or norm(n) == key for n in names if n.strip()
        )


def _extent(claim: CountClaim) -> Span:
    """The count with its counted phrase: "12 counts" in "12 counts of fraud"."""
    if claim.counted_span and claim.counted_span[0] >= claim.span[0]:
        return (claim.span[0], max(claim.span[1], claim.counted_span[1]))
    return claim.span


def _distance(a: Span, b: Span) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


UNIT_WORDS = frozenset(("percent", "%", "pct", "per cent", "percentage"))


def describe_claim(claim: CountClaim, have: Interval | None = None) -> str:
    """A count as messages quote it, each value once: '"about 50" people ([45, 55])'.

    The counted thing is added unless the quote holds it or it only repeats the
    unit; the interval only when the quote does not say it plainly.
    """
    out = f'"{claim.text}"'
    counted = claim.counted
    extra = []
    if counted and counted.lower() not in UNIT_WORDS and counted not in claim.text:
        extra.append(counted)
    if claim.holder and claim.holder not in claim.text:
        extra.append(claim.holder)
    if extra:
        if claim.unit == "percent":
            out += f" ({', '.join(extra)})"
        else:
            out += " " + " ".join(extra[:1]) + (f" ({extra[1]})" if extra[1:] else "")
    if have is None:
        return out
    plain = str(have)
    digits = re.sub(r"[^\d.]", "", claim.text.replace(",", ""))
    if claim.modifier != "exact" or plain.replace(",", "") != digits.rstrip("."):
        out += f" ({plain})"
    return out
