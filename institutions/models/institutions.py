"""Community, youth and sport institutions: what they offer, when they are open, their club
benefits and facility upgrades."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.api.fields import Choices, Number, PageLink, RawStream, Rows, api_fields_of
from hub.blocks import GalleryBlock, ImageBlock, ParagraphBlock
from hub.events import calendar_response
from hub.fields import MultipleChoiceField, has_choice
from hub.filters import CheckFilterField, FilterForm, ObjectChoiceField, choices
from hub.images import first_images, gallery
from hub.models import IntroPage, LocatedMixin, NeighborhoodPage, UnitOwnedPage, children_of
from hub.models.calendar import restricted_q
from hub.models.pages import CachedListingMixin
from hub.models.units import phone_validator
from hub.vocabulary import AUDIENCES

from ..blocks import ActivityBlock, BenefitBlock, UpgradeBlock
from ..hours import WEEKDAY_CHOICES, next_to_open, open_q
from ..json_ld import institution_json_ld
from ..vocabulary import InstitutionKind
from .events import InstitutionEventPage
from .opening_hours import HoursException, OpeningHours, attach_opening, open_places

PAGE_SIZE = 12
NEXT_LIMIT = 3  # institutions shown as opening next when none is open
THUMBNAIL_SPEC = "fill-480x300"


class InstitutionFilters(FilterForm):
    kind = forms.ChoiceField(
        label=_("Type"), choices=choices(_("All types"), InstitutionKind.choices)
    )
    neighborhood = ObjectChoiceField(label=_("Neighborhood"), empty_label=_("All neighborhoods"))
    audience = forms.ChoiceField(label=_("For whom"), choices=choices(_("Everyone"), AUDIENCES))
    open = CheckFilterField("now", label=_("Open now"))

    def setup(self, locale_id):
        self.fields["neighborhood"].set_objects(NeighborhoodPage.choices_for(locale_id))


class InstitutionIndexPage(RoutablePageMixin, CachedListingMixin, IntroPage):
    """All institutions, by type, neighborhood, audience and "open now"; and every club
    benefit of every institution in one place."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["institutions.InstitutionPage"]
    max_count_per_parent = 1
    listing_template = "institutions/components/listing.html"

    class Meta:
        verbose_name = _("institutions index")

    def institutions(self, chosen=None):
        chosen = chosen or {}
        institutions = (
            InstitutionPage.objects.filter(children_of(self.path))
            .live()
            .exclude(restricted_q())
            .select_related("unit")
        )
        if "kind" in chosen:
            institutions = institutions.filter(kind=chosen["kind"])
        if "neighborhood" in chosen:
            key = chosen["neighborhood"].translation_key
            institutions = institutions.filter(neighborhood__translation_key=key)
        if "audience" in chosen:
            institutions = institutions.filter(has_choice("audiences", chosen["audience"]))
        if "open" in chosen:
            institutions = institutions.filter(open_q(OpeningHours, HoursException))
        return institutions.order_by("title", "pk")

    def listing_data(self, request):
        filters = InstitutionFilters(request.GET, locale_id=self.locale_id)
        results = Paginator(self.institutions(filters.chosen), PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        InstitutionPage.attach_listing_data(results.object_list, self.locale_id)
        opening_next = []
        if "open" in filters.chosen and not results.object_list:
            others = {name: value for name, value in filters.chosen.items() if name != "open"}
            opening_next = next_to_open(open_places(self.institutions(others)), NEXT_LIMIT)
        return {"institutions": results, "filters": filters, "opening_next": opening_next}

    def listing_key_parts(self, request):
        """ "Open now" changes with the clock, so it is never cached; the rest by the minute."""
        if "open" in request.GET:
            return None
        return [timezone.localtime().strftime("%Y%m%d%H%M")]

    def benefits(self):
        """(institution, its current benefits) for every institution that has any, from the raw
        stream data of one query: no block is built for the institutions a page does not show."""
        today = timezone.localdate().isoformat()
        institutions = (
            InstitutionPage.objects.filter(children_of(self.path))
            .live()
            .public()
            .only("title", "url_path", "path", "depth", "locale_id", "benefits")
            .order_by("title", "pk")
        )
        rows = []
        for institution in institutions:
            current = current_benefits(institution.benefits.raw_data, today)
            if current:
                rows.append((institution, current))
        return rows

    @path("benefits/", name="benefits")
    def benefits_view(self, request):
        rows = Paginator(self.benefits(), PAGE_SIZE).get_page(request.GET.get("page"))
        return self.render(
            request,
            template="institutions/benefits_page.html",
            context_overrides={"rows": rows},
        )

    @path("", name="listing")
    def listing(self, request):
        return self.render(request)


class InstitutionPage(RoutablePageMixin, LocatedMixin, UnitOwnedPage):
    kind = models.CharField(
        _("type"),
        max_length=20,
        choices=InstitutionKind.choices,
        help_text=_("Residents filter institutions by their type."),
    )
    neighborhood = models.ForeignKey(
        NeighborhoodPage,
        verbose_name=_("neighborhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The neighborhood the institution stands in; its page will list the institution."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_(
            "Two or three sentences: what the place offers and to whom. Shown in listings and search results."
        ),
    )
    description = StreamField(
        [("paragraph", ParagraphBlock())],
        verbose_name=_("description"),
        blank=True,
        help_text=_("More about the place, its history and its programme."),
    )
    photos = StreamField(
        GalleryBlock([("photo", ImageBlock())]),
        verbose_name=_("photos"),
        blank=True,
        help_text=_("Photos of the place, each with alternative text in this language."),
    )
    address = models.CharField(
        _("address"), max_length=250, help_text=_("Street and number, e.g. 15 Yefet St.")
    )
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("For example 03-5181234; the same in every language."),
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("An address that is read and answered.")
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The institution's own site, if it has one.")
    )
    accessibility = models.TextField(
        _("accessibility of the building"),
        blank=True,
        help_text=_("For example: step-free entrance, lift, accessible toilet, hearing loop."),
    )
    open_beit_am = models.BooleanField(
        _("runs an open Beit Am"),
        default=False,
        help_text=_("Open and inviting to every resident, not only to those registered."),
    )
    beit_am_hours = models.CharField(
        _("when the Beit Am is open"),
        max_length=200,
        blank=True,
        help_text=_("For example: Sunday to Thursday, 16:00–21:00."),
    )
    activities = StreamField(
        [("activity", ActivityBlock())],
        verbose_name=_("activities and courses"),
        blank=True,
        help_text=_("Courses, clubs and groups, with their days and ages."),
    )
    benefits = StreamField(
        [("benefit", BenefitBlock())],
        verbose_name=_("club benefits"),
        blank=True,
        help_text=_("Discounts and offers for members of the residents' club."),
    )
    upgrades = StreamField(
        [("upgrade", UpgradeBlock())],
        verbose_name=_("facility upgrades"),
        blank=True,
        help_text=_("Works to improve the building, with their dates."),
    )
    audiences = MultipleChoiceField(_("audiences"), choices=AUDIENCES, editable=False)

    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("neighborhood", widget=forms.Select),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("photos"),
        LocatedMixin.location_panel,
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("opening hours")),
        InlinePanel(
            "hours_exceptions",
            heading=_("Holidays and other exceptions"),
            label=_("exception"),
        ),
        FieldPanel("accessibility"),
        MultiFieldPanel(
            [FieldPanel("open_beit_am"), FieldPanel("beit_am_hours")], heading=_("Beit Am")
        ),
        FieldPanel("activities"),
        FieldPanel("benefits"),
        FieldPanel("upgrades"),
    ]
    search_fields = UnitOwnedPage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        *LocatedMixin.location_search_fields,
        index.SearchField("activities"),
        index.SearchField("benefits"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [
        SynchronizedField("phone", overridable=False),
        *LocatedMixin.location_synced_fields,
    ]
    api_fields = api_fields_of(
        *("kind", "summary", "address", "phone", "email", "website", "accessibility", "unit"),
        *("open_beit_am", "beit_am_hours"),
        neighborhood=PageLink(),
        latitude=Number(),
        longitude=Number(),
        audiences=Choices(dict(AUDIENCES)),
        hours=Rows(weekday="integer", opens="string", closes="string", source="opening_hours"),
        **{name: RawStream() for name in ("photos", "activities", "benefits", "upgrades")},
    )

    parent_page_types = ["institutions.InstitutionIndexPage"]
    subpage_types = ["institutions.InstitutionEventPage"]

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")

    def clean(self):
        super().clean()
        if self.beit_am_hours and not self.open_beit_am:
            raise ValidationError(
                {"beit_am_hours": _("Give the Beit Am's hours only if it runs an open Beit Am.")}
            )

    def save(self, *args, **kwargs):
        # The audiences of its activities, so listings can filter by audience in the database.
        self.audiences = sorted(
            {key for block in self.activities.raw_data for key in block["value"]["audiences"]}
        )
        super().save(*args, **kwargs)

    # Data for display, in a fixed number of queries for one institution or a whole listing.

    @classmethod
    def attach_listing_data(cls, institutions, locale_id):
        institutions = list(institutions)
        if not institutions:
            return institutions
        keys = {institution.neighborhood_id for institution in institutions}
        source_keys = dict(
            NeighborhoodPage.objects.filter(pk__in=keys).values_list("pk", "translation_key")
        )
        local = {
            page.translation_key: page
            for page in NeighborhoodPage.objects.live().filter(
                locale_id=locale_id, translation_key__in=source_keys.values()
            )
        }
        thumbnails = first_images(institutions, "photos", THUMBNAIL_SPEC)
        attach_opening(institutions)
        for institution in institutions:
            institution.neighborhood_page = local.get(source_keys.get(institution.neighborhood_id))
            institution.thumbnail, institution.thumbnail_alt = thumbnails[institution.pk]
        return institutions

    def weekly_hours(self):
        """Each weekday, Sunday first, with its spans."""
        return [
            (name, [h for h in self.hour_list if h.weekday == number])
            for number, name in WEEKDAY_CHOICES
        ]

    def coming_exceptions(self):
        today = timezone.localdate()
        return [e for e in self.exception_list if e.date >= today]

    def current_benefits(self):
        return current_benefits(self.benefits.raw_data, timezone.localdate().isoformat())

    def events(self):
        return (
            InstitutionEventPage.objects.filter(children_of(self.path))
            .live()
            .public()
            .select_related(*InstitutionEventPage.entry_related)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        InstitutionPage.attach_listing_data([self], self.locale_id)
        now = timezone.now()
        events = list(self.events().order_by("start"))
        context.update(
            photos=gallery(self.photos),
            upcoming_events=[e for e in events if e.end > now],
            past_events=[e for e in reversed(events) if e.end <= now][:10],
            json_ld=institution_json_ld(self, request),
        )
        return context

    @path("calendar/", name="feed")
    def feed(self, request):
        entries = [event.calendar_entry(request, self) for event in self.events().order_by("start")]
        return calendar_response(request, entries, self.title, filename=f"{self.slug}.ics")

    @path("", name="institution")
    def institution(self, request):
        return self.render(request)


def current_benefits(raw_benefits, today):
    """The benefits still valid on `today` (an ISO date), from raw stream data: ISO dates compare
    as strings, and only the benefits shown get their dates parsed."""
    current = []
    for block in raw_benefits:
        value = dict(block["value"])
        if value.get("valid_to") and value["valid_to"] < today:
            continue
        for name in ("valid_from", "valid_to"):
            value[name] = datetime.date.fromisoformat(value[name]) if value.get(name) else None
        current.append(value)
    return current
