"""The open-data dataset of institutions, and their events' part of the events dataset (see
hub.opendata)."""

from django.db.models import F
from django.utils.translation import gettext_lazy as _

from hub.models import children_of_any
from hub.opendata import Column, Dataset, register_dataset
from hub.opendata.common import (
    EVENT_VALUES,
    UPDATED_COLUMN,
    common_columns,
    event_row,
    events,
    field_label,
    unit_columns,
)
from hub.opendata.registry import choice_labels, day_start, with_unit_key

from .hours import WEEKDAY_CHOICES, open_q
from .models import (
    HoursException,
    InstitutionEventPage,
    InstitutionKind,
    InstitutionPage,
    OpeningHours,
)
from .models.institutions import InstitutionFilters

WEEKDAY_NAMES = dict(WEEKDAY_CHOICES)


def label(name):
    return field_label(InstitutionPage, name)


INSTITUTION_COLUMNS = [
    *common_columns(),
    Column("kind", _("Type (code)"), " | ".join(InstitutionKind.values)),
    Column("kind_label", _("Type")),
    Column("summary", label("summary")),
    Column("neighborhood", label("neighborhood")),
    Column("address", label("address")),
    Column("latitude", label("latitude"), _("WGS 84 degrees.")),
    Column("longitude", label("longitude"), _("WGS 84 degrees.")),
    Column("phone", label("phone")),
    Column("email", label("email")),
    Column("website", label("website")),
    Column("opening_hours", _("Opening hours"), _("Day and hours, separated by semicolons.")),
    Column("audiences", label("audiences")),
    Column("accessibility", label("accessibility")),
    Column("open_beit_am", label("open_beit_am"), "true | false"),
    Column("beit_am_hours", label("beit_am_hours")),
    *unit_columns(),
    UPDATED_COLUMN,
]

institutions = register_dataset(
    Dataset(
        name="institutions",
        title=_("Community, youth and sport institutions"),
        description=_(
            "Community centers, youth clubs, country clubs, sport and culture institutions: "
            "address, location, contacts, opening hours and accessibility."
        ),
        columns=INSTITUTION_COLUMNS,
        filters=InstitutionFilters,
        order=30,
    )
)


def live_institutions(export):
    return with_unit_key(
        InstitutionPage.objects.live().public().filter(locale_id=export.locale_id)
    ).annotate(neighborhood_key=F("neighborhood__translation_key"))


def opening_hours(institution_ids):
    """{institution id: "Sunday 08:00–22:00; …"}, in one query."""
    found = {}
    rows = OpeningHours.objects.filter(institution_id__in=institution_ids).order_by(
        "weekday", "opens"
    )
    for hours in rows:
        found.setdefault(hours.institution_id, []).append(
            f"{WEEKDAY_NAMES[hours.weekday]} {hours.opens:%H:%M}–{hours.closes:%H:%M}"
        )
    return found


@institutions.add_part
def institution_rows(export):
    chosen = export.chosen
    queryset = live_institutions(export)
    if "kind" in chosen:
        queryset = queryset.filter(kind=chosen["kind"])
    if "neighborhood" in chosen:
        queryset = queryset.filter(
            neighborhood__translation_key=chosen["neighborhood"].translation_key
        )
    if "audience" in chosen:
        queryset = queryset.filter(audiences__contains=f",{chosen['audience']},")
    if "open" in chosen:
        queryset = queryset.filter(open_q(OpeningHours, HoursException))
    queryset = queryset.defer("description", "photos", "activities", "benefits", "upgrades")
    audiences = InstitutionPage._meta.get_field("audiences")
    for chunk in export.chunks(queryset.order_by("title", "pk")):
        hours = opening_hours([institution.pk for institution in chunk])
        for institution in chunk:
            yield {
                "id": institution.pk,
                "translation_key": str(institution.translation_key),
                "title": institution.title,
                "url": export.url(institution),
                "kind": institution.kind,
                "kind_label": institution.get_kind_display(),
                "summary": institution.summary,
                "neighborhood": export.neighborhoods.get(institution.neighborhood_key, ""),
                "address": institution.address,
                "latitude": institution.latitude,
                "longitude": institution.longitude,
                "phone": institution.phone,
                "email": institution.email,
                "website": institution.website,
                "opening_hours": hours.get(institution.pk, []),
                "audiences": audiences.labels(institution.audiences),
                "accessibility": institution.accessibility,
                "open_beit_am": institution.open_beit_am,
                "beit_am_hours": institution.beit_am_hours,
                **export.unit_fields(institution.unit_key),
                "updated": institution.last_published_at,
            }


EVENT_FIELDS = (*EVENT_VALUES, "path", "setting", "audiences", "free", "price")


def event_institutions(export, institutions, events):
    """{tree path: institution} of the live, public institutions these events are under, with
    their addresses and neighborhoods, in one query."""
    steplen = InstitutionEventPage.steplen
    parents = {
        institution["path"]: institution
        for institution in institutions.filter(
            path__in={event["path"][:-steplen] for event in events}
        ).values("pk", "path", "title", "url_path", "address", "neighborhood_key")
    }
    for institution in parents.values():
        institution["url"] = export.page_url(institution["url_path"])
        institution["neighborhoods"] = export.neighborhood_titles([institution["neighborhood_key"]])
    return parents


@events.add_kind("institution_events", _("Institution events"))
def institution_event_rows(export):
    """Read as plain values, not pages: an export may hold tens of thousands of events."""
    chosen = export.chosen
    queryset = with_unit_key(
        InstitutionEventPage.objects.live().public().filter(locale_id=export.locale_id)
    )
    if "neighborhood" in chosen:
        paths = live_institutions(export).filter(
            neighborhood__translation_key=chosen["neighborhood"].translation_key
        )
        queryset = queryset.filter(children_of_any(paths.values_list("path", flat=True)))
    if "from" in chosen:
        queryset = queryset.filter(end__gt=day_start(chosen["from"]))
    if "to" in chosen:
        queryset = queryset.filter(start__lt=day_start(chosen["to"], next_day=True))
    steplen = InstitutionEventPage.steplen
    settings = choice_labels(InstitutionEventPage, "setting")
    audiences = choice_labels(InstitutionEventPage, "audiences")
    type_label = str(_("Institution events"))
    queryset = queryset.order_by("start", "pk").values(*EVENT_FIELDS)
    institutions = live_institutions(export)
    for chunk in export.chunks(queryset):
        parents = event_institutions(export, institutions, chunk)
        for event in chunk:
            institution = parents.get(event["path"][:-steplen])
            if institution is None:
                continue  # under an unpublished or private institution
            yield event_row(
                export,
                event,
                "institution_events",
                type_label,
                kind_label=settings.get(event["setting"], ""),
                place=event["place"] or institution["address"],
                organizer=institution["title"],
                organizer_url=institution["url"],
                neighborhoods=institution["neighborhoods"],
                audiences=[audiences[key] for key in event["audiences"] if key in audiences],
                free=event["free"],
                price=event["price"],
            )
