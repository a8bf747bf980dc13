"""JSON-LD elements for templates: breadcrumbs, municipal units, dated pages."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from hub import json_ld
from hub.models import UnitDirectoryPage
from hub.templatetags.hub_tags import site_chrome

register = template.Library()

HOME_DEPTH = 2  # the home pages are the children of the tree's root


def script(data):
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(json_ld.to_json_ld(data))
    )


def directory_url(context, locale_id):
    """The units directory in a language: the site chrome's (cached with it) for the active
    language, or looked up once per request."""
    chrome = site_chrome(context)
    if chrome.get("units_url") and locale_id == chrome.get("locale_id"):
        return chrome["units_url"]
    request = context.get("request")
    cache = context.render_context.setdefault("unit_directory_urls", {})
    if locale_id not in cache:
        directory = UnitDirectoryPage.objects.live().public().filter(locale_id=locale_id).first()
        cache[locale_id] = directory.get_url(request) if directory else ""
    return cache[locale_id]


@register.simple_tag
def breadcrumb_trail(page):
    """The pages from the home page down to this one. Routing a request leaves each page it
    passed through as its child's known parent (Wagtail's and the projects' routing both do):
    when that chain reaches the home page no query is needed, else one."""
    trail = [page]
    while trail[0].depth > HOME_DEPTH:
        parent = trail[0].__dict__.get("_cached_parent_obj")
        if parent is None:
            return [*page.get_ancestors()[HOME_DEPTH - 1 :], page]
        trail.insert(0, parent)
    return trail


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context, trail):
    return script(json_ld.breadcrumb_list(trail, context.get("request")))


@register.simple_tag(takes_context=True)
def unit_json_ld(context, unit):
    """A unit shown as the contact of a page."""
    request = context.get("request")
    data = json_ld.organization(unit, request, directory_url(context, unit.locale_id))
    return script(json_ld.document(data))


@register.simple_tag(takes_context=True)
def units_json_ld(context, units, page):
    """Every unit of the directory page, each with its anchor there as its URL."""
    request = context.get("request")
    url = page.get_url(request)
    return script(
        {
            "@context": json_ld.CONTEXT,
            "@graph": [json_ld.organization(unit, request, url) for unit in units],
        }
    )


@register.simple_tag(takes_context=True)
def event_json_ld(context, page, free=False):
    """A dated page (a meeting, a business event) as an Event organised by its unit; `free`
    when the page's kind is free to attend, so an offer at no cost can be stated."""
    request = context.get("request")
    entry = page.calendar_entry(request)
    organizer = json_ld.organization(page.unit, request, directory_url(context, page.locale_id))
    offers = json_ld.offer(entry, request) if free else None
    return script(json_ld.event(entry, request, organizer=organizer, offers=offers))
