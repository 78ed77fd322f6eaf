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


#: ECMA-262's ``\s`` (what JSON Schema validators and schemathesis read in a ``pattern``).
_ECMA_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def _as_ecma(pattern: str) -> str:
    """``pattern`` with ``\\s`` and ``\\S`` spelled out as ECMA-262 reads them."""
    return pattern.replace(r"\S", f"[^{_ECMA_SPACE}]").replace(r"\s", _ECMA_SPACE)


def test_the_narrative_pattern_refuses_every_text_the_server_reads_as_empty() -> None:
    """A narrative of whitespace alone is refused with 422; the schema must not call it valid,
    or outside clients that trust the schema send it (schemathesis found "\\u0085")."""
    import re

    from tearwise.web.routes_api import assess_body_schema

    pattern = assess_body_schema(load_knowledge_base())["properties"]["narrative"]["pattern"]
    blanks = [chr(c) for c in range(0x3001) if chr(c).isspace()]
    assert "\x85" in blanks and "\x1c" in blanks
    for blank in blanks:
        assert not re.search(_as_ecma(pattern), blank * 3), repr(blank)
        assert not re.search(pattern, blank * 3), repr(blank)
    assert re.search(_as_ecma(pattern), " a ") and re.search(pattern, " a ")
