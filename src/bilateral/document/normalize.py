"""Normalization for matching that never shifts offsets: one character in, one character out."""

from __future__ import annotations

# Each entry maps one code point to one code point, so a normalized string has the same length as the
# original and every offset found in it is an offset in the original. En and em dashes are kept: they
# mark ranges ("2–3 December") and the date grammar reads them.
_MAP = {
    0x00A0: " ",  # no-break space
    0x202F: " ",  # narrow no-break space
    0x2007: " ",  # figure space
    0x2009: " ",  # thin space
    0x200A: " ",  # hair space
    0x2002: " ",
    0x2003: " ",
    0x3000: " ",
    0x0009: " ",  # tab
    0x2010: "-",  # hyphen
    0x2011: "-",  # non-breaking hyphen
    0x2012: "-",  # figure dash
    0x2212: "-",  # minus sign
    0x2018: "'",
    0x2019: "'",
    0x201A: "'",
    0x201B: "'",
    0x2032: "'",
    0x02BC: "'",  # modifier letter apostrophe
    0x201C: '"',
    0x201D: '"',
    0x201E: '"',
    0x00AB: '"',
    0x00BB: '"',
    0x00AD: " ",  # soft hyphen (kept as a character so offsets stay)
    0x200B: " ",  # zero-width space
    0xFEFF: " ",  # a BOM inside the text
}
_TABLE = str.maketrans(_MAP)


def normalize(text: str) -> str:
    """The matching view of ``text``: the same length, with look-alike characters folded."""
    return text.translate(_TABLE)
