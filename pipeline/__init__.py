"""finkg: Chinese financial news into a knowledge graph.

The package is named ``pipeline`` (the user's layout); the distribution and command are ``finkg``.
"""

__version__ = "0.1.0"
