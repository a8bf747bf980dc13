"""Running a resident's query: the normalised query on the configured backend (Elasticsearch in
production) with the database index as the fallback, then one list of complete results across
pages, municipal units and documents, with what the facets count. Title suggestions take the same
way to the backends."""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from hub.models import MunicipalUnit, NeighborhoodPage, UnitDirectoryPage, UnitOwnedPage
from hub.registry import neighborhoods_of_pages

from .indexing import normalized_text, normalized_title, searchable_text
from .normalize import index_text

logger = logging.getLogger(__name__)

RESULT_LIMIT = 200
DOCUMENT_LABEL, DOCUMENTS_LABEL = _("Document"), _("Documents")
SNIPPET_WORDS = 30
UNIT_TYPE, DOCUMENT_TYPE = "unit", "document"


def type_label(model, plural=False):
    """A model's name for residents; the plural only where the model spells one out."""
    if plural and "verbose_name_plural" in model._meta.original_attrs:
        return model._meta.verbose_name_plural
    return model._meta.verbose_name


def build_query(groups):
    parts = [
        Or([PlainText(form) for form in sorted(group)]) if len(group) > 1 else PlainText(*group)
        for group in groups
    ]
    return parts[0] if len(parts) == 1 else And(parts)


def ranks_cheaply(backend):
    """Wagtail's database backends rank every match before sorting: its SQLite backend scores
    each with a subquery that re-runs the full-text match (minutes for twenty thousand matches),
    PostgreSQL ranks them all (hundreds of milliseconds). There, results come newest first
    instead, title matches first (see Result.title_match). Elasticsearch ranks as it searches."""
    return ".database." not in type(backend).__module__


def _search(backend, query, queryset, limit, newest_first):
    if newest_first is not None and not ranks_cheaply(backend):
        ordered = queryset.order_by(*newest_first)
        return list(backend.search(query, ordered, order_by_relevance=False)[:limit])
    return list(backend.search(query, queryset)[:limit])


def _answer(ask):
    """`ask(backend)` on the configured backend; if that fails (a search server down), on the
    database index (HUB_SEARCH_FALLBACK), the failure logged."""
    try:
        return ask(get_search_backend())
    except Exception:
        fallback = getattr(settings, "HUB_SEARCH_FALLBACK", None)
        if not fallback:
            raise
        logger.exception("Search backend failed; answering from the database index")
        return ask(get_search_backend(fallback))


def run(queryset, groups, limit, newest_first=None):
    """Objects of `queryset` matching every group, best first (`newest_first`: the ordering to
    use where relevance is too costly)."""
    query = build_query(groups)
    return _answer(lambda backend: _search(backend, query, queryset, limit, newest_first))


def suggestions(words, locale, request, limit):
    """(title, URL) of live pages in `locale` whose titles start like `words`."""
    pages = Page.objects.live().public().filter(locale=locale)
    found = _answer(lambda backend: list(backend.autocomplete(" ".join(words), pages)[:limit]))
    return [(page.title, page.get_url(request)) for page in found]


@dataclass
class Result:
    key: str
    title: str
    url: str
    type_key: str
    type_label: str
    title_match: bool = False
    snippet: str = ""
    date: object = None
    unit_key: str = ""
    neighborhood_keys: set = field(default_factory=set)
    neighborhoods: list = field(default_factory=list)
    context_title: str = ""
    context_url: str = ""
    obj: object = None


def _has_every_group(text, groups):
    forms = set(text.split())
    return all(group & forms for group in groups)


def _title_match(title, groups):
    return _has_every_group(index_text(title), groups)


def snippet(obj):
    for name in ("summary", "search_description", "intro", "description"):
        value = getattr(obj, name, "")
        if isinstance(value, str) and value.strip():
            return Truncator(strip_tags(value)).words(SNIPPET_WORDS)
    return Truncator(searchable_text(obj)).words(SNIPPET_WORDS)


def _facet_keys(pages):
    """Owning units and neighborhoods (translation keys) of pages, by page id."""
    ids = [page.pk for page in pages]
    units = {}
    for model in {page.specific_class for page in pages}:
        if model and issubclass(model, UnitOwnedPage):
            units.update(
                model.objects.filter(pk__in=ids).values_list("pk", "unit__translation_key")
            )
    neighborhoods = {
        pk: {str(key) for key in keys} for pk, keys in neighborhoods_of_pages(ids).items()
    }
    for pk, key in NeighborhoodPage.objects.filter(pk__in=ids).values_list("pk", "translation_key"):
        neighborhoods.setdefault(pk, set()).add(str(key))
    return units, neighborhoods


