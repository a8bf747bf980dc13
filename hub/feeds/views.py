"""The feeds themselves, through Django's syndication framework: one feed class per scope
(city, neighborhood, unit, section page), each in RSS 2.0 and Atom 1.0. An unknown identifier
is a 404; the items are read in a fixed number of queries whatever their number."""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from hub.models import MunicipalUnit, NeighborhoodPage
from hub.registry import news_kinds, news_sections

from .news import visible_items

LIMIT = 50
MUNICIPALITY = _("Tel Aviv-Yafo Municipality")


@dataclass
class Scope:
    title: str
    description: str
    link: str
    items: QuerySet
    request: object


@dataclass
class Entry:
    title: str
    link: str
    guid: str
    happened_at: object
    description: str


def subtree(page):
    """The page and the pages below it, as a range of the tree's path index (a prefix LIKE is
    not answered from the index on SQLite)."""
    return Page.objects.filter(path__range=(page.path, page.path + "Z" * (255 - len(page.path))))


def home_link(request, locale):
    site = Site.find_for_request(request)
    root = site.root_page if site else None
    home = root.get_translation_or_none(locale) if root else None
    return (home or root).get_url(request) if root else "/"


def entries(items, request):
    """The newest items as feed entries: their pages are read at once, by page type."""
    items = list(items.order_by("-happened_at", "-pk")[:LIMIT])
    pages = {
        page.pk: page for page in Page.objects.filter(pk__in={i.page_id for i in items}).specific()
    }
    found = []
    for item in items:
        page, kind = pages.get(item.page_id), news_kinds[item.kind]
        if page is None:
            continue
        found.append(
            Entry(
                title=kind.title_for(page, item.detail),
                link=page.get_url(request),
                guid=f"urn:uuid:{item.uid}",
                happened_at=item.happened_at,
                description=kind.description_for(page),
            )
        )
    return found


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    author_name = MUNICIPALITY

    def scope(self, request, locale, **kwargs):
        raise NotImplementedError

    def get_object(self, request, **kwargs):
        locale = Locale.get_active()
        return self.scope(request, locale, **kwargs)

    def title(self, scope):
        return scope.title

    def link(self, scope):
        return scope.link

    def description(self, scope):
        return scope.description

    def subtitle(self, scope):
        return scope.description

    def items(self, scope):
        return entries(scope.items, scope.request)

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.link

    def item_guid(self, entry):
        return entry.guid

    item_guid_is_permalink = False

    def item_description(self, entry):
        return entry.description

    def item_pubdate(self, entry):
        return entry.happened_at

    def item_updateddate(self, entry):
        return entry.happened_at


class CityFeed(NewsFeed):
    def scope(self, request, locale):
        return Scope(
            title=str(_("News of Tel Aviv-Yafo")),
            description=str(
                _("Meetings announced, protocols published, projects and events, as they happen.")
            ),
            link=home_link(request, locale),
            items=visible_items(locale),
            request=request,
        )


class NeighborhoodFeed(NewsFeed):
    def scope(self, request, locale, key):
        page = (
            NeighborhoodPage.objects.live().public().filter(locale=locale, translation_key=key)
        ).first()
        if page is None:
            raise Http404("No such neighborhood.")
        return Scope(
            title=str(_("News of %(name)s") % {"name": page.title}),
            description=str(_("What happens in %(name)s, as it happens.") % {"name": page.title}),
            link=page.get_url(request),
            items=visible_items(locale).filter(neighborhoods__neighborhood_key=key),
            request=request,
        )


class UnitFeed(NewsFeed):
    def scope(self, request, locale, code):
        unit = MunicipalUnit.objects.filter(locale=locale, code=code).first()
        if unit is None:
            raise Http404("No such unit.")
        return Scope(
            title=str(_("News of %(name)s") % {"name": unit.name}),
            description=str(_("What %(name)s publishes, as it happens.") % {"name": unit.name}),
            link=home_link(request, locale),
            items=visible_items(locale).filter(unit=unit),
            request=request,
        )


class SectionFeed(NewsFeed):
    """A page and everything below it, such as a project and its meetings."""

    def scope(self, request, locale, section, key):
        model = news_sections.get(section)
        if model is None:
            raise Http404("No such feed.")
        page = (model.objects.live().public().filter(locale=locale, translation_key=key)).first()
        if page is None:
            raise Http404("No such page.")
        return Scope(
            title=str(_("News of %(name)s") % {"name": page.title}),
            description=str(_("What happens in %(name)s, as it happens.") % {"name": page.title}),
            link=page.get_url(request),
            items=visible_items(locale).filter(page__in=subtree(page).values("pk")),
            request=request,
        )


def atom(feed_class):
    return type(f"Atom{feed_class.__name__}", (feed_class,), {"feed_type": Atom1Feed})


FEEDS = {
    "city": CityFeed,
    "neighborhood": NeighborhoodFeed,
    "unit": UnitFeed,
    "section": SectionFeed,
}
