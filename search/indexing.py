"""Every indexed model gets two more search fields, filled by search.normalize: its title and its
other searchable text, normalised and expanded into variants. Models are found through Wagtail's
own registry of indexed models, so a new page type is searchable this way without knowing it.

The fields compute their values from the object (`normalized_title(obj)`, `normalized_text(obj)`);
no model gets a method or an attribute for them."""

import inspect
import weakref

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags
from wagtail.documents.models import AbstractDocument
from wagtail.search import index

from .documents import document_search_text
from .normalize import index_text

TITLE_FIELD, TEXT_FIELD = "normalized_title", "normalized_text"


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_as_text(item) for item in value)
    text = str(value)
    return strip_tags(text) if "<" in text else text


def searchable_text(obj):
    """The text of an object's own search fields, titles aside."""
    parts = [
        _as_text(field.get_value(obj))
        for field in obj.get_search_fields()
        if isinstance(field, index.SearchField)
        and not isinstance(field, ComputedField)
        and field.field_name != "title"
    ]
    if isinstance(obj, AbstractDocument):
        parts.append(document_search_text(obj))
    return " ".join(part for part in parts if part)


SUMMARY_FIELDS = ("summary", "search_description", "intro", "description")


def summary_text(obj):
    """The object's own summary, the first of SUMMARY_FIELDS it fills; "" if none."""
    for name in SUMMARY_FIELDS:
        value = getattr(obj, name, "")
        if isinstance(value, str) and value.strip():
            return value
    return ""


def normalized_title(obj):
    return index_text(getattr(obj, "title", "") or "")


_texts = {}


def normalized_text(obj):
    """Computed once per object, as Wagtail's database backends read every search field once per
    column they fill; kept by identity, not by primary key (two copies of one page may hold
    different text), and forgotten with the object."""
    key = id(obj)
    if key not in _texts:
        _texts[key] = index_text(searchable_text(obj))
        weakref.finalize(obj, _texts.pop, key, None)
    return _texts[key]


class ComputedField:
    """A search field whose value is computed from the whole object, indexed under `column`.

    Wagtail names a search field after a model attribute: its system check warns about any other
    name (modelsearch.W004), and its database backends put a field named "title" in their title
    column. These fields name the attribute every model has, "pk", and answer for themselves
    everything Wagtail would otherwise read from that attribute: the column (Elasticsearch),
    the type, the model that declares them, and the value."""

    column = ""
    compute = None

    def __init__(self, **kwargs):
        super().__init__("pk", **kwargs)

    def get_field(self, cls):
        raise FieldDoesNotExist(f"{self.column} is computed, not a field of {cls.__name__}")

    def get_attname(self, cls):
        return self.column

    def get_type(self, cls):
        return "CharField"

    def get_definition_model(self, cls):
        for model in inspect.getmro(cls):
            if self in vars(model).get("search_fields", ()):
                return model
        return cls

    def get_value(self, obj):
        return self.compute(obj)

    def __repr__(self):
        return f"<{type(self).__name__}: {self.column}>"


# One class each: Wagtail keeps one search field per (class, field name).
class NormalizedTitleField(ComputedField, index.SearchField):
    column, compute = TITLE_FIELD, staticmethod(normalized_title)


class NormalizedTextField(ComputedField, index.SearchField):
    column, compute = TEXT_FIELD, staticmethod(normalized_text)


class NormalizedTitleAutocompleteField(ComputedField, index.AutocompleteField):
    column, compute = TITLE_FIELD, staticmethod(normalized_title)


def add_normalized_fields():
    """Give every indexed model the normalised fields (once: a model may inherit its parent's
    list, already extended)."""
    for model in index.get_indexed_models():
        if any(isinstance(field, ComputedField) for field in model.search_fields):
            continue
        model.search_fields = [
            *model.search_fields,
            NormalizedTitleField(boost=5),
            NormalizedTextField(),
            NormalizedTitleAutocompleteField(),
        ]
