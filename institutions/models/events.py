"""Events an institution holds, in its building or out in the community space."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.api.fields import Choices, Number, api_fields_of
from hub.events import calendar_response
from hub.fields import MultipleChoiceField
from hub.models import ScheduledPage, UnitOwnedPage
from hub.vocabulary import AUDIENCES

from ..json_ld import event_json_ld_for
from ..vocabulary import HOLIDAYS, EventSetting


class InstitutionEventPage(RoutablePageMixin, ScheduledPage, UnitOwnedPage):
    """An event an institution holds, in its building or out in the community space."""

    description = models.TextField(
        _("description"), help_text=_("What happens, for whom, and what to bring.")
    )
    setting = models.CharField(
        _("inside or outside"),
        max_length=20,
        choices=EventSetting.choices,
        default=EventSetting.INSIDE,
        help_text=_("Inside the institution's building, or out in the community space."),
    )
    place = models.CharField(
        _("place"),
        max_length=250,
        blank=True,
        help_text=_("Leave empty for the institution's own building."),
    )
    audiences = MultipleChoiceField(
        _("for whom"), choices=AUDIENCES, help_text=_("Leave empty if it is for everyone.")
    )
    free = models.BooleanField(
        _("free entry"),
        default=True,
        help_text=_("Untick if there is a charge, and give the price."),
    )
    price = models.DecimalField(
        _("price (₪)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("In shekels, e.g. 20."),
    )
    holiday = models.CharField(
        _("holiday"),
        max_length=20,
        choices=HOLIDAYS,
        blank=True,
        help_text=_("The holiday the event marks, if any; the calendar shows it."),
    )

    calendar_kind = "institution-event"
    entry_related = ("locale",)  # its institution organizes it, not the unit
    entry_context_fields = ("address",)
    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("description"),
        ScheduledPage.when_panel,
        MultiFieldPanel([FieldPanel("setting"), *ScheduledPage.where_fields], heading=_("Where")),
        FieldPanel("audiences"),
        MultiFieldPanel([FieldPanel("free"), FieldPanel("price")], heading=_("Entry")),
        FieldPanel("holiday"),
        ScheduledPage.cancellation_panel,
    ]
    search_fields = UnitOwnedPage.search_fields + [
        *ScheduledPage.schedule_search_fields,
        index.SearchField("description"),
        index.FilterField("setting"),
        index.FilterField("holiday"),
    ]
    override_translatable_fields = [SynchronizedField("audiences", overridable=False)]
    api_fields = api_fields_of(
        *("description", "start", "end", "setting", "place", "venue_accessibility", "online_url"),
        *("free", "holiday", "cancelled", "cancellation_note", "unit"),
        audiences=Choices(dict(AUDIENCES)),
        price=Number(),
    )
    parent_page_types = ["institutions.InstitutionPage"]
    subpage_types = []

    class Meta(ScheduledPage.Meta):
        verbose_name = _("institution event")
        verbose_name_plural = _("institution events")

    @property
    def audience_labels(self):
        return self._meta.get_field("audiences").labels(self.audiences)

    @property
    def price_display(self):
        """40 rather than 40.00; 12.50 stays."""
        if self.price is None:
            return ""
        return (
            f"{self.price:.0f}" if self.price == self.price.to_integral() else f"{self.price:.2f}"
        )

    @property
    def outside(self):
        return self.setting == EventSetting.COMMUNITY_SPACE

    def place_errors(self):
        if self.outside and not self.place:
            return {"place": _("Say where in the community space the event takes place.")}
        return {}

    def validation_errors(self):
        errors = super().validation_errors()
        if not self.free and self.price is None:
            errors["price"] = _("Give the price, or tick free entry.")
        if self.free and self.price:
            errors["price"] = _("A free event has no price.")
        return errors

    # Its calendar entry: `context` is its institution.

    def entry_kind_label(self):
        return self.get_setting_display()

    def entry_place(self, context):
        return self.place or (context.address if context else "")

    def entry_details(self):
        details = list(self.audience_labels)
        if self.free:
            details.append(gettext("Free entry"))
        elif self.price is not None:
            details.append(gettext("%(price)s ₪") % {"price": self.price_display})
        if self.holiday:
            details.append(self.get_holiday_display())
        return details

    def entry_description(self):
        return self.description

    def entry_organizer(self):
        return ""  # see json_ld.event_json_ld_for

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        institution = self.get_parent().specific
        context["institution"] = institution
        context["json_ld"] = event_json_ld_for(self, institution, request)
        return context

    @path("calendar/", name="ics")
    def ics(self, request):
        institution = self.get_parent().specific
        return calendar_response(
            request, [self.calendar_entry(request, institution)], self.title, f"{self.slug}.ics"
        )

    @path("", name="event")
    def event(self, request):
        return self.render(request)
