"""The knowledge base: articles' facts in one SQLite file, with provenance, revisions and full-text search.

>>> with Store.open("bilateral.db") as store:          # doctest: +SKIP
...     store.ingest_document(article)                   # one transaction per article
...     store.show("Finland", "EE")                      # plain dicts and lists

See ``migrations/`` for the schema (numbered migrations; a newer schema is refused, never altered).
"""

from bilateral.store.core import (
    APPLICATION_ID,
    DocumentError,
    IngestResult,
    Payload,
    Store,
    StoreError,
    migrations,
    schema_version,
)

__all__ = [
    "APPLICATION_ID",
    "DocumentError",
    "IngestResult",
    "Payload",
    "Store",
    "StoreError",
    "migrations",
    "schema_version",
]
