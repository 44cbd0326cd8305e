"""factcheck: extract and check the claims in news copy.

The Python API (extract, extract_many, diff, check, to_rows) is imported on
first use, so `import factcheck` costs no spaCy or dateparser import.
"""

from __future__ import annotations

import sys
import types

__version__ = "0.1.0"

# Not `from typing import TYPE_CHECKING`: importing typing alone would make
# `import factcheck` ten times slower. Type checkers read this name alike.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .api import (
        ROW_COLUMNS,
        check,
        diff,
        extract,
        extract_many,
        to_rows,
    )
    from .check import CheckConfig, CheckReport
    from .diff import ClaimDiff
    from .records import (
        ActorClaim,
        AttributionClaim,
        Claim,
        ClaimKind,
        CountClaim,
        DateClaim,
        Diagnostic,
        Document,
        Extraction,
    )

# Public name -> the module that defines it (imported when the name is first used).
_LAZY = {
    "check": "api",
    "diff": "api",
    "extract": "api",
    "extract_many": "api",
    "to_rows": "api",
    "ROW_COLUMNS": "api",
    "CheckConfig": "check",
    "CheckReport": "check",
    "ClaimDiff": "diff",
    "ActorClaim": "records",
    "AttributionClaim": "records",
    "Claim": "records",
    "ClaimKind": "records",
    "CountClaim": "records",
    "DateClaim": "records",
    "Diagnostic": "records",
    "Document": "records",
    "Extraction": "records",
}

__all__ = [
    "ROW_COLUMNS",
    "ActorClaim",
    "AttributionClaim",
    "CheckConfig",
    "CheckReport",
    "Claim",
    "ClaimDiff",
    "ClaimKind",
    "CountClaim",
    "DateClaim",
    "Diagnostic",
    "Document",
    "Extraction",
    "__version__",
    "check",
    "diff",
    "extract",
    "extract_many",
    "to_rows",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        # An AttributeError lets `from factcheck import timex` import the submodule.
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


# API functions that share their name with a submodule (the extract package,
# diff.py, check): importing a submodule binds it as an attribute of its package,
# so `factcheck.diff(old, new)` would then call a module.
_SHADOWED = frozenset({"check", "diff", "extract"})


class _CallableModule(types.ModuleType):
    """A submodule that, called, runs the API function of its name."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from . import api

        return getattr(api, self.__name__.rpartition(".")[2])(*args, **kwargs)


class _Package(types.ModuleType):
    """The package: factcheck.extract/diff/check stay callable once imported.

    Until its submodule is imported, `factcheck.diff` is the API function; after,
    it is the module (so `import factcheck.diff as m; m.diff_claims` keeps
    working), made callable with the function's behaviour.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and type(value) is types.ModuleType:
            value.__class__ = _CallableModule
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
