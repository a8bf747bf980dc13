"""The hub's own index as a Wagtail search backend (WAGTAILSEARCH_BACKENDS["hub"]), so that
Wagtail keeps it up to date as it does every backend: on each save and delete, and with
`manage.py update_index`. It holds pages and documents only, with what the results and their
facets need (search.models.Entry) and their words (search.store). Searching it is the engine's
work (search.engine), not Wagtail's: its `search()` is not used."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.documents.models import AbstractDocument
from wagtail.models import Page
from wagtail.search.backends.base import BaseIndex, BaseSearchBackend

from hub.models import MunicipalUnit, NeighborhoodPage, UnitOwnedPage
from hub.registry import neighborhoods_of_pages

from . import store
from .documents import document_search_text
from .indexing import searchable_text, summary_text
from .models import Entry, Word
from .normalize import LONGEST_WORD, tokens, word_forms


def _words(text):
    """[[the word as written, its other forms…], …] for a text, in order."""
    found = []
    for token in tokens(text):
        if len(token) <= LONGEST_WORD:
            forms = word_forms(token)
            found.append([token, *sorted(forms - {token})])
    return found


def _page_facets(pages):
    """Owning units' and neighborhoods' translation keys of pages, by page id."""
    unit_ids = {p.unit_id for p in pages if isinstance(p, UnitOwnedPage) and p.unit_id}
    unit_keys = dict(
        MunicipalUnit.objects.filter(pk__in=unit_ids).values_list("pk", "translation_key")
    )
    neighborhoods = neighborhoods_of_pages([p.pk for p in pages])
    for page in pages:
        if isinstance(page, NeighborhoodPage):
            neighborhoods.setdefault(page.pk, set()).add(page.translation_key)
    return (
        {p.pk: str(unit_keys.get(getattr(p, "unit_id", None), "")) for p in pages},
        {pk: " ".join(sorted(str(key) for key in keys)) for pk, keys in neighborhoods.items()},
    )


def _page_entry(page, content_type, units, neighborhoods):
    model = type(page)
    entry = Entry(
        content_type=content_type,
        object_id=page.pk,
        locale_id=page.locale_id,
        kind="page",
        type_key=f"{model._meta.app_label}.{model._meta.model_name}",
        unit_key=units.get(page.pk, ""),
        neighborhood_keys=neighborhoods.get(page.pk, ""),
        path=page.path,
        live=page.live,
        date=page.last_published_at or page.first_published_at,
        title=page.title[:255],
    )
    fields = {
        "title": _words(page.title),
        "summary": _words(summary_text(page)),
        "body": _words(searchable_text(page)),
    }
    return entry, fields


def _document_entry(document, content_type):
    entry = Entry(
        content_type=content_type,
        object_id=document.pk,
        kind="document",
        type_key="document",
        date=document.created_at,
        title=document.title[:255],
    )
    fields = {"title": _words(document.title), "documents": _words(document_search_text(document))}
    return entry, fields


def write_objects(model, objects):
    """(Re)write the entries of objects of one model; objects that are neither pages nor
    documents are not this index's."""
    objects = [obj for obj in objects if obj.pk is not None]
    if not objects or not issubclass(model, Page | AbstractDocument):
        return
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    if issubclass(model, Page):
        units, neighborhoods = _page_facets(objects)
        built = [_page_entry(page, content_type, units, neighborhoods) for page in objects]
    else:
        built = [_document_entry(document, content_type) for document in objects]
    old = Entry.objects.filter(content_type=content_type, object_id__in=[obj.pk for obj in objects])
    store.delete(list(old.values_list("pk", flat=True)))
    old.delete()
    entries = Entry.objects.bulk_create([entry for entry, _fields in built])
    store.write(
        [(entry.pk, fields) for entry, (_entry, fields) in zip(entries, built, strict=True)]
    )
    words = {w[0] for _entry, fields in built for field in fields.values() for w in field}
    Word.objects.bulk_create([Word(word=w) for w in sorted(words)], ignore_conflicts=True)


def delete_object(obj):
    content_type = ContentType.objects.get_for_model(type(obj), for_concrete_model=False)
    old = Entry.objects.filter(content_type=content_type, object_id=obj.pk)
    store.delete(list(old.values_list("pk", flat=True)))
    old.delete()


class HubIndex(BaseIndex):
    def add_items(self, model, items):
        write_objects(model, list(items))

    def add_item(self, obj):
        model = type(obj)
        write_objects(model, [obj])
        if connection.in_atomic_block:
            # A page's related rows (its neighborhoods) are saved after the page itself: read
            # them again once everything is saved.
            pk = obj.pk
            transaction.on_commit(
                lambda: write_objects(model, list(model._default_manager.filter(pk=pk)))
            )

    def delete_item(self, item):
        delete_object(item)

    def reset(self):
        store.clear()
        Entry.objects.all().delete()


class HubRebuilder:
    def __init__(self, index):
        self.index = index

    def start(self):
        self.index.reset()
        return self.index

    def finish(self):
        pass


class HubSearchBackend(BaseSearchBackend):
    index_class = HubIndex
    rebuilder_class = HubRebuilder

    def __init__(self, params):
        super().__init__(params)

    def search(self, *args, **kwargs):
        raise NotImplementedError("The hub's index is searched through search.engine.search")

    autocomplete = search


SearchBackend = HubSearchBackend
