"""Property-based requests generated from the app's own /openapi.json (schemathesis, in process over ASGI):
whatever a client sends, the server answers without a server error, in the one error shape when it refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from bilateral.web import create_app  # noqa: E402

EXAMPLES_PER_OPERATION = 30


def operations(db: Path) -> list[Any]:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db))
    return [result.ok() for result in schema.get_all_operations()]


def test_every_operation_is_covered(db_path: Path) -> None:
    labels = {op.label for op in operations(db_path)}
    assert {"GET /api/dyads", "GET /api/dyads/{pair}", "GET /api/facts", "POST /api/documents"} <= labels


def test_no_server_errors(db_path: Path) -> None:
    failures: list[str] = []
    for op in operations(db_path):

        @given(case=op.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def run(case: Any) -> None:
            response = case.call_and_validate(checks=[not_a_server_error])
            assert response.status_code < 500
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body

        try:
            run()
        except Exception as exc:  # collect every operation's failure, then report them together
            failures.append(f"{op.label}: {exc}")
    assert not failures, "\n\n".join(failures)
