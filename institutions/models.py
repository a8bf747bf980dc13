"""Community, youth and sport institutions: what they offer, when they are open, their club
benefits and facility upgrades, and the events they hold inside their buildings and out in the
community space."""

import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MinValueValidator
from django.db import models
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
from hub.events import calendar_response
from hub.fields import MultipleChoiceField, has_choice
from hub.images import first_images, gallery
from hub.models import NeighborhoodPage, UnitOwnedPage, children_of
from hub.models.units import phone_validator
from hub.validation import check_coordinates, schedule_errors
from hub.vocabulary import AUDIENCES

from .blocks import ActivityBlock, BenefitBlock, UpgradeBlock
from .calendar import event_entry, event_json_ld_for, institution_json_ld
from .hours import WEEKDAY_CHOICES, is_open, open_q

PAGE_SIZE = 12
CACHE_QUERY_LIMIT = 200
THUMBNAIL_SPEC = "fill-480x300"


class InstitutionKind(models.TextChoices):
    COMMUNITY_CENTER = "community_center", _("Community center")
    YOUTH_CLUB = "youth_club", _("Youth club")
    COUNTRY_CLUB = "country_club", _("Country club")
    SPORT = "sport", _("Sport facility")
    CULTURE = "culture", _("Culture institution")


class EventSetting(models.TextChoices):
    INSIDE = "inside", _("Inside the building")
    COMMUNITY_SPACE = "community_space", _("In the community space, outside the building")


HOLIDAYS = [
    ("rosh_hashanah", _("Rosh Hashanah")),
    ("sukkot", _("Sukkot")),
    ("simchat_torah", _("Simchat Torah")),
    ("hanukkah", _("Hanukkah")),
    ("christmas", _("Christmas")),
    ("purim", _("Purim")),
    ("ramadan", _("Ramadan")),
    ("eid_al_fitr", _("Eid al-Fitr")),
    ("passover", _("Passover")),
    ("memorial_day", _("Memorial Day")),
    ("independence_day", _("Independence Day")),
    ("shavuot", _("Shavuot")),
    ("eid_al_adha", _("Eid al-Adha")),
    ("sigd", _("Sigd")),
    ("sudan_memorial", _("Memorial for those who perished on the way to Israel through Sudan")),
]


