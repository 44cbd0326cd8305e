"""Number mentions in text -> normalized values, qualifiers and units (no spaCy).

lexicon.py   English words and tables (number words, scales, currencies, units,
             qualifier phrases, context words) and the patterns that use them
tokens.py    text -> Tokens: one named list per field (kinds, starts, texts...)
readings.py  NumberMention and the partial readings the recognisers pass on
digits.py, cardinals.py, fractional.py, numeric.py, quantities.py,
qualifiers.py, ranges.py, restated.py
             one recogniser family each, with its EXAMPLES beside it
zeros.py     candidate zero counts ("no arrests"), which a parse confirms
scanner.py   exclusions, the left-to-right scan, find_numbers and parse_number
"""

from __future__ import annotations

from .scanner import NumberMention, find_numbers, parse_number
from .zeros import find_zero_counts

__all__ = ["NumberMention", "find_numbers", "find_zero_counts", "parse_number"]
