"""Engineering projects and their meetings: everything a resident needs to see what is being
built near them, and the transparency the work plan asks for on every coordinated project."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.blocks import ImageBlock, ParagraphBlock
from hub.cache import content_version
from hub.images import first_images, gallery
from hub.models import MunicipalUnit, NeighborhoodPage, UnitOwnedPage, children_of, children_of_any
from hub.models.units import phone_validator
from hub.validation import check_coordinates, schedule_errors

from .blocks import ProjectDocumentBlock, StageBlock, UpdateBlock
from .calendar import meeting_json_ld, meetings_calendar

THUMBNAIL_SPEC = "fill-480x300"
PAGE_SIZE = 12
LISTING_CACHE_QUERY_LIMIT = 200


class ProjectStatus(models.TextChoices):
    PLANNING = "planning", _("Planning")
    APPROVED = "approved", _("Approved")
    IN_EXECUTION = "in_execution", _("In execution")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class MeetingKind(models.TextChoices):
    INFORMING = "informing", _("Public-informing meeting")
    RESIDENTS = "residents", _("Residents' meeting")
    ROUND_TABLE = "round_table", _("Round table")


@dataclass(frozen=True)
class Transparency:
    """What the work plan asks every coordinated project to show the public."""

    flyer: bool
    rendering: bool
    invitation: bool
    protocol: bool
    informing_meeting: bool

    LABELS = {
        "flyer": _("Flyer"),
        "rendering": _("Rendering"),
        "invitation": _("Invitation to a residents' meeting"),
        "protocol": _("Meeting protocol"),
        "informing_meeting": _("Public-informing meeting held"),
    }

    def items(self):
        return [(key, label, getattr(self, key)) for key, label in self.LABELS.items()]

    @property
    def complete(self):
        return all(done for _key, _label, done in self.items())

    @property
    def done_count(self):
        return sum(done for _key, _label, done in self.items())

    @property
    def missing(self):
        return [label for _key, label, done in self.items() if not done]


class ProjectIndexPage(RoutablePageMixin, UnitOwnedPage):
    """All engineering projects, filterable by neighborhood, status and unit, with a calendar
    feed of their meetings."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = UnitOwnedPage.content_panels + [FieldPanel("intro")]
    search_fields = UnitOwnedPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("projects index")

    def neighborhood_choices(self):
        return NeighborhoodPage.choices_for(self.locale_id)

    def unit_choices(self):
        return MunicipalUnit.objects.filter(locale_id=self.locale_id).order_by("sort_order", "name")

    def filters(self, request):
        """The GET filters, each checked against the values it may take; unknown values are
        dropped and reported so the page can say so."""
        chosen, unknown = {}, []
        neighborhoods = {page.slug: page for page in self.neighborhood_choices()}
        units = {unit.code: unit for unit in self.unit_choices()}
        for name, known in (
            ("neighborhood", neighborhoods),
            ("status", {code: code for code in ProjectStatus.values}),
            ("unit", units),
        ):
            value = request.GET.get(name, "")
            if not value:
                continue
            if value in known:
                chosen[name] = known[value]
            else:
                unknown.append(name)
        return chosen, unknown, neighborhoods.values(), units.values()

    def projects(self, chosen=None):
        chosen = chosen or {}
        projects = (
            ProjectPage.objects.filter(children_of(self.path))
            .live()
            .public()
            .select_related("unit")
        )
        if "neighborhood" in chosen:
            key = chosen["neighborhood"].translation_key
            projects = projects.filter(
                neighborhood_links__neighborhood__translation_key=key
            ).distinct()
        if "status" in chosen:
            projects = projects.filter(status=chosen["status"])
        if "unit" in chosen:
            projects = projects.filter(unit__translation_key=chosen["unit"].translation_key)
        # Newest first, in tree order: the path index answers it without sorting every project.
        return projects.order_by("-path")

    def listing_data(self, request):
        chosen, unknown, neighborhoods, units = self.filters(request)
        paginator = Paginator(self.projects(chosen), PAGE_SIZE)
        try:
            page_number = int(request.GET.get("page", 1))
        except ValueError:
            page_number = 1
        try:
            results = paginator.page(page_number)
        except (EmptyPage, PageNotAnInteger):
            results = paginator.page(paginator.num_pages if page_number > 1 else 1)
        ProjectPage.attach_listing_data(results.object_list, self.locale_id)
        query = request.GET.copy()
        query.pop("page", None)
        return {
            "projects": results,
            "paginator": paginator,
            "chosen": chosen,
            "unknown_filters": unknown,
            "neighborhoods": neighborhoods,
            "units": units,
            "statuses": ProjectStatus.choices,
            "filter_query": query.urlencode(),
        }

    def get_context(self, request, *args, **kwargs):
        """The listing is computed only when its cached fragment is missing (see hub.cache)."""
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = SimpleLazyObject(lambda: self.listing_data(request))
        query = request.GET.urlencode()
        if len(query) <= LISTING_CACHE_QUERY_LIMIT:
            context["listing_cache_key"] = f"{content_version()}:{query}"
        return context

    @path("calendar/", name="meetings_feed")
    def meetings_feed(self, request):
        """Every meeting of every project; ?neighborhood=<slug> narrows it to one neighborhood."""
        meetings = MeetingPage.objects.descendant_of(self).live().public()
        title = self.title
        slug = request.GET.get("neighborhood")
        if slug:
            neighborhood = self.neighborhood_choices().filter(slug=slug).first()
            if neighborhood is None:
                return HttpResponse(
                    _("Unknown neighborhood."), status=404, content_type="text/plain; charset=utf-8"
                )
            meetings = meetings_of(
                ProjectPage.objects.child_of(self)
                .filter(
                    neighborhood_links__neighborhood__translation_key=neighborhood.translation_key
                )
                .values_list("path", flat=True)
            )
            title = f"{self.title} – {neighborhood.title}"
        return meetings_calendar(request, meetings, title)

    @path("", name="listing")
    def listing(self, request):
        return self.render(request)


