# Quick start: `make demo` and `make test`. Both create .venv and install on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.finkg-installed
STORE  ?= finkg-data
OUT    ?= out

.PHONY: install demo test lint typecheck bench evaluate clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,lac]'
	# bytecode of the editable package now: a process that may not write it (PYTHONDONTWRITEBYTECODE)
	# would compile every module at each start (~0.15 s of `finkg extract`)
	$(BIN)/python -m compileall -q pipeline
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/finkg ingest corpus/articles --store $(STORE)
	$(BIN)/finkg demo --store $(STORE)
	mkdir -p $(OUT)
	$(BIN)/finkg export --store $(STORE) --format turtle -o $(OUT)/finkg.ttl
	@echo "Turtle export written to $(OUT)/finkg.ttl"

lint: install
	$(BIN)/ruff check pipeline tests bench
	$(BIN)/ruff format --check pipeline tests bench

typecheck: install
	$(BIN)/mypy pipeline bench

test: install lint typecheck
	$(BIN)/pytest -q

evaluate: install
	$(BIN)/finkg evaluate

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(STORE) $(OUT) build dist .pytest_cache .mypy_cache .ruff_cache
