"""The README's Python API examples run as written, and print what their ``# →`` comments say."""

from __future__ import annotations

import contextlib
import io
import re

import pytest
from spacy.language import Language

from tests.conftest import ROOT

BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
EXPECTED = re.compile(r"#\s*→\s*(.+?)\s*$")


def blocks() -> list[str]:
    found = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found, "the README has Python examples"
    return found


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)  # the session's
    namespace: dict[str, object] = {"__name__": "readme"}
    checked = 0
    for code in blocks():
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), namespace)
        printed = out.getvalue().splitlines()
        expected = [m.group(1) for line in code.splitlines() if (m := EXPECTED.search(line))]
        assert printed == expected, code
        checked += len(expected)
    assert checked >= 5
