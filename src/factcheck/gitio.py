"""Git as an input: `REV:path` blobs and the article files changed between revisions.

Only `git` subprocesses, no library: `git cat-file blob` for contents (the raw
blob, as `git show REV:path` prints it without textconv, so a factcheck textconv
filter cannot feed claims back into factcheck) and `git diff --name-status -M -z`
for the files changed, renames followed.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

# The files `diff --git` compares: prose, not code.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class GitPath:
    """A `REV:path` argument: path as written (root-relative unless ./ or ../)."""

    rev: str
    path: str

    def __str__(self) -> str:
        return f"{self.rev}:{self.path}"


@dataclass(frozen=True, slots=True, kw_only=True)
class ChangedFile:
    """One article changed between two revisions.

    Attributes:
        status: A (added), D (deleted), M (modified), R (renamed), C (copied), T.
        old: its root-relative path in the base revision (None when added).
        new: its root-relative path in the head revision (None when deleted).
    """

    status: str
    old: str | None
    new: str | None


def parse_git_path(arg: str) -> GitPath | None:
    """`HEAD~1:story.md` -> GitPath; a plain path (even one with ':') -> None.

    An argument that names a file or folder on disk is a path, as for git itself;
    so is anything without a ':', '-' (stdin) and a 'C:\\'-like drive letter.
    """
    if arg == "-" or ":" not in arg or os.path.exists(arg):
        return None
    rev, _, path = arg.partition(":")
    if len(rev) == 1 and rev.isalpha() and path[:1] in ("\\", "/"):
        return None  # a Windows drive, not a revision
    return GitPath(rev, path)


def _git(*args: str, where: str, cwd: str | None = None) -> bytes:
    """Run git; its first error line becomes an InputError about `where`."""
    try:
        proc = subprocess.run(
            ["git", "--no-pager", *args],
            capture_output=True,
            cwd=cwd,
            check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"},
        )
    except FileNotFoundError:
        raise InputError(
            "git is not installed (or not on PATH)",
            where=where,
            hint="install git, or pass the two versions as files",
        ) from None
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        message = lines[0] if lines else f"git exited with {proc.returncode}"
        message = message.removeprefix("fatal: ").removeprefix("error: ")
        raise InputError(f"git: {message}", where=where)
    return proc.stdout


def read_blob(spec: GitPath, *, cwd: str | None = None) -> bytes:
    """The bytes of `REV:path`, as stored (no textconv, no filters).

    Raises:
        InputError: when git is missing, the revision or path is unknown, or
            the path is not a file in that revision.
    """
    where = str(spec)
    kind = _git("cat-file", "-t", where, where=where, cwd=cwd).decode().strip()
    if kind != "blob":
        raise InputError(f"is a {kind} in git, not a file", where=where)
    return _git("cat-file", "blob", where, where=where, cwd=cwd)


def toplevel(*, cwd: str | None = None) -> Path:
    """The root of the working tree git paths are relative to.

    Raises:
        InputError: outside a git working tree.
    """
    out = _git("rev-parse", "--show-toplevel", where=cwd or ".", cwd=cwd)
    return Path(out.decode("utf-8", "surrogateescape").strip())


def is_commit(rev: str, *, cwd: str | None = None) -> bool:
    """Whether `rev` names a commit (a branch, tag, sha, HEAD~2, ...)."""
    try:
        _git(
            "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", where=rev, cwd=cwd
        )
    except InputError:
        return False
    return True


def split_range(spec: str, *, cwd: str | None = None) -> tuple[str, str | None]:
    """`A..B` -> (A, B); `A...B` -> (merge base of A and B, B), as git diff reads
    them (an empty side is HEAD); anything else -> (spec, None).

    Raises:
        InputError: when A and B share no history.
    """
    if "..." in spec:
        a, _, b = spec.partition("...")
        a, b = a or "HEAD", b or "HEAD"
        out = _git("merge-base", a, b, where=spec, cwd=cwd)
        return out.decode().strip(), b
    if ".." in spec:
        a, _, b = spec.partition("..")
        return a or "HEAD", b or "HEAD"
    return spec, None


def changed_articles(
    base: str,
    head: str | None = None,
    paths: tuple[str, ...] = (),
    *,
    cwd: str | None = None,
    suffixes: tuple[str, ...] = ARTICLE_SUFFIXES,
) -> list[ChangedFile]:
    """The article files changed from `base` to `head` (None: the working tree).

    As `git diff --name-status -M BASE [HEAD] -- PATHS`: renames are followed,
    so a renamed story is diffed against its old self; `paths` are pathspecs
    relative to `cwd`. Only files whose (old or new) name ends in `suffixes`.

    Raises:
        InputError: when git is missing or a revision is unknown.
    """
    revs = [base] if head is None else [base, head]
    where = "..".join(revs)
    for rev in revs:
        if not is_commit(rev, cwd=cwd):
            raise InputError(
                "unknown revision (not a commit, branch or tag)",
                where=rev,
                hint="fetch it first (CI checkouts are often shallow: "
                "fetch-depth: 0), or check the spelling",
            )
    out = _git(
        "diff",
        "--name-status",
        "-M",
        "-z",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        *revs,
        "--",
        *paths,
        where=where,
        cwd=cwd,
    )
    fields = out.decode("utf-8", "surrogateescape").split("\0")
    files: list[ChangedFile] = []
    i = 0
    while i < len(fields) and fields[i]:
        status = fields[i][0]
        if status in "RC":
            old, new = fields[i + 1], fields[i + 2]
            i += 3
        else:
            old = new = fields[i + 1]
            i += 2
        if status == "A":
            old = None
        elif status == "D":
            new = None
        elif status not in "MRCT":
            continue  # U (unmerged), X: nothing to read
        if not any(p is not None and p.lower().endswith(suffixes) for p in (old, new)):
            continue
        if status == "C":
            # A copy is a new file; its source did not change.
            status, old = "A", None
        files.append(ChangedFile(status=status, old=old, new=new))
    return files
