"""The feeds' addresses, inside the language prefix: neighborhoods and sections by translation
key and units by code, identifiers that stay when titles and slugs change."""

from django.urls import path

from .views import FEEDS, atom

PATHS = {
    "city": "feeds/city",
    "neighborhood": "feeds/neighborhoods/<uuid:key>",
    "unit": "feeds/units/<slug:code>",
    "section": "feeds/<slug:section>/<uuid:key>",
}

urlpatterns = [
    pattern
    for name, route in PATHS.items()
    for pattern in (
        path(f"{route}.rss", FEEDS[name](), name=f"news_{name}_rss"),
        path(f"{route}.atom", atom(FEEDS[name])(), name=f"news_{name}_atom"),
    )
]
