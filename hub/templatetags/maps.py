"""Maps on public pages: `{% place_map page %}` for one place, `{% places_map pages %}` for a
listing (one map with every listed page that has coordinates, read from the pages already
loaded: no query of its own).

Both render components/map.html: a static map (an SVG of the tiles around the places, a pin on
each) with the place in words and a link to OpenStreetMap, which hub/js/map.js turns into an
interactive map when the map comes near the screen. Nothing is rendered for pages without
coordinates, or when maps are off (an empty MAP_TILE_URL)."""

import json

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hub import maps

register = template.Library()


def _number(value):
    """A coordinate or a pixel as the SVG and the script read it, in any language's format."""
    return format(float(value), ".6f").rstrip("0").rstrip(".")


def _place_data(place, request, with_url):
    data = {
        "lat": _number(place.latitude),
        "lng": _number(place.longitude),
        "title": place.title,
        "address": getattr(place, "address", "") or "",
    }
    if with_url:
        data["url"] = place.get_url(request) or ""
    return data


def _osm_url(static, data, listing):
    if listing:
        centre = _number(static.latitude), _number(static.longitude)
        return maps.osm_link(*centre, zoom=static.zoom, marker=False)
    return maps.osm_link(data[0]["lat"], data[0]["lng"])


def _render(context, places, label, dom_id, listing):
    static = maps.static_map(places)
    if static is None:
        return ""
    request = context.get("request")
    pins = [
        {"x": _number(pin.x), "y": _number(pin.y), "title": pin.place.title} for pin in static.pins
    ]
    tiles = [{"href": href, "x": _number(x), "y": _number(y)} for href, x, y in static.tiles]
    places = [pin.place for pin in static.pins]
    data = [_place_data(place, request, listing) for place in places]
    first = places[0]
    return render_to_string(
        "components/map.html",
        {
            "id": dom_id,
            "label": label(len(places)) if callable(label) else label,
            "map": static,
            "centre": {"lat": _number(static.latitude), "lng": _number(static.longitude)},
            "tiles": tiles,
            "pins": pins,
            "places_json": json.dumps(data, ensure_ascii=False),
            "tile_url": maps.tile_url(),
            "attribution": mark_safe(settings.MAP_ATTRIBUTION),  # noqa: S308 - deploy setting
            "listing": listing,
            "place": first,
            "osm_url": _osm_url(static, data, listing),
        },
        request=request,
    )


@register.simple_tag(takes_context=True)
def place_map(context, page):
    """The map of one page with coordinates, named in words by its address or its title."""
    if page is None or getattr(page, "latitude", None) is None:
        return ""
    name = getattr(page, "address", "") or page.title
    label = _("Map: where %(place)s is") % {"place": name}
    return _render(context, [page], label, f"map-{page.pk}", listing=False)


@register.simple_tag(takes_context=True)
def places_map(context, pages):
    """One map of every page in `pages` (a page of results, a list or a queryset already
    evaluated) that has coordinates."""
    pages = [page for page in pages if getattr(page, "latitude", None) is not None]
    if not pages:
        return ""

    def label(count):
        return ngettext(
            "Map of the %(count)s place listed on this page",
            "Map of the %(count)s places listed on this page",
            count,
        ) % {"count": count}

    return _render(context, pages, label, f"map-list-{pages[0].pk}", listing=True)
