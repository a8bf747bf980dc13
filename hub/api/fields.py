"""Serializer fields for `api_fields` that read only what is already loaded (raw stream data,
prefetched relations), so a listing of fifty pages costs what a listing of five does. Each
carries the JSON schema of what it returns, for the OpenAPI description."""

from rest_framework import serializers
from wagtail.api import APIField

from .registry import details_of_documents

RAW_BLOCK = {
    "type": "object",
    "properties": {"type": {"type": "string"}, "value": {}, "id": {"type": "string"}},
    "required": ["type", "value"],
}


class RawStream(serializers.Field):
    """A stream's blocks as stored ({type, value, id}): ids of images and documents, not the
    objects, which the images and documents endpoints describe."""

    schema = {"type": "array", "items": RAW_BLOCK}

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return [
            {"type": block["type"], "value": block["value"], "id": block.get("id", "")}
            for block in value.raw_data
        ]


class Number(serializers.Field):
    """A decimal (coordinates, prices) as a JSON number."""

    schema = {"type": "number", "nullable": True}

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return float(value)


class Choices(serializers.Field):
    """A hub.fields.MultipleChoiceField: a list of keys."""

    def __init__(self, keys, **kwargs):
        self.schema = {"type": "array", "items": {"type": "string", "enum": list(keys)}}
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return list(value)


def translated(field, page, locale_id):
    """{id, title} of `page`'s live, public translation in a locale, or None. A translated page
    links the source language's pages (neighborhoods are chosen once, for every language): the
    API shows each in the language of the page that links it. Every translation of the linked
    type is read once per request (neighborhoods: a few hundred rows at most)."""
    tables = field.context.setdefault("hub_translations", {})
    model = type(page)
    if model not in tables:
        rows = (
            model.objects.live().public().values_list("translation_key", "locale_id", "pk", "title")
        )
        tables[model] = {
            (key, locale): {"id": pk, "title": title} for key, locale, pk, title in rows
        }
    return tables[model].get((page.translation_key, locale_id))


class LinkedPages(serializers.Field):
    """Pages reached through a prefetched child relation (the `source`, whose objects have
    `attribute`), as {id, title}, in the language of the page that links them."""

    schema = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "title": {"type": "string"}},
            "required": ["id", "title"],
        },
    }

    def __init__(self, attribute, **kwargs):
        self.attribute = attribute
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        locale_id = value.instance.locale_id
        pages = (translated(self, getattr(link, self.attribute), locale_id) for link in value.all())
        return [page for page in pages if page is not None]


def list_of(**types):
    """The schema of a list of objects whose fields have these JSON types."""
    properties = {name: {"type": kind} for name, kind in types.items()}
    return {
        "type": "array",
        "items": {"type": "object", "properties": properties, "required": list(types)},
    }


class Rows(serializers.Field):
    """Prefetched inline rows (opening hours and the like), as objects of the named fields
    with their JSON types; times and dates as ISO strings."""

    def __init__(self, source, **types):
        self.names = list(types)
        self.schema = list_of(**types)
        super().__init__(read_only=True, source=source)

    def to_representation(self, value):
        rows = []
        for row in value.all():
            item = {}
            for name in self.names:
                item[name] = getattr(row, name)
                if hasattr(item[name], "isoformat"):
                    item[name] = item[name].isoformat()
            rows.append(item)
        return rows


class PageLink(serializers.Field):
    """A page a foreign key points at, as {id, title} in the language of the page that points
    at it, or null when that translation is not live and public."""

    schema = {
        "type": "object",
        "nullable": True,
        "properties": {"id": {"type": "integer"}, "title": {"type": "string"}},
        "required": ["id", "title"],
    }

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance, super().get_attribute(instance)

    def to_representation(self, value):
        instance, page = value
        return None if page is None else translated(self, page, instance.locale_id)


def api_fields_of(*names, **custom):
    """`api_fields` for a model: its own fields by name, then fields with a serializer."""
    return [APIField(name) for name in names] + [
        APIField(name, serializer=serializer) for name, serializer in custom.items()
    ]


class Attached(serializers.Field):
    """What a page type's `attach` hook (hub.api.registry.PageType) set on each page of a
    listing at once, under `attribute`."""

    def __init__(self, attribute, **types):
        self.attribute = attribute
        self.schema = list_of(**types)
        super().__init__(read_only=True, source="*")

    def to_representation(self, page):
        return getattr(page, self.attribute, None)


class LanguageCode(serializers.Field):
    """The item's language, from its (selected) locale."""

    schema = {"type": "string"}

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, instance):
        return instance.locale.language_code


class Renditions(serializers.Field):
    """An image at a fixed set of sizes, prefetched with the listing."""

    SIZES = {"thumbnail": "fill-480x300", "medium": "max-960x960", "large": "max-1600x1600"}
    schema = {
        "type": "object",
        "properties": {
            name: {
                "type": "object",
                "properties": {
                    "url": {"type": "string"},
                    "width": {"type": "integer"},
                    "height": {"type": "integer"},
                },
                "required": ["url", "width", "height"],
            }
            for name in SIZES
        },
        "required": list(SIZES),
    }

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    @classmethod
    def specs(cls):
        return list(cls.SIZES.values())

    @classmethod
    def api_field(cls):
        return APIField("renditions", serializer=cls())

    def to_representation(self, image):
        request = self.context.get("request")
        found = {}
        for name, spec in self.SIZES.items():
            rendition = image.get_rendition(spec)
            url = rendition.url
            found[name] = {
                "url": request.build_absolute_uri(url) if request else url,
                "width": rendition.width,
                "height": rendition.height,
            }
        return found


class Details(serializers.Field):
    """What the domains know of a document (hub.api.registry.details_of_documents), attached to
    a page of documents at once."""

    schema = {"type": "string", "nullable": True}

    def __init__(self, key, **kwargs):
        self.key = key
        super().__init__(read_only=True, source="*", **kwargs)

    @classmethod
    def api_fields(cls):
        return [
            APIField("kind", serializer=cls("kind")),
            APIField("language", serializer=cls("language")),
        ]

    @staticmethod
    def attach(documents):
        details = details_of_documents([document.pk for document in documents])
        for document in documents:
            document.api_details = details.get(document.pk, {})
        return documents

    def to_representation(self, document):
        return getattr(document, "api_details", {}).get(self.key)
