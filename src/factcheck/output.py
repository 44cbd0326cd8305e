"""Where results go: stdout, or a file replaced atomically only on success."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from .errors import InputError


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """Yield a text stream; for a path, write a temp file and os.replace it at the end.

    On any exception the temp file is removed, so a failed run leaves no half-written
    output (pypa/build writes its reports the same way).

    Raises:
        InputError: when the output folder does not exist or is not writable.
    """
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.",
            suffix=".tmp",
            dir=target.parent if str(target.parent) else ".",
        )
    except OSError as exc:
        raise InputError(f"cannot write output ({exc.strerror})", where=path) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
