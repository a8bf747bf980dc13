"""The API against its own OpenAPI description, by a property-based tester: for every endpoint,
valid and invalid values of every documented parameter, never a 5xx, and every response as
described (status, content type, body)."""

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from hub.api import registry
from hub.wsgi import application

pytestmark = pytest.mark.django_db

EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(autouse=True)
def unthrottled(settings):
    settings.HUB_API_RATE = "1000000/minute"


@pytest.fixture
def keep_connection():
    """Requests go through the WSGI handler itself, whose end-of-request signal would close the
    database connection in the middle of the test's transaction (on PostgreSQL); Django's test
    client disconnects it the same way."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def schema(unthrottled, keep_connection):
    return schemathesis.openapi.from_wsgi("/api/v2/openapi.json", application)


def test_the_description_names_every_endpoint_and_filter(client):
    description = client.get("/api/v2/openapi.json").json()
    assert description["openapi"].startswith("3.")
    pages = description["paths"]["/api/v2/pages/"]["get"]
    names = {parameter["name"] for parameter in pages["parameters"]}
    assert {"type", "locale", "neighborhood", "unit", "status", "date_from", "date_to"} <= names
    assert {"order", "limit", "offset", "fields"} <= names
    for endpoint in ("pages", "neighborhoods", "images", "documents", "units"):
        assert f"/api/v2/{endpoint}/" in description["paths"]
        assert f"/api/v2/{endpoint}/{{id}}/" in description["paths"]
    status = next(p for p in pages["parameters"] if p["name"] == "status")
    assert status["schema"]["enum"]
    project = description["components"]["schemas"]["Pages"]["properties"]
    assert project["latitude"]["type"] == "number"


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_every_operation_against_its_description(schema, mode):
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 10
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case):
            cache.clear()
            response = case.call()
            case.validate_response(response, checks=CHECKS)

        run()


def operations(schema):
    return {result.ok().label: result.ok() for result in schema.get_all_operations()}


@pytest.mark.parametrize("page_type", list(registry.page_types))
def test_every_types_full_fields_match_the_description(schema, page_type):
    found = operations(schema)
    case = found["GET /api/v2/pages/"].Case(query={"type": page_type, "fields": "*", "limit": 50})
    response = case.call()
    case.validate_response(response, checks=CHECKS)
    items = response.json()["items"]
    assert items
    detail = found["GET /api/v2/pages/{id}/"].Case(path_parameters={"id": items[0]["id"]})
    detail.validate_response(detail.call(), checks=CHECKS)


@pytest.mark.parametrize("endpoint", ["neighborhoods", "images", "documents", "units"])
def test_other_endpoints_full_fields_match_the_description(schema, endpoint):
    found = operations(schema)
    case = found[f"GET /api/v2/{endpoint}/"].Case(query={"fields": "*", "limit": 50})
    response = case.call()
    case.validate_response(response, checks=CHECKS)
    first = response.json()["items"][0]["id"]
    detail = found[f"GET /api/v2/{endpoint}/{{id}}/"].Case(path_parameters={"id": first})
    detail.validate_response(detail.call(), checks=CHECKS)


def test_the_checks_catch_a_response_that_breaks_the_description(schema):
    case = operations(schema)["GET /api/v2/units/"].Case(query={"limit": 1})
    response = case.call()
    response.json()["items"][0]["unexpected"] = 1  # the parsed body the checks read
    with pytest.raises(FailureGroup):
        case.validate_response(response, checks=CHECKS)
