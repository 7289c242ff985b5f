"""A non-editable install finds its ontology and queries when used from outside the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pipeline import __version__ as pipeline_version
from pipeline.graph.queries import EVERY_ROW_SUFFIX
from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.slow

PROBE = """
import json, sys
import pipeline
from pipeline.resources import data_dir, ontology_file
from pipeline.graph.queries import load_named_queries
from pipeline.ingest import ensure_static
from pipeline.store import open_store
with open_store(":memory:") as store:
    static = ensure_static(store)
print(json.dumps({
    "package": pipeline.__file__,
    "ontology": str(data_dir("ontology")),
    "queries": str(data_dir("queries")),
    "shapes": ontology_file("shapes.ttl").is_file(),
    "named": sorted(load_named_queries()),
    "every_row": sorted(n for n, q in load_named_queries().items() if q.every_row),
    "static": static,
}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheels = tmp_path_factory.mktemp("wheels")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("finkg-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "pipeline/_data/ontology/finkg.ttl" in names
    assert any(n.startswith("pipeline/_data/queries/") and n.endswith(".rq") for n in names)
    assert not any(n.startswith(("tests/", "corpus/")) for n in names)
    # finkg serve's templates, static files and the vendored library with its licence
    for shipped in (
        "pipeline/serve/templates/article.html",
        "pipeline/serve/static/finkg.css",
        "pipeline/serve/static/vendor/cytoscape/cytoscape.min.js",
        "pipeline/serve/static/vendor/cytoscape/LICENSE",
    ):
        assert shipped in names, shipped
    assert "pipeline/py.typed" in names and "pipeline/_data/ontology/context.jsonld" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") or n.endswith(".dist-info/LICENSE") for n in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    version = next(
        line.split(":", 1)[1].strip()
        for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
        if line.startswith("Version:")
    )
    assert version == pipeline_version, "the wheel's version is pipeline.__version__"
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    return target


def _run(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(target)}
    env.pop("FINKG_STORE", None)
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_installed_package_finds_its_data(installed: Path, tmp_path: Path) -> None:
    result = _run(installed, tmp_path, "-c", PROBE)
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout)
    assert probe["package"].startswith(str(installed)), "imported the checkout, not the install"
    assert probe["ontology"] == str(installed / "pipeline" / "_data" / "ontology")
    assert probe["queries"] == str(installed / "pipeline" / "_data" / "queries")
    assert probe["shapes"] is True
    named = sorted(p.stem for p in (ROOT / "queries").glob("*.rq") if not p.name.endswith(EVERY_ROW_SUFFIX))
    assert probe["named"] == named
    # a listing's every-row formulation ships beside it (queries/<name>.every-row.rq)
    every_row = (ROOT / "queries").glob(f"*{EVERY_ROW_SUFFIX}")
    assert probe["every_row"] == sorted(p.name.removesuffix(EVERY_ROW_SUFFIX) for p in every_row)
    assert probe["static"] == ["https://w3id.org/finkg/id/graph/static/ontology"]


def test_installed_cli_ingests_and_queries(installed: Path, tmp_path: Path) -> None:
    article = CORPUS / "articles" / "01_spdb-huarui-syndicated-loan.txt"
    cli = ("-c", "import sys; from pipeline.cli import main; sys.exit(main())")
    ingested = _run(installed, tmp_path, *cli, "ingest", str(article), "--store", "store")
    assert ingested.returncode == 0, ingested.stderr
    assert "1 new" in ingested.stdout
    listed = _run(installed, tmp_path, *cli, "query", "--list", "--store", "store")
    assert listed.returncode == 0, listed.stderr
    name = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))[0]
    assert name in listed.stdout
    stats = _run(installed, tmp_path, *cli, "stats", "--store", "store")
    assert "static graphs   1" in stats.stdout
    exported = _run(installed, tmp_path, *cli, "export", "--store", "store", "-o", "x.jsonld")
    assert exported.returncode == 0, exported.stderr
    assert json.loads((tmp_path / "x.jsonld").read_text(encoding="utf-8"))["@context"]["fin"]
