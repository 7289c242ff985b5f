"""``finkg validate`` and ``finkg evaluate``: the graph against its shapes, the extraction against gold."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.base import main, opened, store_option


@main.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@store_option
def validate(file: str | None, store: str | None) -> None:
    """Check a graph against the SHACL shapes: the store's articles, or an RDF FILE.

    Exits with status 1 when the graph does not conform.

    \b
    Example:
      finkg validate
      finkg export -o out/finkg.ttl && finkg validate out/finkg.ttl
    """
    from pipeline.graph.shapes import validate as run_validate

    if file is not None:
        result = run_validate(Path(file))
    else:
        with opened(store, read_only=True) as source:
            result = run_validate(source.statements(include_static=False))
    click.echo(result.text.rstrip())
    if not result.conforms:
        sys.exit(1)


@main.command()
@click.option(
    "--gold",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Gold JSON files [corpus/gold].",
)
@click.option(
    "--articles",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Articles [corpus/articles].",
)
@click.option("--per-article", is_flag=True, help="Also a table per article.")
@click.option(
    "--show-errors", is_flag=True, help="List every false positive, false negative and attribute error."
)
def evaluate(gold: str | None, articles: str | None, per_article: bool, show_errors: bool) -> None:
    """Score the extraction against gold annotations: precision, recall, F1 per category.

    \b
    Example:
      finkg evaluate
      finkg evaluate --gold corpus/gold --articles corpus/articles --per-article
    """
    from pipeline.eval.evaluate import evaluate as run_evaluate
    from pipeline.resources import corpus_dir

    report = run_evaluate(gold or corpus_dir("gold"), articles or corpus_dir("articles"))
    click.echo(report.format(per_article=per_article, show_errors=show_errors))