class InstitutionIndexPage(RoutablePageMixin, UnitOwnedPage):
    """All institutions, by type, neighborhood, audience and "open now"; and every club
    benefit of every institution in one place."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = UnitOwnedPage.content_panels + [FieldPanel("intro")]
    search_fields = UnitOwnedPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["institutions.InstitutionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("institutions index")

    def filters(self, request):
        chosen, unknown = {}, []
        neighborhoods = {page.slug: page for page in NeighborhoodPage.choices_for(self.locale_id)}
        for name, known in (
            ("kind", dict(InstitutionKind.choices)),
            ("neighborhood", neighborhoods),
            ("audience", dict(AUDIENCES)),
            ("open", {"now": True}),
        ):
            value = request.GET.get(name, "")
            if value in known:
                chosen[name] = known[value] if name == "neighborhood" else value
            elif value:
                unknown.append(name)
        return chosen, unknown, neighborhoods.values()

    def institutions(self, chosen=None):
        chosen = chosen or {}
        institutions = (
            InstitutionPage.objects.filter(children_of(self.path))
            .live()
            .public()
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
        chosen, unknown, neighborhoods = self.filters(request)
        results = Paginator(self.institutions(chosen), PAGE_SIZE).get_page(request.GET.get("page"))
        InstitutionPage.attach_listing_data(results.object_list, self.locale_id)
        query = request.GET.copy()
        query.pop("page", None)
        return {
            "institutions": results,
            "chosen": chosen,
            "unknown_filters": unknown,
            "neighborhoods": neighborhoods,
            "kinds": InstitutionKind.choices,
            "audiences": AUDIENCES,
            "filter_query": query.urlencode(),
        }

    def get_context(self, request, *args, **kwargs):
        """The listing is computed only when its cached fragment is missing. "Open now" changes
        with the clock, so it is never cached."""
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = SimpleLazyObject(lambda: self.listing_data(request))
        query = request.GET.urlencode()
        if len(query) <= CACHE_QUERY_LIMIT and "open" not in request.GET:
            minute = timezone.localtime().strftime("%Y%m%d%H%M")
            context["listing_cache_key"] = f"{content_version()}:{minute}:{query}"
        return context

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


class InstitutionPage(RoutablePageMixin, UnitOwnedPage):
    kind = models.CharField(_("type"), max_length=20, choices=InstitutionKind.choices)
    neighborhood = models.ForeignKey(
        NeighborhoodPage,
        verbose_name=_("neighborhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), max_length=400)
    description = StreamField(
        [("paragraph", ParagraphBlock())], verbose_name=_("description"), blank=True
    )
    photos = StreamField(
        [("photo", ImageBlock())],
        verbose_name=_("photos"),
        blank=True,
        help_text=_("Photos of the place, each with alternative text in this language."),
    )
    address = models.CharField(_("address"), max_length=250)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
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
    beit_am_hours = models.CharField(_("when the Beit Am is open"), max_length=200, blank=True)
    activities = StreamField(
        [("activity", ActivityBlock())], verbose_name=_("activities and courses"), blank=True
    )
    benefits = StreamField(
        [("benefit", BenefitBlock())], verbose_name=_("club benefits"), blank=True
    )
    upgrades = StreamField(
        [("upgrade", UpgradeBlock())], verbose_name=_("facility upgrades"), blank=True
    )
    audiences = MultipleChoiceField(_("audiences"), choices=AUDIENCES, editable=False)

    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("neighborhood"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("photos"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("latitude"), FieldPanel("longitude")],
            heading=_("Location"),
        ),
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
        index.SearchField("address"),
        index.SearchField("activities"),
        index.SearchField("benefits"),
        index.FilterField("kind"),
        index.FilterField("unit"),
    ]
    override_translatable_fields = [
        SynchronizedField("phone", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
    ]

    parent_page_types = ["institutions.InstitutionIndexPage"]
    subpage_types = ["institutions.InstitutionEventPage"]

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")

    def clean(self):
        super().clean()
        check_coordinates(self.latitude, self.longitude)
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
        hours = _by_institution(OpeningHours.objects.filter(institution__in=institutions))
        exceptions = _by_institution(
            HoursException.objects.filter(
                institution__in=institutions,
                date__gte=timezone.localdate() - datetime.timedelta(days=1),
            )
        )
        for institution in institutions:
            institution.neighborhood_page = local.get(source_keys.get(institution.neighborhood_id))
            institution.thumbnail, institution.thumbnail_alt = thumbnails[institution.pk]
            institution.hour_list = hours.get(institution.pk, [])
            institution.exception_list = exceptions.get(institution.pk, [])
            institution.open_now = is_open(institution.hour_list, institution.exception_list)
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
        return InstitutionEventPage.objects.filter(children_of(self.path)).live().public()

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
        events = self.events().order_by("start").select_related("locale")
        entries = [event_entry(event, self, request) for event in events]
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


def _by_institution(rows):
    grouped = {}
    for row in rows.order_by("institution_id", "sort_order", "pk"):
        grouped.setdefault(row.institution_id, []).append(row)
    return grouped


class OpeningHours(Orderable):
    institution = ParentalKey(
        InstitutionPage, on_delete=models.CASCADE, related_name="opening_hours"
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
        InstitutionPage, on_delete=models.CASCADE, related_name="hours_exceptions"
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


class InstitutionEventPage(RoutablePageMixin, UnitOwnedPage):
    """An event an institution holds, in its building or out in the community space."""

    description = models.TextField(_("description"))
    start = models.DateTimeField(_("starts at"))
    end = models.DateTimeField(_("ends at"))
    setting = models.CharField(
        _("inside or outside"),
        max_length=20,
        choices=EventSetting.choices,
        default=EventSetting.INSIDE,
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
    free = models.BooleanField(_("free entry"), default=True)
    price = models.DecimalField(
        _("price (₪)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    holiday = models.CharField(_("holiday"), max_length=20, choices=HOLIDAYS, blank=True)
    cancelled = models.BooleanField(_("cancelled"), default=False)

    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel([FieldPanel("setting"), FieldPanel("place")], heading=_("Where")),
        FieldPanel("audiences"),
        MultiFieldPanel([FieldPanel("free"), FieldPanel("price")], heading=_("Entry")),
        FieldPanel("holiday"),
        FieldPanel("cancelled"),
    ]
    search_fields = UnitOwnedPage.search_fields + [
        index.SearchField("description"),
        index.SearchField("place"),
        index.FilterField("start"),
        index.FilterField("setting"),
        index.FilterField("holiday"),
    ]
    override_translatable_fields = [SynchronizedField("audiences", overridable=False)]
    parent_page_types = ["institutions.InstitutionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("institution event")
        verbose_name_plural = _("institution events")
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]

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

    def clean(self):
        super().clean()
        errors = schedule_errors(self.start, self.end, self.place, "", needs_place=self.outside)
        if "place" in errors:
            errors["place"] = _("Say where in the community space the event takes place.")
        if not self.free and self.price is None:
            errors["price"] = _("Give the price, or tick free entry.")
        if self.free and self.price:
            errors["price"] = _("A free event has no price.")
        if errors:
            raise ValidationError(errors)

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
            request, [event_entry(self, institution, request)], self.title, f"{self.slug}.ics"
        )

    @path("", name="event")
    def event(self, request):
        return self.render(request)
