"""Settings: the validated options every stage receives, built once by the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .records import ClaimKind

ALL_KINDS: tuple[ClaimKind, ...] = tuple(ClaimKind)

# spaCy refuses longer texts by default (nlp.max_length); we stop earlier with a clear
# message, because a parse of 1M characters needs about 1 GB of memory per process.
DEFAULT_MAX_CHARS = 1_000_000


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
