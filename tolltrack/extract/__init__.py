"""Article text -> claim records. Pure functions of the text and its publication date; no I/O."""

from tolltrack.extract.pipeline import extract

__all__ = ["extract"]
