"""The search page and its title suggestions: they read the address and render what
search.engine answers. Everything a resident can type is safe: control characters are dropped,
the query is read into plain words before any backend sees it, facet values are checked against
what they may be, and page numbers out of range land on the nearest page."""

import logging
import unicodedata
from urllib.parse import urlencode

from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from . import engine
from .models import SearchTerm

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
SUGGESTIONS = 8


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


def _without_page(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def _search_url(locale, query):
    """The search page of another language, with the query kept."""
    with translation.override(locale.language_code):
        return f"{reverse('search')}?{urlencode({'q': query})}"


def search(request):
    locale = Locale.get_active()
    query = clean(request.GET.get("q", ""))
    filters = {name: request.GET.get(name, "") for name in engine.FACETS}
    answer = engine.search(query, locale, filters, request.GET.get("page"), request)
    picks = []
    if answer.searched:
        picks = promoted(query, locale, request)
        record(query, bool(answer.total))
    other = answer.other_language
    context = {
        "query": query,
        "searched": answer.searched,
        "results": answer.results,
        "total": answer.total,
        "picks": picks,
        "unknown_filters": answer.unknown_filters,
        "filter_query": _without_page(request),
        "type_facet": answer.facets.get("type", []),
        "neighborhood_facet": answer.facets.get("neighborhood", []),
        "unit_facet": answer.facets.get("unit", []),
        "chosen": {name: answer.chosen.get(name, "") for name in engine.FACETS},
        "did_you_mean": answer.did_you_mean,
        "did_you_mean_url": f"?{urlencode({'q': answer.did_you_mean})}",
        "other_language": other,
        "other_language_url": _search_url(other, query) if other else "",
    }
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Page titles with words starting as typed: JSON for the search box, or a list of links
    for anyone without JavaScript."""
    text = clean(request.GET.get("q", ""))
    titles = []
    try:
        titles = engine.suggest(text, Locale.get_active(), request, SUGGESTIONS)
    except Exception:  # noqa: BLE001 - suggestions are a convenience, never an error page
        logger.exception("Title suggestions failed")
    if request.GET.get("format") == "json":
        return JsonResponse({"suggestions": [{"title": t, "url": u} for t, u in titles]})
    return render(request, "search/suggest.html", {"titles": titles, "query": text})
