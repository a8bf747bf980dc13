"""The institutions' work-plan metrics: club benefits, events in the community space, open Beit
Am, facility upgrades and holiday events.

Each metric reads the source-language (Hebrew) live, public pages in a fixed number of queries
whatever the number of institutions and events: the institutions as values (their benefits and
upgrades as raw stream data, no block built), and their events counted by the institution's tree
path (an event is a child of its institution)."""

import json

from django.db.models import Count
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from wagtail.models import Locale

from hub.targets.metrics import Item, Measure, Metric, register_metric
from hub.targets.reading import gap_sentence, page_urls, raw_stream

from .models import InstitutionEventPage, InstitutionPage
from .vocabulary import HOLIDAYS, EventSetting

# The upgrades that count as done, of institutions.blocks.UPGRADE_STATUSES.
DONE_UPGRADES = {"opened"}
# The holidays the work plan asks the institutions to mark with community events.
WORK_PLAN_HOLIDAYS = ("independence_day", "shavuot", "sigd", "sudan_memorial", "simchat_torah")
INSTITUTION_VALUES = ("pk", "translation_key", "title", "path", "url_path")


def live_institutions(scope, units=True):
    """The live, public Hebrew institutions in the scope's neighborhoods and, with `units`,
    of its units."""
    institutions = InstitutionPage.objects.live().public().filter(locale=Locale.get_default())
    if units:
        institutions = institutions.filter(unit__translation_key__in=scope.units)
    if scope.neighborhoods is not None:
        institutions = institutions.filter(neighborhood__translation_key__in=scope.neighborhoods)
    return institutions


def events_in_period(scope, institutions, **conditions):
    """The live, public events not cancelled that started in the period, below `institutions`
    (a query), with their institution's path as `institution_path`."""
    return (
        InstitutionEventPage.objects.live()
        .public()
        .filter(
            cancelled=False,
            start__gte=scope.start_at,
            start__lt=scope.end_at,
            start__lte=scope.now,
            **conditions,
        )
        .annotate(institution_path=Substr("path", 1, Length("path") - InstitutionEventPage.steplen))
        .filter(institution_path__in=institutions.values("path"))
    )


def _item(page, url, done, gap, detail=""):
    return Item(
        title=page["title"],
        done=done,
        key=str(page["translation_key"]),
        missing=() if done else (gap,),
        page_id=page["pk"],
        url=url(page["url_path"]),
        detail=detail,
    )


def is_current(benefit, day):
    """Whether a benefit (a raw block value) is valid on `day` (an ISO date: they compare as
    strings)."""
    valid_from, valid_to = benefit.get("valid_from"), benefit.get("valid_to")
    return (not valid_from or valid_from <= day) and (not valid_to or valid_to >= day)


@register_metric(
    "institutions.benefits",
    _("Institutions offering club benefits"),
    Metric.SHARE,
    description=_(
        "The share of the unit's institutions that offer at least the target's number of "
        "residents' club benefits valid on the day measured."
    ),
    gaps={
        "benefits": gap_sentence(
            ngettext_lazy(
                "%(count)s institution offers too few current club benefits",
                "%(count)s institutions offer too few current club benefits",
                "count",
            )
        )
    },
)
def benefits(scope):
    day = scope.as_of.isoformat()
    url = page_urls()
    items = []
    rows = live_institutions(scope).annotate(raw=raw_stream("benefits"))
    for institution in rows.values(*INSTITUTION_VALUES, "raw").order_by("title", "pk"):
        current = sum(
            1 for block in json.loads(institution["raw"] or "[]") if is_current(block["value"], day)
        )
        items.append(
            _item(
                institution,
                url,
                current >= scope.per_item,
                "benefits",
                detail=ngettext("%(count)s current benefit", "%(count)s current benefits", current)
                % {"count": current},
            )
        )
    return Measure.share(items)


@register_metric(
    "institutions.community_events",
    _("Institutions holding events in the community space"),
    Metric.SHARE,
    description=_(
        "The share of the unit's institutions that held at least the target's number of events "
        "in the community space, outside their building, in the period."
    ),
    gaps={
        "community_events": gap_sentence(
            ngettext_lazy(
                "%(count)s institution held too few events in the community space",
                "%(count)s institutions held too few events in the community space",
                "count",
            )
        )
    },
)
def community_events(scope):
    institutions = live_institutions(scope)
    counts = dict(
        events_in_period(scope, institutions, setting=EventSetting.COMMUNITY_SPACE)
        .values("institution_path")
        .annotate(events=Count("pk"))
        .values_list("institution_path", "events")
        .order_by()
    )
    url = page_urls()
    items = []
    for institution in institutions.values(*INSTITUTION_VALUES).order_by("title", "pk"):
        held = counts.get(institution["path"], 0)
        done = held >= scope.per_item
        detail = ngettext(
            "%(count)s event in the community space",
            "%(count)s events in the community space",
            held,
        ) % {"count": held}
        items.append(_item(institution, url, done, "community_events", detail=detail))
    return Measure.share(items)


@register_metric(
    "institutions.open_beit_am",
    _("Institutions running an open Beit Am"),
    Metric.SHARE,
    description=_(
        "The share of the unit's institutions that run an open Beit Am, open to every resident."
    ),
    gaps={
        "open_beit_am": gap_sentence(
            ngettext_lazy(
                "%(count)s institution runs no open Beit Am",
                "%(count)s institutions run no open Beit Am",
                "count",
            )
        )
    },
)
def open_beit_am(scope):
    url = page_urls()
    rows = live_institutions(scope).values(*INSTITUTION_VALUES, "open_beit_am")
    items = [
        _item(institution, url, institution["open_beit_am"], "open_beit_am")
        for institution in rows.order_by("title", "pk")
    ]
    return Measure.share(items)


@register_metric(
    "institutions.upgrades",
    _("Facility upgrades completed"),
    Metric.COUNT,
    description=_(
        "How many upgrades of the unit's institutions were opened in the years of the period."
    ),
)
def upgrades(scope):
    years = range(scope.start.year, scope.end.year + 1)
    url = page_urls()
    items = []
    rows = live_institutions(scope).annotate(raw=raw_stream("upgrades"))
    for institution in rows.values(*INSTITUTION_VALUES, "raw").order_by("title", "pk"):
        for block in json.loads(institution["raw"] or "[]"):
            value = block["value"]
            if value.get("status") in DONE_UPGRADES and value.get("year") in years:
                items.append(
                    Item(
                        title=value.get("what", ""),
                        done=True,
                        key=f"{institution['translation_key']}:{block.get('id', '')}",
                        page_id=institution["pk"],
                        url=url(institution["url_path"]),
                        detail=f"{institution['title']} ({value['year']})",
                    )
                )
    return Measure.count_of(items)


@register_metric(
    "institutions.holiday_events",
    _("Community events marking the work plan's holidays"),
    Metric.COUNT,
    description=_(
        "How many events of the unit marked Independence Day, Shavuot, the Sigd, the memorial "
        "for those who perished on the way through Sudan or Simchat Torah in the period."
    ),
)
def holiday_events(scope):
    """Events the scope's units hold, at institutions in its neighborhoods."""
    events = events_in_period(
        scope,
        live_institutions(scope, units=False),
        holiday__in=WORK_PLAN_HOLIDAYS,
        unit__translation_key__in=scope.units,
    )
    labels = {key: str(label) for key, label in HOLIDAYS}
    url = page_urls()
    items = [
        _item(event, url, True, "", detail=labels[event["holiday"]])
        for event in events.values(*INSTITUTION_VALUES, "holiday").order_by("start", "pk")
    ]
    return Measure.count_of(items)
