"""Dated things from every domain — project meetings, institution events, business events — in
one shape, so the city calendar, the iCalendar feeds and the JSON-LD treat them alike."""

import datetime
import heapq
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, Timezone, vText

from hub import json_ld
from hub.json_ld import to_json_ld

PRODID = "-//Tel Aviv-Yafo municipal hub//calendar//HE"


@dataclass
class Entry:
    """One event as residents see it, whatever domain it comes from."""

    uid: str
    title: str
    url: str
    start: datetime.datetime
    end: datetime.datetime
    kind_label: str
    place: str = ""
    online_url: str = ""
    cancelled: bool = False
    context_title: str = ""
    context_url: str = ""
    details: list = field(default_factory=list)
    description: str = ""
    updated: datetime.datetime | None = None
    organizer: str = ""


class MergedEntries:
    """Several sources' pages as one list ordered by start, for Django's Paginator: counting asks
    each source once, and a slice reads only (start, pk) pairs up to its end before fetching the
    pages it shows.

    Counting stops at `limit`: past it, `more` is true and the list ends there (narrowing the
    dates shows the rest), so a long calendar never counts every row it holds."""

    def __init__(self, sources, request, limit=1000):
        self.sources = sources  # [(source, queryset)]
        self.request = request
        self.limit = limit
        self.more = False
        self._count = None

    def count(self):
        if self._count is None:
            total = sum(
                queryset.order_by()[: self.limit + 1].count() for _source, queryset in self.sources
            )
            self.more = total > self.limit
            self._count = min(total, self.limit)
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        start, stop = item.start or 0, item.stop
        keyed = [
            [
                (moment, number, pk)
                for moment, pk in queryset.order_by("start", "pk").values_list("start", "pk")[:stop]
            ]
            for number, (_source, queryset) in enumerate(self.sources)
        ]
        chosen = list(heapq.merge(*keyed))[start:stop]
        entries = {}
        for number, (source, _queryset) in enumerate(self.sources):
            pks = [pk for _moment, n, pk in chosen if n == number]
            if pks:
                found = source.entries_by_pk(source.model.objects.filter(pk__in=pks), self.request)
                entries.update(((number, pk), entry) for pk, entry in found.items())
        return [entries[number, pk] for _moment, number, pk in chosen if (number, pk) in entries]


def calendar_response(request, entries, title, filename="calendar.ics"):
    """An RFC 5545 calendar of `entries`, with the city's time zone spelled out."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", title)
    zone = timezone.get_current_timezone()
    calendar.add("x-wr-timezone", str(zone))
    calendar.add_component(Timezone.from_tzinfo(zone))
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", entry.updated or timezone.now())
        event.add("dtstart", timezone.localtime(entry.start, zone))
        event.add("dtend", timezone.localtime(entry.end, zone))
        event.add("summary", entry.title)
        event.add("url", request.build_absolute_uri(entry.url))
        location = ", ".join(part for part in (entry.place, entry.online_url) if part)
        if location:
            event.add("location", vText(location))
        event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
        if entry.description:
            event.add("description", entry.description)
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_json_ld(entry, request, location=None, **extra):
    """schema.org Event for an entry, as JSON ready for the page; see hub.json_ld."""
    return to_json_ld(json_ld.event(entry, request, location=location, **extra))