def meetings_of(project_paths):
    """The live meetings under the projects at these tree paths."""
    return MeetingPage.objects.live().public().filter(children_of_any(project_paths))


class ProjectPage(RoutablePageMixin, UnitOwnedPage):
    summary = models.TextField(_("summary"), max_length=500)
    description = StreamField(
        [("paragraph", ParagraphBlock())],
        verbose_name=_("description"),
        blank=True,
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.PLANNING
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_phone = models.CharField(
        _("contact phone"), max_length=20, blank=True, validators=[phone_validator]
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    timeline = StreamField([("stage", StageBlock())], verbose_name=_("timeline"), blank=True)
    renderings = StreamField(
        [("rendering", ImageBlock())],
        verbose_name=_("renderings"),
        blank=True,
        help_text=_("Images of the plan, each with alternative text in this language."),
    )
    documents = StreamField(
        [("document", ProjectDocumentBlock())],
        verbose_name=_("flyers and documents"),
        blank=True,
    )
    updates = StreamField([("update", UpdateBlock())], verbose_name=_("updates"), blank=True)

    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("status"),
        FieldPanel("description"),
        InlinePanel("neighborhood_links", heading=_("Neighborhoods"), label=_("neighborhood")),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_phone"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("latitude"), FieldPanel("longitude")],
            heading=_("Location"),
        ),
        FieldPanel("timeline"),
        FieldPanel("renderings"),
        FieldPanel("documents"),
        FieldPanel("updates"),
    ]
    search_fields = UnitOwnedPage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("address"),
        index.SearchField("updates"),
        index.FilterField("status"),
        index.FilterField("unit"),
    ]
    override_translatable_fields = [
        SynchronizedField("contact_phone", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = ["projects.MeetingPage"]

    class Meta:
        verbose_name = _("engineering project")
        verbose_name_plural = _("engineering projects")

    def clean(self):
        super().clean()
        check_coordinates(self.latitude, self.longitude)

    # Data for display, fetched in a fixed number of queries for one project or a whole listing.

    @classmethod
    def attach_listing_data(cls, projects, locale_id):
        """Give each project its meetings, neighborhoods (in the listing's language) and first
        rendering, in four queries whatever the number of projects."""
        projects = list(projects)
        if not projects:
            return projects
        by_path = {project.path: project for project in projects}
        meetings = meetings_of(by_path)
        for project in projects:
            project.meeting_list = []
        for meeting in meetings.order_by("start"):
            by_path[meeting.path[: -MeetingPage.steplen]].meeting_list.append(meeting)

        links = ProjectNeighborhood.objects.filter(project__in=projects).values_list(
            "project_id", "neighborhood__translation_key"
        )
        keys = {key for _project, key in links}
        local = {
            page.translation_key: page
            for page in NeighborhoodPage.objects.live().filter(
                locale_id=locale_id, translation_key__in=keys
            )
        }
        by_pk = {project.pk: project for project in projects}
        for project in projects:
            project.neighborhood_list = []
        for project_id, key in links:
            if key in local:
                by_pk[project_id].neighborhood_list.append(local[key])

        thumbnails = first_images(projects, "renderings", THUMBNAIL_SPEC)
        for project in projects:
            project.thumbnail, project.thumbnail_alt = thumbnails[project.pk]
        return projects

    def transparency(self, meetings=None):
        meetings = self.meeting_list if meetings is None else meetings
        # Raw stream data: no query for the documents and images themselves.
        kinds = {block["value"]["kind"] for block in self.documents.raw_data}
        now = timezone.now()
        held = [m for m in meetings if not m.cancelled and m.end <= now]
        return Transparency(
            flyer="flyer" in kinds or any(m.flyer_id for m in meetings),
            rendering=len(self.renderings.raw_data) > 0,
            invitation=any(not m.cancelled and (m.invitation or m.flyer_id) for m in meetings),
            protocol="protocol" in kinds or any(m.protocol_id for m in held),
            informing_meeting=any(m.kind == MeetingKind.INFORMING for m in held),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        ProjectPage.attach_listing_data([self], self.locale_id)
        now = timezone.now()
        context.update(
            transparency=self.transparency(),
            upcoming_meetings=[m for m in self.meeting_list if m.end > now],
            past_meetings=[m for m in reversed(self.meeting_list) if m.end <= now],
            gallery=gallery(self.renderings),
            documents=self.document_list(),
        )
        return context

    def document_list(self):
        return [block.value for block in self.documents if block.value["document"]]

    @path("calendar/", name="meetings_feed")
    def meetings_feed(self, request):
        meetings = MeetingPage.objects.filter(children_of(self.path)).live().public()
        return meetings_calendar(request, meetings, self.title)

    @path("", name="project")
    def project(self, request):
        return self.render(request)


class ProjectNeighborhood(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="neighborhood_links")
    neighborhood = models.ForeignKey(
        NeighborhoodPage, verbose_name=_("neighborhood"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("neighborhood")]

    class Meta(Orderable.Meta):
        verbose_name = _("neighborhood of the project")


class MeetingPage(RoutablePageMixin, UnitOwnedPage):
    """A meeting about a project: first its invitation, then, once held, its protocol."""

    kind = models.CharField(_("kind"), max_length=20, choices=MeetingKind.choices)
    start = models.DateTimeField(_("starts at"))
    end = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=250, blank=True)
    venue_accessibility = models.CharField(
        _("accessibility of the venue"),
        max_length=300,
        blank=True,
        help_text=_("For example: step-free entrance, accessible toilet, hearing loop."),
    )
    online_url = models.URLField(_("online link"), blank=True)
    invitation = RichTextField(
        _("invitation"), features=["bold", "italic", "link", "ul"], blank=True
    )
    flyer = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("invitation flyer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    protocol = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("protocol"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary of the meeting"), blank=True)
    cancelled = models.BooleanField(_("cancelled"), default=False)
    cancellation_note = models.CharField(_("why it was cancelled"), max_length=300, blank=True)

    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("venue_accessibility"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel([FieldPanel("invitation"), FieldPanel("flyer")], heading=_("Invitation")),
        MultiFieldPanel(
            [FieldPanel("protocol"), FieldPanel("summary")], heading=_("After the meeting")
        ),
        MultiFieldPanel(
            [FieldPanel("cancelled"), FieldPanel("cancellation_note")], heading=_("Cancellation")
        ),
    ]
    search_fields = UnitOwnedPage.search_fields + [
        index.SearchField("place"),
        index.SearchField("invitation"),
        index.SearchField("summary"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]

    parent_page_types = ["projects.ProjectPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    @property
    def held(self):
        return not self.cancelled and self.end <= timezone.now()

    @property
    def duration(self):
        return self.end - self.start

    def clean(self):
        super().clean()
        errors = schedule_errors(self.start, self.end, self.place, self.online_url)
        if self.protocol_id and self.end and self.end > timezone.now():
            errors["protocol"] = _(
                "A protocol can be attached only after the meeting has taken place."
            )
        if self.protocol_id and self.cancelled:
            errors["protocol"] = _("A cancelled meeting has no protocol.")
        if self.cancellation_note and not self.cancelled:
            errors["cancellation_note"] = _(
                "Explain a cancellation only when the meeting is cancelled."
            )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["project"] = self.get_parent().specific
        context["json_ld"] = meeting_json_ld(self, request)
        return context

    @path("calendar/", name="ics")
    def ics(self, request):
        return meetings_calendar(
            request, MeetingPage.objects.filter(pk=self.pk), self.title, filename=f"{self.slug}.ics"
        )

    @path("", name="meeting")
    def meeting(self, request):
        return self.render(request)
