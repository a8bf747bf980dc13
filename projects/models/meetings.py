"""Meetings about a project: first the invitation, then, once held, the protocol; and the
calendars of meetings."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from hub.api.fields import api_fields_of
from hub.events import calendar_response
from hub.models import ScheduledPage, UnitOwnedPage, children_of_any

from ..transparency import MeetingKind
from .serving import KnownRestrictionsMixin, without_own_restrictions


class MeetingPage(KnownRestrictionsMixin, RoutablePageMixin, ScheduledPage, UnitOwnedPage):
    """A meeting about a project: first its invitation, then, once held, its protocol."""

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=MeetingKind.choices,
        help_text=_("A public informing meeting, a residents' meeting or a round table."),
    )
    invitation = RichTextField(
        _("invitation"),
        features=["bold", "italic", "link", "ul"],
        blank=True,
        help_text=_(
            "What the meeting is about and who is invited; shown until the meeting is held."
        ),
    )
    flyer = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("invitation flyer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The invitation as a PDF, to print or share."),
    )
    protocol = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("protocol"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The protocol, once the meeting has taken place."),
    )
    summary = models.TextField(
        _("summary of the meeting"),
        blank=True,
        help_text=_("What was said and decided, for residents who could not come."),
    )

    calendar_kind = "meeting"
    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("kind"),
        ScheduledPage.when_panel,
        MultiFieldPanel(ScheduledPage.where_fields, heading=_("Where")),
        MultiFieldPanel([FieldPanel("invitation"), FieldPanel("flyer")], heading=_("Invitation")),
        MultiFieldPanel(
            [FieldPanel("protocol"), FieldPanel("summary")], heading=_("After the meeting")
        ),
        ScheduledPage.cancellation_panel,
    ]
    search_fields = UnitOwnedPage.search_fields + [
        *ScheduledPage.schedule_search_fields,
        index.SearchField("invitation"),
        index.SearchField("summary"),
        index.FilterField("kind"),
    ]
    api_fields = api_fields_of(
        *("kind", "start", "end", "place", "venue_accessibility", "online_url", "cancelled"),
        *("cancellation_note", "invitation", "flyer", "protocol", "summary", "unit"),
    )

    parent_page_types = ["projects.ProjectPage"]
    subpage_types = []

    class Meta(ScheduledPage.Meta):
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    @property
    def held(self):
        return not self.cancelled and self.end <= timezone.now()

    def validation_errors(self):
        errors = super().validation_errors()
        if self.protocol_id and self.end and self.end > timezone.now():
            errors["protocol"] = _(
                "A protocol can be attached only after the meeting has taken place."
            )
        if self.protocol_id and self.cancelled:
            errors["protocol"] = _("A cancelled meeting has no protocol.")
        return errors

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["project"] = self.get_parent().specific
        return context

    @path("calendar/", name="ics")
    def ics(self, request):
        return meetings_calendar(
            request, MeetingPage.objects.filter(pk=self.pk), self.title, filename=f"{self.slug}.ics"
        )

    @path("", name="meeting")
    def meeting(self, request):
        return self.render(request)


def meetings_of(project_paths, projects_public=False):
    """The live, public meetings under the projects at these tree paths. `projects_public`: the
    projects are known to be public (or are being served to a visitor allowed to see them), so
    only the meetings' own view restrictions are left to check, in the same query."""
    meetings = MeetingPage.objects.live().filter(children_of_any(project_paths))
    meetings = without_own_restrictions(meetings) if projects_public else meetings.public()
    return meetings.select_related(*MeetingPage.entry_related)


def meetings_calendar(request, meetings, title, filename="meetings.ics"):
    meetings = meetings.order_by("start").select_related(*MeetingPage.entry_related)
    entries = [meeting.calendar_entry(request) for meeting in meetings]
    return calendar_response(request, entries, title, filename)
