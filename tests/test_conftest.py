"""The suite's own guards: CI fails without the model, hypothesis is seeded in CI."""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import settings

from . import conftest


class _Item:
    """Just enough of a pytest.Item for the collection hook."""

    def __init__(self, *markers: str) -> None:
        self.keywords = dict.fromkeys(markers, True)
        self.added: list[Any] = []

    def add_marker(self, marker: Any) -> None:
        self.added.append(marker)


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conftest, "_model_installed", lambda: False)


def test_without_the_model_ci_refuses_to_skip_model_tests(
    no_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    items = [_Item("model"), _Item(), _Item("model")]
    with pytest.raises(pytest.UsageError, match="2 model tests would be skipped"):
        conftest.pytest_collection_modifyitems(None, items)  # type: ignore[arg-type]


def test_without_the_model_locally_model_tests_are_skipped(
    no_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    model, plain = _Item("model"), _Item()
    conftest.pytest_collection_modifyitems(None, [model, plain])  # type: ignore[arg-type]
    assert [m.name for m in model.added] == ["skip"]
    assert plain.added == []


def test_ci_without_model_tests_selected_runs(
    no_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    plain = _Item()
    conftest.pytest_collection_modifyitems(None, [plain])  # type: ignore[arg-type]
    assert plain.added == []


def test_ci_script_sets_ci() -> None:
    script = (conftest.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'export CI="${CI:-true}"' in script


def test_hypothesis_is_derandomized_exactly_when_ci_is_set() -> None:
    assert settings.get_profile("ci").derandomize is True
    assert settings.default.derandomize is bool(os.environ.get("CI"))
