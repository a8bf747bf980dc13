"""The results a resident sees for a page of matches: title, address, type, neighborhoods,
date and a snippet, loaded in a few queries whatever the page holds."""

import datetime
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Page

from hub.models import MunicipalUnit, NeighborhoodPage, UnitDirectoryPage

from .indexing import searchable_text, summary_text

SNIPPET_WORDS = 30
UNIT_TYPE, DOCUMENT_TYPE = "unit", "document"
DOCUMENT_LABEL, DOCUMENTS_LABEL = _("Document"), _("Documents")


def type_label(model, plural=False):
    """A model's name for residents; the plural only where the model spells one out."""
    if plural and "verbose_name_plural" in model._meta.original_attrs:
        return model._meta.verbose_name_plural
    return model._meta.verbose_name


@dataclass
class Result:
    key: str
    title: str
    url: str
    type_key: str
    type_label: str
    score: float = 0.0
    snippet: str = ""
    date: object = None
    unit_key: str = ""
    neighborhood_keys: set = field(default_factory=set)
    neighborhoods: list = field(default_factory=list)
    context_title: str = ""
    context_url: str = ""
    obj: object = None


def facet_values(item, name):
    """The values of a facet a match (of the index, or a unit) has."""
    if name == "type":
        return {item.type_key}
    if name == "unit":
        return {item.unit_key} if item.unit_key else set()
    return set(item.neighborhood_keys.split()) if item.neighborhood_keys else set()


def snippet(obj):
    """The object's summary, or the start of its searchable text."""
    text = strip_tags(summary_text(obj)) or searchable_text(obj)
    return Truncator(text).words(SNIPPET_WORDS)


def _page_result(item, page, neighborhoods, request):
    start = getattr(page, "start", None)
    return Result(
        key=f"page-{page.pk}",
        title=page.title,
        url=page.get_url(request),
        type_key=item.type_key,
        type_label=type_label(type(page)),
        score=item.score,
        snippet=snippet(page),
        date=start if isinstance(start, datetime.datetime) else page.last_published_at,
        unit_key=item.unit_key,
        neighborhoods=neighborhoods,
        obj=page,
    )


def _document_result(item, document, context, request):
    text = getattr(getattr(document, "extracted_text", None), "text", "").strip()
    text = text.removeprefix(document.title).lstrip()  # a flyer's text starts with its title
    return Result(
        key=f"document-{document.pk}",
        title=document.title,
        url=document.url,
        type_key=DOCUMENT_TYPE,
        type_label=DOCUMENT_LABEL,
        score=item.score,
        snippet=Truncator(text).words(SNIPPET_WORDS),
        date=document.created_at,
        context_title=context.title,
        context_url=context.get_url(request),
        obj=document,
    )


def _unit_result(item, directory_url):
    unit = item.unit
    return Result(
        key=f"unit-{unit.pk}",
        title=unit.name,
        url=f"{directory_url}#{unit.anchor}" if directory_url else "",
        type_key=UNIT_TYPE,
        type_label=type_label(MunicipalUnit),
        snippet=Truncator(strip_tags(unit.description)).words(SNIPPET_WORDS),
        unit_key=item.unit_key,
        obj=unit,
    )


def describe(items, locale, used_on, request):
    """Results for a page of matches, in a few queries whatever the page holds."""
    pages = Page.objects.filter(pk__in=[m.object_id for m in items if m.kind == "page"])
    pages = {page.pk: page for page in pages.specific()}
    documents = (
        get_document_model()
        .objects.select_related("extracted_text")
        .in_bulk([m.object_id for m in items if m.kind == "document"])
    )
    wanted = {key for m in items for key in facet_values(m, "neighborhood")}
    names = {
        str(page.translation_key): page.title
        for page in NeighborhoodPage.objects.filter(translation_key__in=wanted, locale=locale)
    }
    directory_url = ""
    if any(m.kind == "unit" for m in items):
        directory = UnitDirectoryPage.objects.live().filter(locale=locale).first()
        directory_url = directory.get_url(request) if directory else ""
    results = []
    for item in items:
        if item.kind == "page" and item.object_id in pages:
            keys = facet_values(item, "neighborhood")
            neighborhoods = sorted(names[k] for k in keys if k in names)
            results.append(_page_result(item, pages[item.object_id], neighborhoods, request))
        elif item.kind == "document" and item.object_id in documents:
            document = documents[item.object_id]
            results.append(_document_result(item, document, used_on[document.pk], request))
        elif item.kind == "unit":
            results.append(_unit_result(item, directory_url))
    return results
