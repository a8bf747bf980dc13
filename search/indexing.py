"""Every indexed model gets two more search fields, filled by search.normalize: its title and its
other searchable text, normalised and expanded into variants. Models are found through Wagtail's
own registry of indexed models, so a new page type is searchable this way without knowing it."""

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
    parts = []
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in (
            TITLE_FIELD,
            TEXT_FIELD,
            "title",
        ):
            parts.append(_as_text(field.get_value(obj)))
    if isinstance(obj, AbstractDocument):
        parts.append(document_search_text(obj))
    return " ".join(part for part in parts if part)


def normalized_title(self):
    return index_text(getattr(self, "title", "") or "")


def normalized_text(self):
    # Wagtail's database backends read every search field once per column they fill.
    if getattr(self, "_normalized_text", None) is None:
        self._normalized_text = index_text(searchable_text(self))
    return self._normalized_text


def extend_indexed_models():
    for model in index.get_indexed_models():
        names = {field.field_name for field in model.search_fields}
        if TEXT_FIELD in names:
            continue
        model.normalized_title = normalized_title
        model.normalized_text = normalized_text
        model.search_fields = [
            *model.search_fields,
            index.SearchField(TITLE_FIELD, boost=5),
            index.SearchField(TEXT_FIELD),
            index.AutocompleteField(TITLE_FIELD),
        ]
