"""The OpenAPI 3 description of the API, made from the endpoints as registered: their declared
parameters (hub.api.params), the `api_fields` of the models they serve and the schemas the
hub's serializer fields carry. Nothing here is written by hand per field, so it cannot drift."""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import JsonResponse
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from . import params

VERSION = "1.0"
ERROR = {
    "type": "object",
    "properties": {"message": {"type": "string"}, "detail": {"type": "string"}},
}
NESTED = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "meta": {"type": "object"}},
}
PAGE_META = {
    "type": {"type": "string"},
    "detail_url": {"type": "string"},
    "html_url": {"type": "string", "nullable": True},
    "slug": {"type": "string"},
    "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
    "locale": {"type": "string"},
    "search_description": {"type": "string"},
    "parent": {**NESTED, "nullable": True},
}
OTHER_META = {
    "type": {"type": "string"},
    "detail_url": {"type": "string"},
    "download_url": {"type": "string"},
}


def field_schema(model, api_field):
    """What a field of `model` looks like in a response."""
    serializer = api_field.serializer
    if serializer is not None:
        return dict(getattr(serializer, "schema", {}))
    try:
        field = model._meta.get_field(api_field.name)
    except FieldDoesNotExist:
        return {}
    schema = _django_field_schema(field)
    if getattr(field, "null", False) or (field.is_relation and field.null):
        schema["nullable"] = True
    return schema


def _django_field_schema(field):
    if field.is_relation:
        return dict(NESTED)
    if isinstance(field, StreamField):
        return {"type": "array", "items": {"type": "object"}}
    if isinstance(field, RichTextField):
        return {"type": "string"}
    if isinstance(field, models.BooleanField):
        return {"type": "boolean"}
    if isinstance(field, models.DateTimeField):
        return {"type": "string", "format": "date-time"}
    if isinstance(field, models.DateField):
        return {"type": "string", "format": "date"}
    if isinstance(field, models.IntegerField | models.AutoField):
        return {"type": "integer"}
    schema = {"type": "string"}
    if field.choices and not field.null:
        schema["enum"] = [key for key, _label in field.choices] + ([""] if field.blank else [])
    return schema


def item_schema(endpoint, models_):
    """Any item the endpoint may return, whatever `fields` asks for: the union of the models'
    fields (a name means the same in every type that has it)."""
    properties = {"id": {"type": "integer"}, "title": {"type": "string"}}
    for model in models_:
        for api_field in endpoint.get_body_fields(model):
            if api_field.name != "id":
                schema = field_schema(model, api_field)
                known = properties.setdefault(api_field.name, schema)
                if known != schema:
                    properties[api_field.name] = _common(known, schema)
    meta = PAGE_META if issubclass(endpoint.model, Page) else OTHER_META
    properties["meta"] = {"type": "object", "properties": dict(meta)}
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _common(one, other):
    """What two types' fields of one name share: the JSON type without the enums."""
    if one.get("type") != other.get("type"):
        return {}
    common = {"type": one["type"]}
    if one.get("nullable") or other.get("nullable"):
        common["nullable"] = True
    return common


def parameter(param, where="query"):
    return {
        "name": param.name,
        "in": where,
        "required": where == "path",
        "description": param.description,
        "schema": param.schema,
    }


def responses(schema, *codes):
    found = {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}
    for code, text in codes:
        found[code] = {
            "description": text,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
    return found


def endpoint_models(endpoint):
    if hasattr(endpoint, "page_types"):
        return [page_type.model for page_type in endpoint.page_types()]
    return [endpoint.model]


def describe(router, prefix):
    paths, schemas = {}, {"Error": ERROR}
    errors = [("400", "A parameter is unknown or has a bad value."), ("429", "Too many requests.")]
    for name, endpoint in router._endpoints.items():
        title = name.capitalize()
        schemas[title] = item_schema(endpoint, endpoint_models(endpoint))
        ref = {"$ref": f"#/components/schemas/{title}"}
        listing = {
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "properties": {"total_count": {"type": "integer"}},
                    "required": ["total_count"],
                },
                "items": {"type": "array", "items": ref},
            },
            "required": ["meta", "items"],
        }
        paths[f"{prefix}{name}/"] = {
            "get": {
                "operationId": f"list_{name}",
                "summary": endpoint.description,
                "parameters": [parameter(p) for p in endpoint.listing_params()],
                "responses": responses(listing, *errors),
            }
        }
        id_param = params.integer("id", "The item's id.")
        paths[f"{prefix}{name}/{{id}}/"] = {
            "get": {
                "operationId": f"get_{name}",
                "summary": endpoint.description,
                "parameters": [
                    parameter(id_param, "path"),
                    *(parameter(p) for p in endpoint.detail_params()),
                ],
                "responses": responses(ref, *errors, ("404", "No such live public item.")),
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Municipal hub open data API",
            "version": VERSION,
            "description": "Read-only; only live, public content. Anonymous clients are "
            "limited to a documented rate per address (429 beyond it).",
        },
        "paths": paths,
        "components": {"schemas": schemas},
    }


def openapi_view(router, prefix):
    def view(request):
        return JsonResponse(describe(router, prefix), json_dumps_params={"ensure_ascii": False})

    return view
