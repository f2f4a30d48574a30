"""Cases listed in known_gaps.txt are expected failures: phrasings the parse frames do not read yet."""

from __future__ import annotations

from pathlib import Path

import pytest

_GAPS = {
    line.strip()
    for line in Path(__file__).with_name("known_gaps.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.split("partnership/", 1)[-1] in _GAPS:
            item.add_marker(pytest.mark.xfail(reason="not yet read by the parse frames (known_gaps.txt)", strict=False))
