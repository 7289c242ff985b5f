"""spaCy imported without its command line (pipeline.lean_import), in fresh interpreters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import sys
from pipeline.lean_import import spacy_without_cli
spacy_without_cli()
import spacy
print("cli" if "spacy.cli" in sys.modules else "no-cli")
print("hook" if any(type(f).__name__ == "SpacyWithoutCli" for f in sys.meta_path) else "no-hook")
print(type(spacy.__loader__).__name__)
"""


def _run(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True, timeout=120
    )
    return done.stdout.split()


def test_spacy_imports_without_its_cli_and_the_hook_is_gone() -> None:
    assert _run(_PROBE) == ["no-cli", "no-hook", "SourceFileLoader"]


def test_the_real_cli_and_info_still_import_afterwards() -> None:
    code = _PROBE + "\nimport spacy.cli\nprint(callable(spacy.cli.setup_cli), callable(spacy.info))\n"
    assert _run(code)[-2:] == ["True", "True"]


def test_a_blank_chinese_pipeline_builds() -> None:
    code = _PROBE + "\nprint(spacy.blank('zh').lang)\n"
    assert _run(code)[-1] == "zh"


def test_nothing_happens_once_spacy_is_imported() -> None:
    import spacy  # noqa: F401

    from pipeline.lean_import import SpacyWithoutCli, spacy_without_cli

    spacy_without_cli()
    assert not any(isinstance(f, SpacyWithoutCli) for f in sys.meta_path)
