"""Options several commands share: format names (with their aliases and shell completion), --json."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import click
from click.shell_completion import CompletionItem

from pipeline.errors import FinkgError

F = TypeVar("F", bound=Callable[..., Any])


class FormatName(click.ParamType):
    """A format name, alias or MIME type, resolved by ``resolve`` (``pipeline.store.formats``);
    completes the names it knows."""

    name = "format"

    def __init__(self, names: list[str], resolve: Callable[[str], str] | None = None) -> None:
        self.names = names
        self.resolve = resolve

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        if self.resolve is None:
            return text
        try:
            self.resolve(text)
        except FinkgError as e:
            self.fail(str(e), param, ctx)
        return text

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[CompletionItem]:
        return [CompletionItem(n) for n in self.names if n.startswith(incomplete.lower())]

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "FORMAT"


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(f)


def echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))
