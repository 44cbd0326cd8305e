"""Number mentions in text -> normalized values, qualifiers and units (no spaCy).

lexicon.py holds the English words and tables; scanner.py reads them from text.
"""

from __future__ import annotations

from .scanner import NumberMention, find_numbers, parse_number

__all__ = ["NumberMention", "find_numbers", "parse_number"]
