"""``finkg validate`` and ``finkg evaluate``: the graph against its shapes, the extraction against gold."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.base import main, opened, store_option
from pipeline.cli.options import echo_json, json_option


@main.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@store_option
@json_option
def validate(file: str | None, store: str | None, as_json: bool) -> None:
    """Check a graph against the SHACL shapes: the store's articles, or an RDF FILE.

    Exits with status 1 when the graph does not conform.

    \b
    Example:
      finkg validate
      finkg export -o out/finkg.ttl && finkg validate out/finkg.ttl
      finkg validate --json
    """
    from pipeline.graph.shapes import validate as run_validate

    if file is not None:
        result = run_validate(Path(file))
    else:
        with opened(store, read_only=True) as source:
            result = run_validate(source.statements(include_static=False))
    if as_json:
        echo_json(result.to_json())
    else:
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
@json_option
def evaluate(
    gold: str | None, articles: str | None, per_article: bool, show_errors: bool, as_json: bool
) -> None:
    """Score the extraction against gold annotations: precision, recall, F1 per category.

    Deals are also scored with tests of the match left out (type only, without amount …), which
    says which test fails. To score the rules on names no gazetteer lists, rewrite a gold set with
    new trade names first: python -m pipeline.eval.name_swap --gold G --articles A --out O.

    \b
    Example:
      finkg evaluate
      finkg evaluate --gold corpus/gold --articles corpus/articles --per-article
      finkg evaluate --json
    """
    from pipeline.cli.progress import progress
    from pipeline.eval.evaluate import evaluate as run_evaluate
    from pipeline.resources import corpus_dir

    gold_dir = Path(gold) if gold else corpus_dir("gold")
    with progress("evaluating", len(list(gold_dir.glob("*.json")))) as step:
        report = run_evaluate(gold_dir, articles or corpus_dir("articles"), progress=lambda name: step())
    if as_json:
        # the totals and per-article scores; the error items only with --show-errors
        data = report.to_json()
        if not show_errors:
            for item in data["articles"]:
                item.pop("errors", None)
        if not per_article:
            data.pop("articles")
        echo_json(data)
    else:
        click.echo(report.format(per_article=per_article, show_errors=show_errors))
