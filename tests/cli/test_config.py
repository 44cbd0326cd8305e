"""cli/config.py: factcheck.toml and [tool.factcheck] for the check command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.check import Severity
from factcheck.cli.config import build_config, find_config, read_config
from factcheck.errors import InputError


def test_check_config_found_upward(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\nfail-on = "warning"\nreference = "facts.yaml"\n'
        '[tool.factcheck.severity]\nunattributed-count = "off"\n'
    )
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    found = find_config(deep)
    assert found == tmp_path / "pyproject.toml"
    config, options = build_config(read_config(found), path=found)
    assert options["fail-on"] == "warning"
    assert options["reference"] == [str(tmp_path / "facts.yaml")]
    assert config.severity("unattributed-count") is Severity.OFF
    (deep / "factcheck.toml").write_text("about = 0.25\n")
    assert find_config(deep) == deep / "factcheck.toml"


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"severity": {"no-such-rule": "error"}}, "unknown rule"),
        ({"severity": {"vague-attribution": "loud"}}, "is not error"),
        ({"fail-on": "info"}, "fail-on must be one of"),
        ({"about": "ten"}, "about must be a number"),
        ({"about": 3}, "between 0 and 1"),
    ],
)
def test_check_config_errors(table: dict[str, Any], words: str) -> None:
    with pytest.raises(InputError, match=words):
        build_config(table, path=Path("factcheck.toml"))
