"""What the home page shows that changes by itself: its own block, the next meetings and events
of the city calendar from every source the domains register (hub.registry.calendar_sources),
and the condition that keeps private sections out of every block.

The home page is the most visited page and is built from several domains, so each block reads
what it shows in one or two queries: here, one query across all the calendar's sources."""

from django.db.models import CharField, OuterRef, Subquery, Value
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from hub.events import Entry
from hub.registry import calendar_sources, register_home_block
from hub.validation import LONGEST_EVENT

EVENT_LIMIT = 5
EVENT_FIELDS = ("pk", "title", "url_path", "path", "depth", "locale_id", "start", "end")


def _coming(source, locale_id, private, now):
    parent = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return (
        source.pages(locale_id)
        .filter(end__gt=now, start__gte=now - LONGEST_EVENT)
        .exclude(private)
        .annotate(
            source_kind=Value(source.kind, output_field=CharField()),
            parent_title=Subquery(parent.values("title")[:1]),
        )
        .order_by()
        .values(*EVENT_FIELDS, "place", "cancelled", "source_kind", "parent_title")
    )


@register_home_block("events", order=10, template="home/components/events_block.html")
def coming_events(request, locale_id, private):
    """The next public meetings and events, those under way first; true until the first of them
    ends and leaves the list."""
    now = timezone.now()
    parts = [_coming(source, locale_id, private, now) for source in calendar_sources.values()]
    if not parts:
        return None
    rows = list(parts[0].union(*parts[1:], all=True).order_by("start", "pk")[:EVENT_LIMIT])
    if not rows:
        return None
    entries = []
    for row in rows:
        source = calendar_sources[row["source_kind"]]
        page = Page(**{name: row[name] for name in EVENT_FIELDS if name not in ("start", "end")})
        entries.append(
            Entry(
                uid=f"{row['source_kind']}-{row['pk']}",
                title=row["title"],
                url=page.get_url(request=request),
                start=row["start"],
                end=row["end"],
                kind_label=source.label,
                place=row["place"],
                cancelled=row["cancelled"],
                context_title=row["parent_title"] or "",
            )
        )
    return {
        "heading": _("Coming meetings and events"),
        "entries": entries,
        "more_label": _("The whole city calendar"),
        "until": min(entry.end for entry in entries),
    }
