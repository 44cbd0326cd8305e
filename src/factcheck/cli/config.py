"""factcheck.toml or [tool.factcheck] in pyproject.toml -> settings for check."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import InputError

if TYPE_CHECKING:
    from factcheck.check import CheckConfig

CONFIG_FILE = "factcheck.toml"
# Values the check command's --format and --fail-on (and their config keys) take.
FORMATS = ("text", "json", "github", "sarif")
FAIL_ON = ("error", "warning")
# Every key a config table may hold; anything else is a typo, never ignored.
KEYS = (
    "reference",
    "format",
    "fail-on",
    "about",
    "nearly",
    "max-edit-distance",
    "severity",
)
# The reference schema's bound: past 5 edits, "Lasso" matches most short names.
MAX_EDIT_DISTANCE = 5


def find_config(start: Path) -> Path | None:
    """factcheck.toml, or a pyproject.toml with [tool.factcheck], from start upward."""
    import tomllib

    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue  # someone else's broken pyproject is not ours to judge
            tool = data.get("tool")
            if isinstance(tool, dict) and "factcheck" in tool:
                return pyproject
    return None


def read_config(path: Path) -> dict[str, Any]:
    """The factcheck table of a config file (top level of factcheck.toml).

    Raises:
        InputError: when the file cannot be read or is not valid TOML.
    """
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such config file", where=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot be read ({exc})", where=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"is not valid TOML: {exc}", where=str(path)) from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise _config_error(path, "tool must be a table ([tool.factcheck])", "tool")
        table = tool.get("factcheck", {})
        if not isinstance(table, dict):
            raise _config_error(path, "tool.factcheck must be a table", "factcheck")
        return table
    return data


_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_PART = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_KEY = re.compile(rf"^\s*({_PART}(?:\s*\.\s*{_PART})*)\s*=")


def _dotted(key: str) -> str:
    return ".".join(p.strip().strip("\"'") for p in key.split("."))


def _key_line(path: Path, key: str) -> int | None:
    """The line where a (dotted) key of the factcheck table is set, if found.

    tomllib keeps no positions, so this reads the lines again: good enough to
    point at a typo; a key set inside a multi-line value may be missed.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    base = "tool.factcheck" if path.name == "pyproject.toml" else ""
    wanted = ".".join(p for p in (base, key) if p)
    found: dict[str, int] = {}
    table = ""
    for number, line in enumerate(lines, 1):
        if header := _HEADER.match(line):
            table = _dotted(header.group(1))
            found.setdefault(table, number)
        elif match := _KEY.match(line):
            full = ".".join(p for p in (table, _dotted(match.group(1))) if p)
            found.setdefault(full, number)
    parts = wanted.split(".")
    while parts:  # the key, else the nearest table or inline table holding it
        if (line_no := found.get(".".join(parts))) is not None:
            return line_no
        parts.pop()
    return None


def _config_error(
    path: Path | None, message: str, key: str | None = None
) -> InputError:
    where = str(path) if path else "config"
    if path is not None and key is not None:
        line = _key_line(path, key)
        if line is not None:
            where = f"{where}:{line}"
    return InputError(message, where=where)


def _did_you_mean(word: str, choices: tuple[str, ...]) -> str:
    import difflib

    close = difflib.get_close_matches(word, choices, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def build_config(
    table: Mapping[str, Any], *, path: Path | None = None
) -> tuple[CheckConfig, dict[str, Any]]:
    """CheckConfig and the run options (reference, format, fail-on) of a config.

    Raises:
        InputError: for an unknown key, a value of the wrong type or out of
            range, or an unknown rule or severity.
    """
    from factcheck.check import RULES, CheckConfig, Severity

    for key in table:
        if key not in KEYS:
            raise _config_error(
                path,
                f"unknown key {key!r}{_did_you_mean(key, KEYS)} "
                f"(keys: {', '.join(KEYS)})",
                key,
            )
    options: dict[str, Any] = {}
    kwargs: dict[str, Any] = {}
    refs = table.get("reference")
    if refs is not None:
        if isinstance(refs, str):
            refs = [refs]
        if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
            raise _config_error(
                path, "reference must be a path or a list of paths", "reference"
            )
        base = path.parent if path else Path()
        options["reference"] = [str(base / r) for r in refs]
    for key, choices in (("format", FORMATS), ("fail-on", FAIL_ON)):
        if key in table:
            if table[key] not in choices:
                raise _config_error(
                    path,
                    f"{key} must be one of {', '.join(choices)}, not {table[key]!r}",
                    key,
                )
            options[key] = table[key]
    for key in ("about", "nearly"):
        if key in table:
            value = table[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise _config_error(path, f"{key} must be a number", key)
            if not 0 <= value <= 1:  # also refuses nan and inf
                raise _config_error(
                    path,
                    f"{key} must be a fraction between 0 and 1, not {value!r}",
                    key,
                )
            kwargs[key] = float(value)
    if "max-edit-distance" in table:
        value = table["max-edit-distance"]
        whole = isinstance(value, int) or (
            isinstance(value, float) and math.isfinite(value) and value.is_integer()
        )
        if isinstance(value, bool) or not whole or not 0 <= value <= MAX_EDIT_DISTANCE:
            raise _config_error(
                path,
                "max-edit-distance must be a whole number from 0 to "
                f"{MAX_EDIT_DISTANCE}, not {value!r}",
                "max-edit-distance",
            )
        kwargs["max_edit_distance"] = int(value)
    severities = table.get("severity", {})
    if not isinstance(severities, dict):
        raise _config_error(
            path, "severity must be a table of rule = severity", "severity"
        )
    levels = tuple(s.value for s in Severity)
    for rule, severity in severities.items():
        if rule not in RULES:
            raise _config_error(
                path,
                f"severity: unknown rule {rule!r}{_did_you_mean(rule, tuple(RULES))} "
                f"(rules: {', '.join(RULES)})",
                f"severity.{rule}",
            )
        if not isinstance(severity, str) or severity not in levels:
            raise _config_error(
                path,
                f"severity.{rule}: {severity!r} is not error, warning, info or off",
                f"severity.{rule}",
            )
    kwargs["severities"] = {r: Severity(s) for r, s in severities.items()}
    try:
        return CheckConfig(**kwargs), options
    except ValueError as exc:
        raise _config_error(path, str(exc)) from None
