"""The house rules of the layout, checked on the source: sizes, where Chinese text lives, which
room imports which, and the README's map of the rooms.

- No module of ``pipeline/`` over MODULE_MAX lines, no class over CLASS_MAX lines.
- No Chinese string literal in a code module outside ``pipeline/lang/`` (language data are tables
  in ``lang/zh``): a string constant — docstrings aside — written with a Han character, or holding
  two or more of them through escapes. Single code points written as escapes (``"\\u4e00" <= ch``,
  the bounds of a script test) are not words and pass. ALLOWED lists the exceptions with the
  reason for each; it is empty.
- Dependencies point one way: a room imports only rooms before it in ROOMS.
- README's "What is where" names every package of ``pipeline/``.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PIPELINE = ROOT / "pipeline"
MODULE_MAX = 600
CLASS_MAX = 300
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: (path relative to the repository, line) → why that literal stays in code. Empty: none does.
ALLOWED: dict[tuple[str, int], str] = {}
#: The rooms in data-flow order; each may import the rooms before it. The top-level modules
#: (every ``pipeline/*.py``: ``pipeline.errors``, ``pipeline.resources``, ``pipeline.fingerprint``
#: …) are shared by every room.
ROOMS = ("model", "lang", "text", "read", "nlp", "graph", "store", "eval", "ingest", "serve", "cli")
SHARED = frozenset(p.stem for p in PIPELINE.glob("*.py"))


def modules() -> list[Path]:
    return sorted(PIPELINE.rglob("*.py"))


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_no_module_is_over_the_limit() -> None:
    sizes = {rel(p): len(p.read_text(encoding="utf-8").splitlines()) for p in modules()}
    assert {m: n for m, n in sizes.items() if n > MODULE_MAX} == {}


def test_no_class_is_over_the_limit() -> None:
    big = {}
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > CLASS_MAX:
                    big[f"{rel(path)}:{node.name}"] = size
    assert big == {}


def _docstring_starts(tree: ast.Module) -> set[tuple[int, int]]:
    starts = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                starts.add((first.lineno, first.col_offset))
    return starts


def chinese_literals(source: str) -> list[tuple[int, str]]:
    """(line, literal) of the lines of ``source`` holding a string literal of Chinese text."""
    tree = ast.parse(source)
    docs = _docstring_starts(tree)
    found: dict[int, str] = {}  # line → its first such literal
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING and tok.start not in docs and HAN.search(tok.string):
            found.setdefault(tok.start[0], tok.string)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and (node.lineno, node.col_offset) not in docs
            and len(HAN.findall(node.value)) >= 2
        ):
            found.setdefault(node.lineno, repr(node.value))
    return sorted(found.items())


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param('X = "億"\n', [(1, '"億"')], id="a-word-in-code"),
        pytest.param('X = f"{n}万元"\n', [(1, 'f"{n}万元"')], id="an-f-string"),
        pytest.param('X = "\\u5104\\u5143"\n', [(1, "'億元'")], id="a-word-in-escapes"),
        pytest.param('"""億 in a docstring."""\nX = 1\n', [], id="a-module-docstring"),
        pytest.param('def f():\n    """元."""\n', [], id="a-function-docstring"),
        pytest.param('ok = "\\u4e00" <= ch <= "\\u9fff"\n', [], id="code-point-bounds"),
        pytest.param("X = 1  # 億 in a comment\n", [], id="a-comment"),
    ],
)
def test_what_counts_as_a_chinese_literal(source: str, expected: list[tuple[int, str]]) -> None:
    assert chinese_literals(source) == expected


def test_no_chinese_literals_outside_lang() -> None:
    found = {
        (rel(path), line): literal
        for path in modules()
        if "lang" not in path.relative_to(PIPELINE).parts
        for line, literal in chinese_literals(path.read_text(encoding="utf-8"))
    }
    assert {k: v for k, v in found.items() if k not in ALLOWED} == {}
    assert set(ALLOWED) <= set(found), "an allowed literal is gone: drop it from ALLOWED"


def _room(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "pipeline" and len(parts) > 1 else None


def test_rooms_import_only_earlier_rooms() -> None:
    rooms = {p.name for p in PIPELINE.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    assert rooms == set(ROOMS)
    upward = []
    for path in modules():
        parts = path.relative_to(PIPELINE).parts
        if len(parts) == 1:
            continue  # a shared top-level module
        here = ROOMS.index(parts[0])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module]
                if isinstance(node, ast.ImportFrom) and node.module and not node.level
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            for name in names:
                room = _room(name)
                if room is None or room in SHARED or room == parts[0]:
                    continue
                if room not in ROOMS or ROOMS.index(room) > here:
                    upward.append(f"{rel(path)}:{node.lineno} imports {name}")
    assert upward == []


def test_the_readme_map_names_every_package() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    where = readme.split("## What is where", 1)[1].split("\n## ", 1)[0]
    packages = sorted(
        p.relative_to(ROOT).as_posix() + "/"
        for p in PIPELINE.rglob("__init__.py")
        for p in [p.parent]
        if p != PIPELINE
    )
    named = {m.group(1) for m in re.finditer(r"^\s+([\w/]+/)\s", where, re.M)}
    # the map is indented by room ("nlp/" then "  quantities/"); "lang/zh/" names lang/ too
    missing = [
        p for p in packages if not any(p.endswith("/" + n) or ("pipeline/" + n).startswith(p) for n in named)
    ]
    assert missing == []
