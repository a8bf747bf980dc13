"""Pages that happen at a time and a place: project meetings, institution events, business
events. One set of fields, one set of checks and one calendar entry, so the calendar, the feeds
and the JSON-LD treat them alike."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy as ngettext
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from hub.events import Entry


class ScheduledPage(models.Model):
    """Start and end, place, venue accessibility, online link, cancellation. Subclasses say how
    long they may last, whether they need a place, and what their calendar entry shows."""

    start = models.DateTimeField(_("starts at"))
    end = models.DateTimeField(_("ends at"))
    place = models.CharField(
        _("place"),
        max_length=250,
        blank=True,
        help_text=_(
            "The address and the hall or room, e.g. Shapira community center, 42 Kibbutz Galuyot St., hall B."
        ),
    )
    venue_accessibility = models.CharField(
        _("accessibility of the venue"),
        max_length=300,
        blank=True,
        help_text=_("For example: step-free entrance, accessible toilet, hearing loop."),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("A link to join online or watch the broadcast, if there is one."),
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("Tick if it will not take place; the page stays up and says so."),
    )
    cancellation_note = models.CharField(
        _("why it was cancelled"),
        max_length=300,
        blank=True,
        help_text=_("Shown to residents on a cancelled page, e.g. the new date."),
    )

    longest = datetime.timedelta(days=1)
    calendar_kind = "event"
    # What calendar_entry() reads: of the page's relations, and of its context page beyond the
    # title and URL; querysets that show entries select these.
    entry_related = ("locale", "unit")
    entry_context_fields = ()

    when_panel = MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When"))
    where_fields = [
        FieldPanel("place"),
        FieldPanel("venue_accessibility"),
        FieldPanel("online_url"),
    ]
    cancellation_panel = MultiFieldPanel(
        [FieldPanel("cancelled"), FieldPanel("cancellation_note")], heading=_("Cancellation")
    )
    schedule_search_fields = [index.SearchField("place"), index.FilterField("start")]

    class Meta:
        abstract = True
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]

    def clean(self):
        super().clean()
        errors = self.validation_errors()
        if errors:
            raise ValidationError(errors)

    def validation_errors(self):
        """Errors by field; subclasses add their own to these."""
        errors = self.place_errors()
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must come after the start.")
        elif self.start and self.end and self.end - self.start > self.longest:
            errors["end"] = ngettext(
                "It can last %(days)s day at the most.",
                "It can last %(days)s days at the most.",
                self.longest.days,
            ) % {"days": self.longest.days}
        if self.cancellation_note and not self.cancelled:
            errors["cancellation_note"] = _("Explain a cancellation only when it is cancelled.")
        return errors

    def place_errors(self):
        if not self.place and not self.online_url:
            return {"place": _("Give a place, an online link, or both.")}
        return {}

    # The calendar entry; `context` is the page this one belongs to (a project, an institution).

    def calendar_entry(self, request=None, context=None):
        return Entry(
            uid=f"{self.calendar_kind}-{self.translation_key}-{self.locale.language_code}@hub",
            title=self.title,
            url=self.get_url(request),
            start=self.start,
            end=self.end,
            kind_label=self.entry_kind_label(),
            place=self.entry_place(context),
            online_url=self.online_url,
            cancelled=self.cancelled,
            context_title=context.title if context else "",
            context_url=context.get_url(request) if context else "",
            details=self.entry_details(),
            description=self.entry_description(),
            updated=self.last_published_at,
            organizer=self.entry_organizer(),
        )

    def entry_kind_label(self):
        return self.get_kind_display()

    def entry_place(self, context):
        return self.place

    def entry_details(self):
        return []

    def entry_description(self):
        return self.venue_accessibility

    def entry_organizer(self):
        return self.unit.name
