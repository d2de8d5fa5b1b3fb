"""The document: the text held once, and spans (sections, sentences, list items, tables) into it."""

from bilateral.document.load import ArticleError, detect_format, load, parse_text
from bilateral.document.model import Block, Cell, Doc, Field, Link, Row, Section, Table, Unit

__all__ = [
    "ArticleError",
    "Block",
    "Cell",
    "Doc",
    "Field",
    "Link",
    "Row",
    "Section",
    "Table",
    "Unit",
    "detect_format",
    "load",
    "parse_text",
]