def page_results(locale, groups, request):
    """Matching pages; URLs come from the base pages (no query with the request's cached site
    root paths), snippets and event dates from the specific pages, for the results shown only
    (see `describe`)."""
    pages = run(
        Page.objects.live()
        .public()
        .filter(locale=locale)
        .only("title", "content_type", "last_published_at", "locale", "path", "depth", "url_path"),
        groups,
        RESULT_LIMIT,
        newest_first=("-last_published_at", "-id"),
    )
    units, neighborhoods = _facet_keys(pages)
    results = []
    for page in pages:
        model = page.specific_class or Page
        results.append(
            Result(
                key=f"page-{page.pk}",
                title=page.title,
                url=page.get_url(request),
                type_key=f"{model._meta.app_label}.{model._meta.model_name}",
                type_label=type_label(model),
                title_match=_title_match(page.title, groups),
                date=page.last_published_at,
                unit_key=str(units.get(page.pk, "")),
                neighborhood_keys=neighborhoods.get(page.pk, set()),
                obj=page,
            )
        )
    return results


def unit_results(locale, groups, request):
    """Units match in Python: a city has a few dozen, fewer than a search index round trip
    costs, and the same rules decide as for everything else. Each links to its place in the
    unit directory."""
    units = [
        unit
        for unit in MunicipalUnit.objects.filter(locale=locale).order_by("sort_order", "name")
        if _has_every_group(f"{normalized_title(unit)} {normalized_text(unit)}", groups)
    ]
    if not units:
        return []
    directory = UnitDirectoryPage.objects.live().filter(locale=locale).first()
    directory_url = directory.get_url(request) if directory else None
    return [
        Result(
            key=f"unit-{unit.pk}",
            title=unit.name,
            url=f"{directory_url}#{unit.anchor}" if directory else "",
            type_key=UNIT_TYPE,
            type_label=type_label(MunicipalUnit),
            title_match=_title_match(unit.name, groups),
            unit_key=str(unit.translation_key),
            snippet=Truncator(strip_tags(unit.description)).words(SNIPPET_WORDS),
            obj=unit,
        )
        for unit in units
    ]


def _pages_using(documents, locale):
    """{document id: the first live page of `locale` that uses it}"""
    Document = get_document_model()
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(Document),
        to_object_id__in=[str(document.pk) for document in documents],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id")
    page_ids = {int(object_id) for _document, object_id in references}
    pages = {
        page.pk: page
        for page in Page.objects.live().public().filter(Q(pk__in=page_ids), locale=locale)
    }
    used_on = {}
    for document_id, object_id in references:
        if int(object_id) in pages:
            used_on.setdefault(int(document_id), pages[int(object_id)])
    return used_on


def document_results(locale, groups, request):
    """Documents that match and that a live page of this language uses, each with that page."""
    documents = run(get_document_model().objects.all(), groups, 100)
    used_on = _pages_using(documents, locale) if documents else {}
    results = []
    for document in documents:
        page = used_on.get(document.pk)
        if page is None:
            continue
        text = getattr(getattr(document, "extracted_text", None), "text", "")
        results.append(
            Result(
                key=f"document-{document.pk}",
                title=document.title,
                url=document.url,
                type_key=DOCUMENT_TYPE,
                type_label=DOCUMENT_LABEL,
                title_match=_title_match(document.title, groups),
                snippet=Truncator(text).words(SNIPPET_WORDS),
                date=document.created_at,
                context_title=page.title,
                context_url=page.get_url(request),
                obj=document,
            )
        )
    return results


def find(locale, groups, request):
    """Pages, units and documents of `locale` matching every group, title matches first."""
    results = (
        page_results(locale, groups, request)
        + unit_results(locale, groups, request)
        + document_results(locale, groups, request)
    )
    results.sort(key=lambda result: not result.title_match)
    return results


def describe(results, locale):
    """Complete the results shown (a page of them) in a few queries: snippets and event dates of
    pages, which need the specific pages, and the names of neighborhoods."""
    page_ids = [r.obj.pk for r in results if r.key.startswith("page-")]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    keys = {key for r in results for key in r.neighborhood_keys}
    names = {
        str(page.translation_key): page.title
        for page in NeighborhoodPage.objects.filter(translation_key__in=keys, locale=locale)
    }
    for result in results:
        page = specific.get(result.obj.pk) if result.key.startswith("page-") else None
        if page is not None:
            result.snippet = snippet(page)
            start = getattr(page, "start", None)
            if isinstance(start, datetime.datetime):
                result.date = start
        result.neighborhoods = sorted(
            names[key] for key in result.neighborhood_keys if key in names
        )


__all__ = [
    "Result",
    "build_query",
    "describe",
    "document_results",
    "find",
    "page_results",
    "run",
    "suggestions",
    "unit_results",
]
