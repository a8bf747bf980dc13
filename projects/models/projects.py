"""Engineering projects and their meetings: everything a resident needs to see what is being
built near them, and the transparency the work plan asks for on every coordinated project."""

from html import unescape

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.api.fields import LinkedPages, Number, RawStream, api_fields_of
from hub.blocks import GalleryBlock, ImageBlock, ParagraphBlock
from hub.filters import FilterForm, ObjectChoiceField, choices
from hub.models import (
    IntroPage,
    LocatedMixin,
    MunicipalUnit,
    NeighborhoodPage,
    UnitOwnedPage,
    children_of,
)
from hub.models.calendar import restricted_q
from hub.models.pages import CachedListingMixin, NeighborhoodLinksPageForm
from hub.models.units import phone_validator

from ..blocks import ProjectDocumentBlock, StageBlock, UpdateBlock
from ..gallery import first_images, gallery
from ..panels import TransparencyPanel
from ..transparency import ProjectStatus, Transparency
from .meetings import MeetingPage, meetings_calendar, meetings_of
from .serving import KnownRestrictionsMixin, route_to_child

THUMBNAIL_SPEC = "fill-480x300"
# What Transparency.of() reads of a meeting, and the path that says whose it is.
TRANSPARENCY_MEETING_FIELDS = (
    "path",
    "kind",
    "end",
    "cancelled",
    "invitation",
    "flyer_id",
    "protocol_id",
)
PAGE_SIZE = 12


class ProjectFilters(FilterForm):
    neighborhood = ObjectChoiceField(label=_("Neighborhood"), empty_label=_("All neighborhoods"))
    status = forms.ChoiceField(
        label=_("Status"), choices=choices(_("All statuses"), ProjectStatus.choices)
    )
    unit = ObjectChoiceField(
        label=_("Unit"), empty_label=_("All units"), key="code", label_attr="name"
    )

    def setup(self, locale_id):
        self.fields["neighborhood"].set_objects(NeighborhoodPage.choices_for(locale_id))
        self.fields["unit"].set_objects(
            MunicipalUnit.objects.filter(locale_id=locale_id).order_by("sort_order", "name")
        )


