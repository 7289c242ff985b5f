"""finkg benchmarks: ``python -m bench`` (see bench/__main__.py). Ratios, not absolute claims."""
