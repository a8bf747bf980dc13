"""Feed discovery: <link rel="alternate"> elements in the <head> for the city's news feed and
for the feeds of the page's neighborhood, section (such as a project) and unit."""

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from hub.models import NeighborhoodPage
from hub.registry import news_sections

register = template.Library()

CITY = _("News of Tel Aviv-Yafo")
FORMATS = (
    ("rss", "application/rss+xml", _("%(title)s (RSS)")),
    ("atom", "application/atom+xml", _("%(title)s (Atom)")),
)


def feeds_of(page):
    """(feed name, URL arguments, title) of each feed about `page`, the city's first."""
    feeds = [("city", {}, None)]
    if not isinstance(page, Page):
        return feeds
    if isinstance(page, NeighborhoodPage):
        feeds.append(("neighborhood", {"key": page.translation_key}, page.title))
    for section, model in news_sections.items():
        if type(page) is model:
            feeds.append(("section", {"section": section, "key": page.translation_key}, page.title))
    if getattr(page, "unit_id", None):
        feeds.append(("unit", {"code": page.unit.code}, page.unit.name))
    return feeds


@register.inclusion_tag("includes/news_feed_links.html")
def news_feed_links(page=None):
    links = []
    for name, kwargs, title in feeds_of(page):
        for suffix, media_type, label in FORMATS:
            try:
                url = reverse(f"news_{name}_{suffix}", kwargs=kwargs)
            except NoReverseMatch:
                continue
            name_title = _("News of %(name)s") % {"name": title} if title else CITY
            links.append({"url": url, "type": media_type, "title": label % {"title": name_title}})
    return {"links": links}
