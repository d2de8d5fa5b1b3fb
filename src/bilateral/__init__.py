"""bilateral: facts about the relations between two countries, read from articles, with evidence."""

__version__ = "0.1.0"
