"""The query parameters of the API: each is declared once, with its JSON schema, and parsed from
that declaration, so what the OpenAPI description promises is what the views accept. A bad
value is a 400 with a message naming the parameter, never a 500."""

import datetime
import re
from dataclasses import dataclass

from django.conf import settings
from wagtail.api.v2.utils import BadRequestError

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 100_000
MAX_LENGTH = 200
MAX_ID = 2**31 - 1
FIELDS_PATTERN = r"^[A-Za-z0-9_,()*\-]*$"


@dataclass(frozen=True)
class Param:
    name: str
    schema: dict
    description: str
    parse: object = None

    def value(self, raw):
        if len(raw) > MAX_LENGTH:
            raise BadRequestError(f"{self.name}: at most {MAX_LENGTH} characters")
        if any(ord(char) < 32 for char in raw):
            raise BadRequestError(f"{self.name}: control characters are not allowed")
        return self.parse(self, raw) if self.parse else raw


def _integer(param, raw):
    low, high = param.schema["minimum"], param.schema["maximum"]
    if not re.fullmatch(r"[0-9]{1,10}", raw) or not low <= int(raw) <= high:
        raise BadRequestError(f"{param.name} must be a whole number from {low} to {high}")
    return int(raw)


def _choice(param, raw):
    if raw not in param.schema["enum"]:
        known = ", ".join(param.schema["enum"])
        raise BadRequestError(f"unknown {param.name} '{raw}'; known values: {known}")
    return raw


def _date(param, raw):
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
            raise ValueError
        return datetime.date.fromisoformat(raw)
    except ValueError as error:
        raise BadRequestError(f"{param.name} must be a date as YYYY-MM-DD") from error


def _fields(param, raw):
    if not re.fullmatch(FIELDS_PATTERN, raw):
        raise BadRequestError("fields: names, commas, '*', '-' and parentheses only")
    return raw


def integer(name, description, minimum=1, maximum=MAX_ID):
    schema = {"type": "integer", "minimum": minimum, "maximum": maximum}
    return Param(name, schema, description, _integer)


def choice(name, values, description):
    return Param(name, {"type": "string", "enum": list(values)}, description, _choice)


def date(name, description):
    return Param(name, {"type": "string", "format": "date"}, description, _date)


def slug(name, description):
    schema = {"type": "string", "pattern": r"^[-a-zA-Z0-9_]+$", "maxLength": 60}

    def parse(param, raw):
        if not re.fullmatch(r"[-a-zA-Z0-9_]{1,60}", raw):
            raise BadRequestError(f"{name}: letters, digits, '-' and '_' only")
        return raw

    return Param(name, schema, description, parse)


LIMIT = integer(
    "limit", f"How many items (default {DEFAULT_LIMIT}, at most {MAX_LIMIT}).", 0, MAX_LIMIT
)
OFFSET = integer("offset", "How many items to skip.", 0, MAX_OFFSET)
FIELDS = Param(
    "fields",
    {"type": "string", "pattern": FIELDS_PATTERN, "maxLength": MAX_LENGTH},
    "Fields to add (`a,b`), remove (`-a`), all (`*`) or only these (`_,a`); a relation's own "
    "fields in parentheses (`unit(name)`). Unknown fields are a 400.",
    _fields,
)


def locale():
    return choice(
        "locale",
        [code for code, _name in settings.LANGUAGES],
        "Only items in this language (its own translation, never another language's).",
    )


def ordering(orderings):
    return choice(
        "order",
        list(orderings),
        "Sort order; `-` for descending. Ties are broken by id, so pages never overlap.",
    )


def parse_all(query, params):
    """The parsed values of the given parameters; anything else in the query is a 400."""
    known = {param.name: param for param in params}
    unknown = sorted(set(query) - set(known))
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise BadRequestError(
            f"unknown query parameter: {', '.join(unknown)[:MAX_LENGTH]}; allowed: {allowed}"
        )
    return {name: known[name].value(query[name]) for name in query}
