"""Settings: the validated options every stage receives, built once by the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .records import ClaimKind

ALL_KINDS: tuple[ClaimKind, ...] = tuple(ClaimKind)

# The longest news features run to about 60,000 characters. Past 200,000 a document
# is an archive dump or a mistake, and its parse alone takes half a minute on a
# shared 2-core machine: refuse it with a clear message rather than seem to hang.
DEFAULT_MAX_CHARS = 200_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Options shared by every stage.

    Attributes:
        model: spaCy pipeline name or path; None means the default English model.
        published: reference date for relative dates; None when unknown.
        kinds: claim kinds to extract.
        max_chars: refuse documents longer than this (characters).
        encoding: text encoding of input files.
    """

    model: str | None = None
    published: dt.date | None = None
    kinds: tuple[ClaimKind, ...] = ALL_KINDS
    max_chars: int = DEFAULT_MAX_CHARS
    encoding: str = "utf-8"

    def __post_init__(self) -> None:
        if self.max_chars <= 0:
            raise ValueError("max_chars must be positive")
        if not self.kinds:
            raise ValueError("kinds must not be empty")
