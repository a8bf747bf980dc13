"""The city calendar: every domain's dated pages (see hub.registry.calendar_sources) in one list,
filterable by dates, neighborhood, audience and type, with an iCalendar feed of the same."""

import datetime
import itertools
from datetime import timedelta

from django import forms
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, PageViewRestriction

from hub.events import MergedEntries, calendar_response
from hub.filters import DayField, FilterForm, ObjectChoiceField, choices
from hub.registry import calendar_sources
from hub.validation import LONGEST_EVENT
from hub.vocabulary import AUDIENCES

from .neighborhoods import NeighborhoodPage
from .pages import CachedListingMixin, IntroPage

PAGE_SIZE = 20
FEED_LIMIT = 1000
FEED_PAST_DAYS = 30


def restricted_q():
    """Pages under a view restriction, as Wagtail's private_q() finds them, without its join of
    the restrictions to the pages: SQLite, with statistics for the pages but none for the
    (usually empty) restrictions table, answers that join by scanning every page."""
    restricted = list(PageViewRestriction.objects.values_list("page_id", flat=True))
    if not restricted:
        return Q(pk__in=[])
    under = Q()
    for prefix in Page.objects.filter(pk__in=restricted).values_list("path", flat=True):
        under |= Q(path__startswith=prefix)
    return under


def _day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def week_of(day):
    """The week containing `day`, Sunday to Saturday, as the week runs here."""
    sunday = day - timedelta(days=(day.weekday() + 1) % 7)
    return sunday, sunday + timedelta(days=6)


class EventFilters(FilterForm):
    """From (today unless told otherwise) and until, neighborhood, audience, type."""

    neighborhood = ObjectChoiceField(label=_("Neighborhood"), empty_label=_("All neighborhoods"))
    audience = forms.ChoiceField(label=_("For whom"), choices=choices(_("Everyone"), AUDIENCES))
    type = forms.ChoiceField(label=_("Type"))

    def setup(self, locale_id, default_from=None):
        # "from" is a Python keyword: it cannot be declared as a class attribute.
        self.fields["from"] = DayField(label=_("From"))
        self.fields["to"] = DayField(label=_("Until"))
        self.order_fields(["from", "to"])
        self.defaults["from"] = default_from or timezone.localdate()
        self.fields["neighborhood"].set_objects(NeighborhoodPage.choices_for(locale_id))
        self.fields["type"].choices = choices(
            _("All types"), [(kind, source.label) for kind, source in calendar_sources.items()]
        )

    def clean(self):
        data = super().clean()
        start = data.get("from") or self.defaults["from"]
        if data.get("to") and data["to"] < start:
            self.add_error("to", _("The end must come after the start."))
        return data


class EventIndexPage(RoutablePageMixin, CachedListingMixin, IntroPage):
    """What is on in the city: project meetings, institution events and more, by date."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    listing_template = "hub/components/event_listing.html"

    class Meta:
        verbose_name = _("events calendar")

    def entries(self, request, chosen):
        neighborhood = chosen.get("neighborhood")
        private = restricted_q()
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
                pages = pages.filter(start__lt=_day_start(chosen["to"] + timedelta(1)))
            sources.append((source, pages))
        return MergedEntries(sources, request)

    def listing_data(self, request):
        filters = EventFilters(request.GET, locale_id=self.locale_id)
        paginator = Paginator(self.entries(request, filters.chosen), PAGE_SIZE)
        results = paginator.get_page(request.GET.get("page"))
        more = paginator.object_list.more
        days = [
            (day, list(entries))
            for day, entries in itertools.groupby(
                results.object_list, key=lambda entry: timezone.localtime(entry.start).date()
            )
        ]
        today = timezone.localdate()
        sunday, saturday = week_of(today)
        return {
            "results": results,
            "more": more,
            "days": days,
            "filters": filters,
            "ranges": [
                (label, f"?from={first.isoformat()}&to={last.isoformat()}")
                for label, first, last in (
                    (_("Today"), today, today),
                    (_("This week"), sunday, saturday),
                    (_("Next week"), sunday + timedelta(7), saturday + timedelta(7)),
                )
            ],
        }

    def listing_key_parts(self, request):
        return [str(timezone.localdate())]  # the listing starts today

    @path("calendar/", name="feed")
    def feed(self, request):
        """The same filters as the page, as a calendar to subscribe to; it reaches back a month
        unless told where to start."""
        default_from = timezone.localdate() - timedelta(days=FEED_PAST_DAYS)
        filters = EventFilters(request.GET, locale_id=self.locale_id, default_from=default_from)
        chosen = filters.chosen
        if filters.unknown:
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
