from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from hub.api.fields import Number, api_fields_of
from hub.cache import content_version
from hub.registry import sections_for_neighborhood

from .pages import IntroPage, UnitOwnedPage
from .places import CoordinatesMixin


class NeighborhoodIndexPage(IntroPage):
    """The city's quarters, each with its neighborhoods: where residents start from "near me"."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["hub.QuarterPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("neighborhoods index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        quarters = list(
            QuarterPage.objects.child_of(self).live().public().order_by("quarter_number", "title")
        )
        by_path = {quarter.path: [] for quarter in quarters}
        neighborhoods = NeighborhoodPage.objects.descendant_of(self).live().public()
        for neighborhood in neighborhoods.order_by("title"):
            by_path.get(neighborhood.path[: -NeighborhoodPage.steplen], []).append(neighborhood)
        context["quarters"] = [(quarter, by_path[quarter.path]) for quarter in quarters]
        return context


class QuarterPage(IntroPage):
    """One of the city's administrative quarters (רובע)."""

    quarter_number = models.PositiveSmallIntegerField(
        _("quarter number"), help_text=_("The municipality's number for the quarter, 1 to 9.")
    )

    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("quarter_number"),
        FieldPanel("intro"),
    ]
    search_fields = IntroPage.search_fields + [index.FilterField("quarter_number")]

    parent_page_types = ["hub.NeighborhoodIndexPage"]
    subpage_types = ["hub.NeighborhoodPage"]

    class Meta:
        verbose_name = _("quarter")
        verbose_name_plural = _("quarters")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["neighborhoods"] = (
            NeighborhoodPage.objects.child_of(self).live().public().order_by("title")
        )
        return context


class NeighborhoodPage(CoordinatesMixin, UnitOwnedPage):
    """A neighborhood. Projects, institutions and events point at it; its page lists them."""

    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences about the neighborhood.")
    )
    body = RichTextField(
        _("about the neighborhood"),
        features=["h2", "h3", "bold", "italic", "link", "ul"],
        blank=True,
    )

    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        CoordinatesMixin.location_panel,
    ]
    search_fields = UnitOwnedPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    override_translatable_fields = CoordinatesMixin.location_synced_fields
    api_fields = api_fields_of("summary", "body", "unit", latitude=Number(), longitude=Number())

    parent_page_types = ["hub.QuarterPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("neighborhood")
        verbose_name_plural = _("neighborhoods")

    @classmethod
    def choices_for(cls, locale_id):
        """The live neighborhoods of a locale, for filters. Starts from the few neighborhood
        rows, not from every page of the locale."""
        return (
            cls.objects.filter(pk__in=cls.objects.values("page_ptr_id"))
            .live()
            .filter(locale_id=locale_id)
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        """What the domains show here is computed only when its cached fragment is missing."""
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = SimpleLazyObject(lambda: sections_for_neighborhood(self, request))
        context["content_version"] = content_version()
        return context
