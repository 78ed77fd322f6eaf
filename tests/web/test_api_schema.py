"""Property-based check of the API against its own OpenAPI document (schemathesis, in-process)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import schemathesis
from hypothesis import HealthCheck, settings

from tearwise.knowledge import load_knowledge_base
from tearwise.web.app import create_app
from tests.web.conftest import FakeReader

if TYPE_CHECKING:
    from schemathesis.specs.openapi.schemas import OpenApiCase

APP = create_app(kb=load_knowledge_base(), reader_factory=FakeReader, allowed_hosts={"testserver"})
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case: OpenApiCase) -> None:
    response = case.call()
    case.validate_response(response)
    assert response.status_code < 500
