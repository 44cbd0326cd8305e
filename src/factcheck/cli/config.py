"""factcheck.toml or [tool.factcheck] in pyproject.toml -> settings for check."""

from __future__ import annotations

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
            if "factcheck" in data.get("tool", {}):
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
        table = data.get("tool", {}).get("factcheck", {})
        return table if isinstance(table, dict) else {}
    return data


def _config_error(path: Path | None, message: str) -> InputError:
    return InputError(message, where=str(path) if path else "config")


def build_config(
    table: Mapping[str, Any], *, path: Path | None = None
) -> tuple[CheckConfig, dict[str, Any]]:
    """CheckConfig and the run options (reference, format, fail-on) of a config.

    Raises:
        InputError: for a value of the wrong type or an unknown rule or severity.
    """
    from factcheck.check import RULES, CheckConfig, Severity

    options: dict[str, Any] = {}
    kwargs: dict[str, Any] = {}
    refs = table.get("reference")
    if refs is not None:
        if isinstance(refs, str):
            refs = [refs]
        if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
            raise _config_error(path, "reference must be a path or a list of paths")
        base = path.parent if path else Path()
        options["reference"] = [str(base / r) for r in refs]
    for key, choices in (("format", FORMATS), ("fail-on", FAIL_ON)):
        if key in table:
            if table[key] not in choices:
                raise _config_error(
                    path,
                    f"{key} must be one of {', '.join(choices)}, not {table[key]!r}",
                )
            options[key] = table[key]
    for key, kind in (("about", float), ("nearly", float), ("max-edit-distance", int)):
        if key in table:
            value = table[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise _config_error(path, f"{key} must be a number")
            kwargs[key.replace("-", "_")] = kind(value)
    severities = table.get("severity", {})
    if not isinstance(severities, dict):
        raise _config_error(path, "severity must be a table of rule = severity")
    for rule, severity in severities.items():
        if rule not in RULES:
            raise _config_error(
                path, f"severity: unknown rule {rule!r} (rules: {', '.join(RULES)})"
            )
        if severity not in {s.value for s in Severity}:
            raise _config_error(
                path,
                f"severity.{rule}: {severity!r} is not error, warning, info or off",
            )
    kwargs["severities"] = {r: Severity(s) for r, s in severities.items()}
    try:
        return CheckConfig(**kwargs), options
    except ValueError as exc:
        raise _config_error(path, str(exc)) from None
