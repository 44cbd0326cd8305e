"""factcheck: extract and check the claims in news copy."""

from __future__ import annotations

__version__ = "0.1.0"
