"""Where results go: stdout, or a file replaced atomically only on success."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from .errors import InputError

# Signals that end a run early, and the status a shell reports for each (128 + n).
# SIGINT already arrives as KeyboardInterrupt; the CLI turns that into 130.
_FATAL_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def check_target(path: str | None) -> None:
    """Refuse an -o target that cannot be written, before any work is done.

    A directory, a missing folder, a read-only file, or a folder where no temp
    file can be made would otherwise fail only after every article was parsed.

    Raises:
        InputError: naming the target and what is wrong with it.
    """
    if path is None or path == "-":
        return
    _resolve_target(path)


def _resolve_target(path: str) -> tuple[Path, os.stat_result | None, bool]:
    """The file to write (symlinks followed), its stat (None when new), in place?

    A device, FIFO or socket (-o /dev/null, -o >(gzip)), and anything under /dev
    or /proc (-o /dev/stdout), is written in place: it cannot be replaced.
    """
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise InputError(f"cannot write output ({exc.strerror})", where=path) from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise InputError("cannot write output: is a directory", where=path)
    # A link kept in a dotfiles repo: replace the file it points to, keep the link.
    target = Path(os.path.realpath(path))
    special = any(
        str(p) == root or str(p).startswith(root + "/")
        for p in (Path(os.path.abspath(path)), target)
        for root in ("/dev", "/proc")
    )
    if (st is not None and not stat.S_ISREG(st.st_mode)) or special:
        if st is not None and not os.access(path, os.W_OK):
            raise InputError("cannot write output: permission denied", where=path)
        return Path(path), st, True
    if st is not None and not st.st_mode & 0o222:
        # Checked on the mode bits, not os.access: root may write anything, but a
        # file someone made read-only is one they did not want overwritten.
        raise InputError(
            "cannot write output: the file is read-only",
            where=path,
            hint="make it writable (chmod u+w) or choose another -o file",
        )
    parent = target.parent
    if not parent.is_dir():
        raise InputError("cannot write output: the folder does not exist", where=path)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError("cannot write output: the folder is not writable", where=path)
    return target, st, False


def _umask() -> int:
    # os.umask can only be read by setting it; put it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def _exit_on_signals() -> Iterator[None]:
    """Turn SIGTERM/SIGHUP into SystemExit(128 + n) while a temp file exists.

    The exception unwinds through open_output, which removes the temp file, and
    the process still ends with the status a shell expects of that signal.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        for sig in previous:  # a second signal must not interrupt the clean-up
            signal.signal(sig, signal.SIG_IGN)
        raise SystemExit(128 + signum)

    previous: dict[int, Any] = {}
    for sig in _FATAL_SIGNALS:
        if signal.getsignal(sig) is signal.SIG_IGN:
            continue  # nohup: the user asked for the run to survive a hangup
        previous[sig] = signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """Yield a text stream; for a path, write a temp file and os.replace it at the end.

    On any exception, and on SIGTERM or SIGHUP, the temp file is removed, so a
    failed or killed run leaves no half-written output and the old file intact
    (pypa/build writes its reports the same way). A new file gets the umask's
    permissions, a replaced one keeps its mode; a symlink is followed, and a
    device or FIFO (-o /dev/null, -o >(gzip)) is written in place.

    Raises:
        InputError: when the target cannot be written (see check_target).
    """
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target, st, in_place = _resolve_target(path)
    if in_place:
        try:
            stream = open(target, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise InputError(
                f"cannot write output ({exc.strerror})", where=path
            ) from None
        with stream:
            yield stream
        return
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    with _exit_on_signals():
        try:
            fd, tmp = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
            )
        except OSError as exc:
            raise InputError(
                f"cannot write output ({exc.strerror})", where=path
            ) from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                # mkstemp makes the file 0600; the output is no secret.
                os.fchmod(f.fileno(), mode)
                yield f
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