class ProjectIndexPage(RoutablePageMixin, CachedListingMixin, IntroPage):
    """All engineering projects, filterable by neighborhood, status and unit, with a calendar
    feed of their meetings."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1
    listing_template = "projects/components/listing.html"

    class Meta:
        verbose_name = _("projects index")

    def projects(self, chosen=None):
        chosen = chosen or {}
        projects = (
            ProjectPage.objects.filter(children_of(self.path))
            .live()
            .exclude(restricted_q())
            # A card shows none of these: their stream data is never read.
            .defer("description", "timeline", "updates")
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
        filters = ProjectFilters(request.GET, locale_id=self.locale_id)
        results = Paginator(self.projects(filters.chosen), PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        ProjectPage.attach_listing_data(results.object_list, self.locale_id, cards=True)
        return {"projects": results, "filters": filters}

    @path("calendar/", name="meetings_feed")
    def meetings_feed(self, request):
        """Every meeting of every project; ?neighborhood=<slug> narrows it to one neighborhood."""
        meetings = MeetingPage.objects.descendant_of(self).live().exclude(restricted_q())
        title = self.title
        filters = ProjectFilters(request.GET, locale_id=self.locale_id)
        if "neighborhood" in filters.unknown:
            return HttpResponse(
                _("Unknown neighborhood."), status=404, content_type="text/plain; charset=utf-8"
            )
        neighborhood = filters.chosen.get("neighborhood")
        if neighborhood:
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

    def route(self, request, path_components):
        if path_components and self.live:
            routed = route_to_child(self, ProjectPage, request, path_components)
            if routed is not None:
                return routed
        return super().route(request, path_components)


class ProjectPage(KnownRestrictionsMixin, RoutablePageMixin, LocatedMixin, UnitOwnedPage):
    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_(
            "Two or three sentences for residents: what is built, where, and what changes for them. Shown in listings and search results."
        ),
    )
    description = StreamField(
        [("paragraph", ParagraphBlock())],
        verbose_name=_("description"),
        blank=True,
        help_text=_(
            "The full story of the project: its reasons, its stages and what residents can expect."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ProjectStatus.choices,
        default=ProjectStatus.PLANNING,
        help_text=_("Where the project stands now; residents can filter projects by it."),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=200,
        blank=True,
        help_text=_(
            "The person residents can ask about the project, if not the unit's general contact."
        ),
    )
    contact_role = models.CharField(
        _("contact person's role"),
        max_length=200,
        blank=True,
        help_text=_("For example: project manager, engineering administration."),
    )
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("For example 03-7240000 or 106; the same in every language."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("An address that is read and answered.")
    )
    timeline = StreamField(
        [("stage", StageBlock())],
        verbose_name=_("timeline"),
        blank=True,
        help_text=_("The project's stages with their dates, in order."),
    )
    renderings = StreamField(
        GalleryBlock([("rendering", ImageBlock())]),
        verbose_name=_("renderings"),
        blank=True,
        help_text=_("Images of the plan, each with alternative text in this language."),
    )
    documents = StreamField(
        [("document", ProjectDocumentBlock())],
        verbose_name=_("flyers and documents"),
        blank=True,
        help_text=_(
            "Flyers, plans and protocols. The title and kind are filled in from the file; check them."
        ),
    )
    updates = StreamField(
        [("update", UpdateBlock())],
        verbose_name=_("updates"),
        blank=True,
        help_text=_("News of the project for residents, newest first."),
    )

    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("status"),
        FieldPanel("description"),
        FieldPanel(
            "neighborhoods",
            help_text=_("The neighborhoods the project changes; their pages will list it."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
            ],
            heading=_("Contact"),
        ),
        LocatedMixin.location_panel,
        FieldPanel("timeline"),
        FieldPanel("renderings"),
        FieldPanel("documents"),
        FieldPanel("updates"),
        TransparencyPanel(),
    ]
    search_fields = UnitOwnedPage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        *LocatedMixin.location_search_fields,
        index.SearchField("updates"),
        index.FilterField("status"),
    ]
    override_translatable_fields = [
        SynchronizedField("contact_phone", overridable=False),
        *LocatedMixin.location_synced_fields,
    ]
    api_fields = api_fields_of(
        *("summary", "status", "unit", "address", "contact_name", "contact_role"),
        *("contact_phone", "contact_email"),
        neighborhoods=LinkedPages("neighborhood", source="neighborhood_links"),
        latitude=Number(),
        longitude=Number(),
        **{name: RawStream() for name in ("timeline", "renderings", "documents", "updates")},
    )

    base_form_class = NeighborhoodLinksPageForm
    neighborhood_links_relation = "neighborhood_links"
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = ["projects.MeetingPage"]

    class Meta:
        verbose_name = _("engineering project")
        verbose_name_plural = _("engineering projects")

    # Data for display, fetched in a fixed number of queries for one project or a whole listing.

    @classmethod
    def attach_listing_data(cls, projects, locale_id, thumbnails=True, cards=False, page=False):
        """Give each project of a listing (public projects) or the project being served its
        meetings, neighborhoods (in the listing's language) and first rendering, in a fixed
        number of queries whatever the number of projects. For `cards`, the meetings are only
        what the transparency checklist reads of them; for a project's own `page`, its
        neighborhoods are read in one query."""
        projects = list(projects)
        if not projects:
            return projects
        by_path = {project.path: project for project in projects}
        for project in projects:
            project.meeting_list = []
        meetings = meetings_of(by_path, projects_public=True).order_by("start")
        if cards:
            meetings = meetings.values_list(*TRANSPARENCY_MEETING_FIELDS, named=True)
        for meeting in meetings:
            by_path[meeting.path[: -MeetingPage.steplen]].meeting_list.append(meeting)
        cls._attach_neighborhoods(projects, locale_id, page)
        if thumbnails:
            found = first_images(projects, "renderings", THUMBNAIL_SPEC)
            for project in projects:
                project.thumbnail, project.thumbnail_alt = found[project.pk]
        return projects

    @staticmethod
    def _attach_neighborhoods(projects, locale_id, page=False):
        local = NeighborhoodPage.objects.live().filter(locale_id=locale_id)
        if page and len(projects) == 1:
            # One query: the project's links, in their order, inside the neighborhoods' query.
            links = ProjectNeighborhood.objects.filter(project=projects[0])
            same = links.filter(neighborhood__translation_key=OuterRef("translation_key"))
            projects[0].neighborhood_list = list(
                local.filter(translation_key__in=links.values("neighborhood__translation_key"))
                .annotate(link_order=Subquery(same.values("sort_order")[:1]))
                .order_by("link_order", "path")
            )
            return
        links = ProjectNeighborhood.objects.filter(project__in=projects).values_list(
            "project_id", "neighborhood__translation_key"
        )
        keys = {key for _project, key in links}
        local = {page.translation_key: page for page in local.filter(translation_key__in=keys)}
        by_pk = {project.pk: project for project in projects}
        for project in projects:
            project.neighborhood_list = []
        for project_id, key in links:
            if key in local:
                by_pk[project_id].neighborhood_list.append(local[key])

    def transparency(self, meetings=None):
        meetings = self.meeting_list if meetings is None else meetings
        # Raw stream data: no query for the documents and images themselves.
        return Transparency.of(
            {block["value"]["kind"] for block in self.documents.raw_data},
            len(self.renderings.raw_data) > 0,
            meetings,
            timezone.now(),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        ProjectPage.attach_listing_data([self], self.locale_id, thumbnails=False, page=True)
        now = timezone.now()
        context.update(
            transparency=self.transparency(),
            upcoming_meetings=[m for m in self.meeting_list if m.end > now],
            past_meetings=[m for m in reversed(self.meeting_list) if m.end <= now],
            gallery=gallery(self.renderings),
            documents=self.document_list(),
        )
        return context

    def description_blocks(self):
        """The description without a paragraph that only repeats the summary, which the page
        shows above it."""
        summary = " ".join(self.summary.split())
        return [
            block
            for block in self.description
            if block.block_type != "paragraph" or _plain(block.value.source) != summary
        ]

    def document_list(self):
        return [block.value for block in self.documents if block.value["document"]]

    @path("calendar/", name="meetings_feed")
    def meetings_feed(self, request):
        meetings = meetings_of([self.path], projects_public=True)
        return meetings_calendar(request, meetings, self.title)

    @path("", name="project")
    def project(self, request):
        return self.render(request)

    def route(self, request, path_components):
        if path_components and self.live:
            routed = route_to_child(self, MeetingPage, request, path_components)
            if routed is not None:
                return routed
        return super().route(request, path_components)


def _plain(html):
    return " ".join(unescape(strip_tags(html)).split())


class ProjectNeighborhood(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="neighborhood_links")
    neighborhood = models.ForeignKey(
        NeighborhoodPage, verbose_name=_("neighborhood"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("neighborhood")]

    class Meta(Orderable.Meta):
        verbose_name = _("neighborhood of the project")
