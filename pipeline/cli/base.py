"""The ``finkg`` group and what every command shares: domain errors → ``ClickException``, --store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from pipeline import __version__
from pipeline.errors import FinkgError
from pipeline.store import ENV_VAR, EmbeddedStore, RemoteStore, open_store

F = TypeVar("F", bound=Callable[..., Any])


class FinkgCommand(click.Command):
    """Domain errors become one clean line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FinkgError as e:
            raise click.ClickException(str(e)) from e


class FinkgGroup(click.Group):
    command_class = FinkgCommand


def store_option(f: F) -> F:
    return click.option(
        "--store",
        "store",
        envvar=ENV_VAR,
        default=None,
        metavar="DIR|URL",
        help=f"Store directory (embedded Oxigraph) or SPARQL endpoint URL "
        f"[env {ENV_VAR}; default ./finkg-data].",
    )(f)


def force_option(f: F) -> F:
    return click.option(
        "--force",
        is_flag=True,
        default=False,
        help="Create the store even in a directory that already holds other files.",
    )(f)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@contextmanager
def opened(
    location: str | None, read_only: bool = False, force: bool = False
) -> Iterator[EmbeddedStore | RemoteStore]:
    store = open_store(location, read_only=read_only, force=force)
    try:
        yield store
    finally:
        store.close()


@click.group(cls=FinkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="finkg")
def main() -> None:
    """finkg: Chinese financial news (Traditional and Simplified) into an RDF knowledge graph.

    \b
    Example:
      finkg ingest corpus/articles
      finkg query --name deals-of-company --param company=NVIDIA
      finkg export -o finkg.ttl
    """
