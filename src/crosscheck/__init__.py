"""crosscheck: one story, two languages, the same facts."""

__version__ = "0.1.0"

__all__ = ["__version__"]
