"""The web layer: a JSON API with OpenAPI and server-rendered pages over a bilateral store.

Start it with ``bilateral serve --db bilateral.db`` or build the ASGI app with :func:`create_app`.
"""

from bilateral.web.app import create_app

__all__ = ["create_app"]
