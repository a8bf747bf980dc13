"""The search page and its title suggestions. Everything a resident can type is safe: the query
is normalised into plain words before any backend sees it, facet values are checked against what
they may be, and page numbers out of range land on the nearest page."""

import logging
import unicodedata

from django.core.paginator import Paginator
from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, get_page_models
from wagtail.search.utils import normalise_query_string

from hub.models import MunicipalUnit, NeighborhoodPage

from .engine import (
    DOCUMENT_TYPE,
    DOCUMENTS_LABEL,
    UNIT_TYPE,
    describe,
    find,
    suggestions,
    type_label,
)
from .models import SearchTerm
from .normalize import query_groups, tokens

logger = logging.getLogger(__name__)

PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200
SUGGESTIONS = 8
FACETS = ("type", "neighborhood", "unit")


def _type_labels():
    labels = {
        f"{model._meta.app_label}.{model._meta.model_name}": type_label(model, plural=True)
        for model in get_page_models()
    }
    labels[UNIT_TYPE] = type_label(MunicipalUnit, plural=True)
    labels[DOCUMENT_TYPE] = DOCUMENTS_LABEL
    return labels


def clean(query):
    """The query as typed, without control and formatting characters (which no database keeps
    and no resident means), at most MAX_QUERY_LENGTH long."""
    return "".join(ch for ch in query if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))[
        :MAX_QUERY_LENGTH
    ].strip()


def record(query, found):
    """Count the query for today, and whether it found nothing, for the editors' report."""
    query = normalise_query_string(query)[:255]
    if not query:
        return
    term, _created = SearchTerm.objects.get_or_create(query=query, date=timezone.localdate())
    SearchTerm.objects.filter(pk=term.pk).update(
        searches=F("searches") + 1, zero_results=F("zero_results") + (0 if found else 1)
    )


def promoted(query, locale, request):
    """The pages editors promoted for the query, in their order: live, public and in this
    language, like every other result."""
    shown = Page.objects.live().public().filter(locale=locale)
    picks = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query), page__in=shown
    )
    return [
        (pick.page, pick.description)
        for pick in picks.select_related("page").order_by("sort_order", "pk")
    ]


def _facet(results, name, chosen):
    """Counts of a facet over the results that match the other chosen facets."""
    counts = {}
    for result in results:
        if not all(
            _matches(result, other, value) for other, value in chosen.items() if other != name
        ):
            continue
        values = result.neighborhood_keys if name == "neighborhood" else {_value(result, name)}
        for value in values:
            if value:
                counts[value] = counts.get(value, 0) + 1
    return counts


def _value(result, name):
    return result.type_key if name == "type" else result.unit_key


def _matches(result, name, value):
    if name == "neighborhood":
        return value in result.neighborhood_keys
    return _value(result, name) == value


def _choices(request, locale, type_labels):
    """The neighborhoods and units of this language (by slug and by code), the facet values chosen
    in the address as the results spell them ({facet: key}), and the facets whose value in the
    address is not known."""
    neighborhoods = {page.slug: page for page in NeighborhoodPage.choices_for(locale.pk)}
    units = {
        unit.code: unit
        for unit in MunicipalUnit.objects.filter(locale=locale).order_by("sort_order", "name")
    }
    known = {
        "type": {key: key for key in type_labels},
        "neighborhood": {slug: str(page.translation_key) for slug, page in neighborhoods.items()},
        "unit": {code: str(unit.translation_key) for code, unit in units.items()},
    }
    chosen, unknown = {}, []
    for name, values in known.items():
        value = request.GET.get(name, "")
        if value in values:
            chosen[name] = values[value]
        elif value:
            unknown.append(name)
    return neighborhoods, units, chosen, unknown


def _facet_lists(results, chosen, type_labels, neighborhoods, units):
    """Each facet's choices with their counts, as the template lists them."""
    counts = {name: _facet(results, name, chosen) for name in FACETS}
    neighborhood_by_key = {str(page.translation_key): page for page in neighborhoods}
    unit_by_key = {str(unit.translation_key): unit for unit in units}
    return {
        "type_facet": sorted(
            ((key, type_labels[key], count) for key, count in counts["type"].items()),
            key=lambda item: -item[2],
        ),
        "neighborhood_facet": sorted(
            (
                (neighborhood_by_key[key], count)
                for key, count in counts["neighborhood"].items()
                if key in neighborhood_by_key
            ),
            key=lambda item: item[0].title,
        ),
        "unit_facet": [
            (unit_by_key[key], count) for key, count in counts["unit"].items() if key in unit_by_key
        ],
    }


def _without_page(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def search(request):
    locale = Locale.get_active()
    query = clean(request.GET.get("q", ""))
    groups = query_groups(query)
    type_labels = _type_labels()
    neighborhoods, units, chosen, unknown = _choices(request, locale, type_labels)
    results, picks = [], []
    if groups:
        results = find(locale, groups, request)
        picks = promoted(query, locale, request)
        record(query, bool(results))
    shown = [r for r in results if all(_matches(r, n, v) for n, v in chosen.items())]
    results_page = Paginator(shown, PAGE_SIZE).get_page(request.GET.get("page"))
    describe(results_page.object_list, locale)
    context = {
        "query": query,
        "searched": bool(groups),
        "results": results_page,
        "total": len(shown),
        "picks": picks,
        "unknown_filters": unknown,
        "filter_query": _without_page(request),
        **_facet_lists(results, chosen, type_labels, neighborhoods.values(), units.values()),
        "chosen": {name: request.GET.get(name) if name in chosen else "" for name in FACETS},
    }
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Page titles that start like what is typed: JSON for the search box, or a list of links
    for anyone without JavaScript."""
    words = tokens(request.GET.get("q", "")[:MAX_QUERY_LENGTH])
    titles = []
    if words:
        try:
            titles = suggestions(words, Locale.get_active(), request, SUGGESTIONS)
        except Exception:  # noqa: BLE001 - suggestions are a convenience, never an error page
            logger.exception("Title suggestions failed")
    if request.GET.get("format") == "json":
        return JsonResponse({"suggestions": [{"title": t, "url": u} for t, u in titles]})
    return render(
        request, "search/suggest.html", {"titles": titles, "query": request.GET.get("q", "")}
    )
