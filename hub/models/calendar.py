"""The city calendar: every domain's dated pages (see hub.registry.calendar_sources) in one list,
filterable by dates, neighborhood, audience and type, with an iCalendar feed of the same."""

import datetime
import itertools

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from hub.cache import content_version
from hub.events import MergedEntries, calendar_response
from hub.registry import calendar_sources
from hub.validation import LONGEST_EVENT
from hub.vocabulary import AUDIENCES

from .neighborhoods import NeighborhoodPage
from .pages import UnitOwnedPage

PAGE_SIZE = 20
FEED_LIMIT = 1000
FEED_PAST_DAYS = 30
EARLIEST, LATEST = datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)
CACHE_QUERY_LIMIT = 200


def _day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def _parse_day(value):
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return None
    return day if EARLIEST <= day <= LATEST else None


def week_of(day):
    """The week containing `day`, Sunday to Saturday, as the week runs here."""
    sunday = day - datetime.timedelta(days=(day.weekday() + 1) % 7)
    return sunday, sunday + datetime.timedelta(days=6)


class EventIndexPage(RoutablePageMixin, UnitOwnedPage):
    """What is on in the city: project meetings, institution events and more, by date."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = UnitOwnedPage.content_panels + [FieldPanel("intro")]
    search_fields = UnitOwnedPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events calendar")

    def filters(self, request, default_from=None):
        """The GET filters checked against what they may be; unknown or impossible values are
        dropped and named, so the page can say so."""
        chosen, unknown = {}, []
        today = timezone.localdate()
        chosen["from"] = default_from or today
        value = request.GET.get("from", "")
        if value:
            day = _parse_day(value)
            if day:
                chosen["from"] = day
            else:
                unknown.append("from")
        value = request.GET.get("to", "")
        if value:
            day = _parse_day(value)
            if day and day >= chosen["from"]:
                chosen["to"] = day
            else:
                unknown.append("to")
        neighborhoods = {page.slug: page for page in NeighborhoodPage.choices_for(self.locale_id)}
        for name, known in (
            ("neighborhood", neighborhoods),
            ("audience", dict(AUDIENCES)),
            ("type", calendar_sources),
        ):
            value = request.GET.get(name, "")
            if value in known:
                chosen[name] = value if name != "neighborhood" else known[value]
            elif value:
                unknown.append(name)
        return chosen, unknown, neighborhoods.values()

    def entries(self, request, chosen):
        neighborhood = chosen.get("neighborhood")
        private = Page.objects.all().private_q()
        since = _day_start(chosen["from"])
        sources = []
        for kind, source in calendar_sources.items():
            if chosen.get("type", kind) != kind:
                continue
            pages = source.pages(
                self.locale_id,
                neighborhood_key=neighborhood.translation_key if neighborhood else None,
                audience=chosen.get("audience"),
            )
            # What is still on started at most LONGEST_EVENT ago: a range the start index answers.
            pages = pages.filter(end__gt=since, start__gte=since - LONGEST_EVENT).exclude(private)
            if "to" in chosen:
                pages = pages.filter(start__lt=_day_start(chosen["to"] + datetime.timedelta(1)))
            sources.append((source, pages))
        return MergedEntries(sources, request)

    def listing_data(self, request):
        chosen, unknown, neighborhoods = self.filters(request)
        paginator = Paginator(self.entries(request, chosen), PAGE_SIZE)
        results = paginator.get_page(request.GET.get("page"))
        more = paginator.object_list.more
        days = [
            (day, list(entries))
            for day, entries in itertools.groupby(
                results.object_list, key=lambda entry: timezone.localtime(entry.start).date()
            )
        ]
        query = request.GET.copy()
        query.pop("page", None)
        today = timezone.localdate()
        sunday, saturday = week_of(today)
        return {
            "results": results,
            "more": more,
            "days": days,
            "chosen": chosen,
            "unknown_filters": unknown,
            "neighborhoods": neighborhoods,
            "audiences": AUDIENCES,
            "types": [(kind, source.label) for kind, source in calendar_sources.items()],
            "filter_query": query.urlencode(),
            "ranges": [
                (_("Today"), today, today),
                (_("This week"), sunday, saturday),
                (_("Next week"), sunday + datetime.timedelta(7), saturday + datetime.timedelta(7)),
            ],
        }

    def get_context(self, request, *args, **kwargs):
        """The listing is computed only when its cached fragment is missing; the key holds the
        date, as the listing starts today."""
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = SimpleLazyObject(lambda: self.listing_data(request))
        query = request.GET.urlencode()
        if len(query) <= CACHE_QUERY_LIMIT:
            context["listing_cache_key"] = f"{content_version()}:{timezone.localdate()}:{query}"
        return context

    @path("calendar/", name="feed")
    def feed(self, request):
        """The same filters as the page, as a calendar to subscribe to; it reaches back a month
        unless told where to start."""
        default_from = timezone.localdate() - datetime.timedelta(days=FEED_PAST_DAYS)
        chosen, unknown, _neighborhoods = self.filters(request, default_from=default_from)
        if unknown:
            return HttpResponse(
                _("Some of the filters in the address are not known and were ignored."),
                status=404,
                content_type="text/plain; charset=utf-8",
            )
        title = self.title
        if "neighborhood" in chosen:
            title = f"{title} – {chosen['neighborhood'].title}"
        entries = self.entries(request, chosen)[:FEED_LIMIT]
        return calendar_response(request, entries, title, filename="calendar.ics")

    @path("", name="listing")
    def listing(self, request):
        return self.render(request)
