"""cli/check.py: which files `factcheck check` reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli.check import expand_articles
from factcheck.errors import InputError


def test_check_expand_articles_dirs_and_globs(tmp_path: Path) -> None:
    (tmp_path / "copy" / "sub").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for name in (
        "copy/a.md",
        "copy/sub/b.html",
        "copy/c.txt",
        "copy/d.py",
        ".git/e.txt",
    ):
        (tmp_path / name).write_text("x")
    found = expand_articles([str(tmp_path)])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == [
        "copy/a.md",
        "copy/c.txt",
        "copy/sub/b.html",
    ]
    globbed = expand_articles([str(tmp_path / "copy" / "**" / "*.html")])
    assert [Path(p).name for p in globbed] == ["b.html"]
    with pytest.raises(InputError, match="no files match"):
        expand_articles([str(tmp_path / "*.nothing")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"no \.txt, \.md or \.html"):
        expand_articles([str(tmp_path / "empty")])
