"""Recording news when it happens: on each publication, the page's domain compares it with its
previous live version and names what is new; the items are kept with the unit and the
neighborhoods the page had then."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.dispatch import receiver
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.signals import page_published

from hub.models import NewsItem, NewsNeighborhood
from hub.registry import neighborhoods_of_pages, news_kinds, news_sources

PUBLISH_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled")


@dataclass(frozen=True)
class NewsKind:
    """How the feeds show one kind of news: `title` has the placeholders %(title)s (the page's
    title) and %(detail)s (the detail recorded with the item, shown through `detail_label`);
    `describe(page)` gives a short description in the page's language."""

    code: str
    title: str
    describe: Callable | None = None
    detail_label: Callable | None = None

    def title_for(self, page, detail):
        label = self.detail_label(detail) if self.detail_label else detail
        return str(self.title) % {"title": page.title, "detail": label}

    def description_for(self, page):
        if self.describe is not None:
            return self.describe(page)
        return page.search_description


def when_and_where(page):
    """The description of a dated page (a meeting, an event): when it starts and where."""
    when = formats.date_format(timezone.localtime(page.start), "DATETIME_FORMAT")
    where = page.place or page.online_url
    if not where:
        return when
    return str(_("%(when)s, %(where)s") % {"when": when, "where": where})


def previous_live_version(page, revision):
    """The page as it was last published before `revision`, or None if it never was. Read from
    the publication log, written after page_published is sent; a purged revision counts as the
    page itself, so nothing looks new."""
    entry = (
        PageLogEntry.objects.filter(
            page_id=page.pk, action__in=PUBLISH_ACTIONS, revision__isnull=False
        )
        .exclude(revision_id=getattr(revision, "pk", None))
        .order_by("-timestamp", "-pk")
        .first()
    )
    if entry is None:
        return None
    try:
        return Revision.objects.get(pk=entry.revision_id).as_object()
    except Revision.DoesNotExist:
        return page


def record(page, revision):
    """The news in this publication of `page`, saved; a page published for later (not live
    yet) or an alias has none of its own."""
    source = news_sources.get(page.specific_class)
    if source is None or not page.live or page.alias_of_id:
        return []
    happenings = source(page, previous_live_version(page, revision))
    if not happenings:
        return []
    moment = page.last_published_at or timezone.now()
    items = NewsItem.objects.bulk_create(
        NewsItem(
            page_id=page.pk,
            kind=kind,
            detail=detail,
            happened_at=moment,
            unit_id=getattr(page, "unit_id", None),
        )
        for kind, detail in happenings
    )
    keys = neighborhoods_of_pages([page.pk]).get(page.pk, set())
    NewsNeighborhood.objects.bulk_create(
        NewsNeighborhood(item=item, neighborhood_key=key) for item in items for key in keys
    )
    return items


@receiver(page_published)
def page_published_news(sender, instance, revision=None, **kwargs):
    if isinstance(instance, Page) and not kwargs.get("alias"):
        record(instance, revision)


def visible_items(locale):
    """Items of live, public pages in `locale`, of kinds a domain still registers. The page is
    checked for each item (EXISTS) rather than the items of all visible pages gathered: the
    newest items are then read in time order and the reading stops at the feed's length."""
    pages = Page.objects.live().public().filter(locale=locale, pk=OuterRef("page_id"))
    return NewsItem.objects.filter(Exists(pages), kind__in=list(news_kinds))
