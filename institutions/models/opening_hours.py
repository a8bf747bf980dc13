"""An institution's weekly opening hours and the days that differ from them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from ..hours import WEEKDAY_CHOICES
from ..vocabulary import HOLIDAYS


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
