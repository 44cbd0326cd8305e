"""What a .md or .html file says beyond its text: rule switches, positions in markup."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from factcheck.check.model import Finding
from factcheck.check.rules import RULES

_DISABLE = re.compile(r"<!--\s*factcheck-disable\b(.*?)-->", re.DOTALL)


def disabled_rules(raw: str) -> frozenset[str]:
    """Rules named in <!-- factcheck-disable RULE ... --> comments (all if none)."""
    rules: set[str] = set()
    for m in _DISABLE.finditer(raw):
        named = re.findall(r"[\w-]+", m.group(1))
        rules.update(named or RULES)
    return frozenset(rules)


def html_positions(findings: Iterable[Finding], text: str, raw: str) -> list[Finding]:
    """Move HTML findings from the extracted text to the file, by finding the
    claim's words in the markup (the n-th occurrence for the n-th one)."""
    out = []
    for f in findings:
        if f.span is None:
            out.append(f)
            continue
        surface = text[f.span[0] : f.span[1]]
        nth = text.count(surface, 0, f.span[0])
        pos = -1
        for _ in range(nth + 1):
            pos = raw.find(surface, pos + 1)
            if pos < 0:
                break
        if pos < 0:
            out.append(f)
            continue
        end = pos + len(surface)
        line = raw.count("\n", 0, pos) + 1
        col = pos - (raw.rfind("\n", 0, pos) + 1) + 1
        end_line = raw.count("\n", 0, end) + 1
        end_col = end - (raw.rfind("\n", 0, end) + 1) + 1
        out.append(
            dataclasses.replace(
                f, line=line, col=col, end_line=end_line, end_col=end_col
            )
        )
    return out
