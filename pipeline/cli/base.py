"""The ``finkg`` group and what every command shares: domain errors → ``ClickException``, --store.

No traceback reaches a user: a domain error (``FinkgError``) is one line naming the input and
the problem; any other exception is a bug, reported as one line naming the log file that holds
its traceback (``finkg --debug …`` or ``FINKG_DEBUG=1`` prints the traceback instead).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import click

from pipeline import __version__
from pipeline.errors import FinkgError
from pipeline.store import ENV_VAR, open_store

if TYPE_CHECKING:
    from pipeline.store import EmbeddedStore, RemoteStore

F = TypeVar("F", bound=Callable[..., Any])

#: set (to anything but "" or "0") to print the traceback of an unexpected error
DEBUG_ENV_VAR = "FINKG_DEBUG"
#: exit status of an unexpected error (a domain error exits with 1)
BUG_STATUS = 2


class InternalError(click.ClickException):
    """An unexpected exception: one line on stderr, the traceback in a log file."""

    exit_code = BUG_STATUS


def _debugging(ctx: click.Context) -> bool:
    if ctx.find_root().meta.get("finkg.debug"):
        return True
    return os.environ.get(DEBUG_ENV_VAR, "") not in ("", "0")


def write_traceback(error: BaseException) -> str:
    """The traceback of ``error`` in a new log file (in the temporary directory); its path."""
    fd, path = tempfile.mkstemp(prefix="finkg-error-", suffix=".log")
    with os.fdopen(fd, "w", encoding="utf-8") as log:
        log.write("".join(traceback.format_exception(error)))
    return path


class FinkgCommand(click.Command):
    """Domain errors become one clean line on stderr and exit status 1; any other exception one
    line naming the log file with its traceback, exit status 2 (with --debug: the traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FinkgError as e:
            raise click.ClickException(str(e)) from e
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as e:
            if _debugging(ctx):
                raise
            path = write_traceback(e)
            raise InternalError(
                f"internal error: {type(e).__name__}: {e} (a bug in finkg; the traceback is in "
                f"{path}; run with --debug or {DEBUG_ENV_VAR}=1 to see it)"
            ) from e


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
@click.option(
    "--debug",
    is_flag=True,
    envvar=DEBUG_ENV_VAR,
    help=f"Show the traceback of an unexpected error (a bug) instead of one line [env {DEBUG_ENV_VAR}].",
)
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """finkg: Chinese financial news (Traditional and Simplified) into an RDF knowledge graph.

    \b
    Example:
      finkg ingest corpus/articles
      finkg query --name deals-of-company --param company=NVIDIA
      finkg export -o finkg.ttl
    """
    ctx.meta["finkg.debug"] = debug
    from pipeline.lean_import import spacy_without_cli
    from pipeline.regex_programs import recorded

    spacy_without_cli()  # before a command imports spaCy
    if ctx.invoked_subcommand:  # before it imports the modules that compile patterns
        ctx.with_resource(recorded(ctx.invoked_subcommand))
