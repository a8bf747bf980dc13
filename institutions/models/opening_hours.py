"""An institution's weekly opening hours and the days that differ from them."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from ..hours import WEEKDAY_CHOICES, city_time, opening_state
from ..vocabulary import HOLIDAYS

# What the home page reads of hours and of their places.
PLACE_FIELDS = ("title", "url_path", "path", "depth", "locale_id")
# What the opening state reads of weekly hours (hours.spans_on), and what orders them.
HOUR_ROW = ("pk", "institution_id", "weekday", "opens", "closes", "sort_order")


class OpeningHours(Orderable):
    institution = ParentalKey(
        "institutions.InstitutionPage", on_delete=models.CASCADE, related_name="opening_hours"
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAY_CHOICES)
    opens = models.TimeField(_("opens at"))
    closes = models.TimeField(
        _("closes at"), help_text=_("A closing time before the opening time means after midnight.")
    )

    panels = [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")


class HoursException(Orderable):
    """A day with other hours than usual, or closed: a holiday, maintenance, a special event."""

    REASONS = [
        ("holiday", _("Holiday")),
        ("holiday_eve", _("Holiday eve")),
        ("maintenance", _("Maintenance")),
        ("event", _("Special event")),
    ]

    institution = ParentalKey(
        "institutions.InstitutionPage", on_delete=models.CASCADE, related_name="hours_exceptions"
    )
    date = models.DateField(_("date"))
    reason = models.CharField(_("reason"), max_length=20, choices=REASONS)
    holiday = models.CharField(_("holiday"), max_length=20, choices=HOLIDAYS, blank=True)
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens at"), null=True, blank=True)
    closes = models.TimeField(_("closes at"), null=True, blank=True)

    panels = [
        FieldPanel("date"),
        FieldPanel("reason"),
        FieldPanel("holiday"),
        FieldPanel("closed"),
        FieldPanel("opens"),
        FieldPanel("closes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("exception to the opening hours")
        verbose_name_plural = _("exceptions to the opening hours")

    def clean(self):
        super().clean()
        if self.closed and (self.opens or self.closes):
            raise ValidationError(_("A day closed all day has no opening hours."))
        if not self.closed and (self.opens is None or self.closes is None):
            raise ValidationError(_("Give the opening and closing time, or tick closed all day."))


def attach_opening(places, moment=None):
    """Give each place its weekly hours (`hour_list`), its exceptions from the day before
    `moment` on (`exception_list`) and its state at `moment` (`opening`, see
    hours.OpeningState), in two queries whatever their number."""
    places = list(places)
    if not places:
        return places
    return with_opening(
        places,
        OpeningHours.objects.filter(institution__in=places),
        _exceptions_from_yesterday(places, moment),
        moment,
    )


def open_places(places, moment=None):
    """The places of a query that have weekly hours, each with its hours, exceptions and
    state as `attach_opening` gives them, in three queries. The hours come as plain rows: a
    city has thousands, and a model instance for each (and for its place) cost more than the
    query itself (120 ms of a 150 ms home page at 500 institutions)."""
    hours = list(
        OpeningHours.objects.filter(institution__in=places).values_list(*HOUR_ROW, named=True)
    )
    found = (
        places.filter(pk__in={row.institution_id for row in hours})
        .select_related(None)
        .only(*PLACE_FIELDS)
    )
    ordered = sorted(found, key=lambda place: (place.title, place.pk))
    return with_opening(ordered, hours, _exceptions_from_yesterday(places, moment), moment)


def with_opening(places, hours, exceptions, moment=None):
    hours, exceptions = _by_institution(hours), _by_institution(exceptions)
    for place in places:
        place.hour_list = hours.get(place.pk, [])
        place.exception_list = exceptions.get(place.pk, [])
        place.opening = opening_state(place.hour_list, place.exception_list, moment)
        place.open_now = place.opening.open
    return places


def _exceptions_from_yesterday(places, moment):
    """The places' dated exceptions from the day before `moment` on: what the state reads."""
    yesterday = city_time(moment).date() - datetime.timedelta(days=1)
    return HoursException.objects.filter(institution__in=places, date__gte=yesterday)


def _by_institution(rows):
    grouped = {}
    for row in sorted(rows, key=lambda row: (row.institution_id, row.sort_order or 0, row.pk)):
        grouped.setdefault(row.institution_id, []).append(row)
    return grouped
