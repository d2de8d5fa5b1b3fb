"""Scale: whole MediaWiki dumps streamed and extracted in parallel on one machine, Apache Spark beyond it.

- :mod:`bilateral.scale.dump` reads a dump (``.xml``, ``.xml.bz2``, multistream with its index) page by
  page in flat memory;
- :mod:`bilateral.scale.selection` keeps the articles about the relations of two countries;
- :mod:`bilateral.scale.ingest` extracts them in a process pool and stores them (``bilateral ingest``);
- :mod:`bilateral.scale.spark` does the same on a Spark cluster and writes the facts as Parquet;
- :mod:`bilateral.scale.facts` is the flat (one row per fact) form of the contract both use.

Nothing heavy is imported here: ``bilateral ingest`` asks :func:`handles` about every path it is given.
"""

from __future__ import annotations


def handles(path: str) -> bool:
    """Whether ``bilateral ingest`` should hand this path to the scale layer (a dump or Parquet facts)."""
    low = path.lower().rstrip("/\\")
    return low.endswith((".xml", ".xml.bz2", ".parquet"))


__all__ = ["handles"]
