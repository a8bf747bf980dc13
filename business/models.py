"""Business promotion: one place where a business owner learns what to do at each stage and
whom in the municipality to turn to."""

from django import forms
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.api.fields import Attached, Choices, RawStream, api_fields_of
from hub.fields import MultipleChoiceField, has_choice
from hub.filters import FilterForm, ObjectChoiceField, choices
from hub.models import IntroPage, MunicipalUnit, ScheduledPage, UnitDirectoryPage, UnitOwnedPage
from hub.validation import LONGEST_EVENT

SECTORS = [
    ("food", _("Food and restaurants")),
    ("retail", _("Retail")),
    ("offices", _("Offices and tech")),
    ("tourism", _("Tourism")),
    ("culture", _("Culture")),
]
STAGES = [
    ("opening", _("Opening")),
    ("running", _("Running")),
    ("growing", _("Growing")),
    ("closing", _("Closing")),
]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("step"), max_length=200)
    text = blocks.TextBlock(label=_("what to do"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


class FormBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title"), max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document or form")
        template = "business/blocks/form_block.html"


class BusinessFilters(FilterForm):
    sector = forms.ChoiceField(label=_("Sector"), choices=choices(_("All sectors"), SECTORS))
    stage = forms.ChoiceField(label=_("Stage"), choices=choices(_("All stages"), STAGES))

    def narrow(self, items):
        """Topics or services for the chosen sector (or for every sector) and stage."""
        if "sector" in self.chosen:
            items = items.filter(for_sector(self.chosen["sector"]))
        if "stage" in self.chosen:
            items = items.filter(has_choice("stages", self.chosen["stage"]))
        return items


class DirectoryFilters(BusinessFilters):
    unit = ObjectChoiceField(
        label=_("Unit"), empty_label=_("All units"), key="code", label_attr="name"
    )
    field_order = ["unit", "sector", "stage"]

    def setup(self, units):
        self.fields["unit"].set_objects(units)


class BusinessIndexPage(IntroPage):
    """The business section's home: what do you need to do, by sector and by stage."""

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "business.BusinessTopicPage",
        "business.BusinessDirectoryPage",
        "business.BusinessEventPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("business section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = BusinessFilters(request.GET)
        topics = (
            BusinessTopicPage.objects.child_of(self).live().public().select_related("handling_unit")
        )
        context.update(
            topics=filters.narrow(topics).order_by("title"),
            stages=STAGES,
            filters=filters,
            events=BusinessEventPage.objects.child_of(self)
            .live()
            .public()
            .filter(end__gte=timezone.now())
            .select_related(*BusinessEventPage.entry_related)
            .order_by("start")[:6],
            directory=BusinessDirectoryPage.objects.child_of(self).live().first(),
        )
        return context


class BusinessTopicPage(UnitOwnedPage):
    """What a business needs to know and do about one subject, and who handles it."""

    summary = models.TextField(_("summary"), max_length=500)
    sectors = MultipleChoiceField(
        _("sectors"), choices=SECTORS, help_text=_("Leave empty if it concerns every sector.")
    )
    stages = MultipleChoiceField(_("stages"), choices=STAGES, blank=False)
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"), blank=True)
    documents = StreamField(
        [("document", FormBlock())], verbose_name=_("documents and forms"), blank=True
    )
    handling_unit = models.ForeignKey(
        MunicipalUnit,
        verbose_name=_("handling unit"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The unit a business turns to about this topic."),
    )

    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("sectors"), FieldPanel("stages")], heading=_("For whom")),
        FieldPanel("steps"),
        FieldPanel("documents"),
        FieldPanel("handling_unit"),
    ]
    search_fields = UnitOwnedPage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("steps"),
        index.FilterField("sectors"),
        index.FilterField("stages"),
    ]
    override_translatable_fields = [
        SynchronizedField("sectors", overridable=False),
        SynchronizedField("stages", overridable=False),
    ]
    api_fields = api_fields_of(
        "summary",
        "handling_unit",
        "unit",
        sectors=Choices(dict(SECTORS)),
        stages=Choices(dict(STAGES)),
        steps=RawStream(),
        documents=RawStream(),
        services=Attached("api_services", name="string", description="string", unit="string"),
    )
    parent_page_types = ["business.BusinessIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("business topic")
        verbose_name_plural = _("business topics")

    def sector_labels(self):
        return self._meta.get_field("sectors").labels(self.sectors)

    def stage_labels(self):
        return self._meta.get_field("stages").labels(self.stages)

    def services(self):
        return (
            BusinessService.objects.filter(
                locale_id=self.locale_id, topic__translation_key=self.translation_key
            )
            .select_related("unit")
            .order_by("name")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = self.services()
        context["hotline"] = MunicipalUnit.objects.filter(
            locale_id=self.locale_id, code="hotline-106"
        ).first()
        context["directory_url"] = _directory_url(self.locale_id)
        return context


def _directory_url(locale_id):
    directory = UnitDirectoryPage.objects.live().filter(locale_id=locale_id).first()
    return directory.url if directory else None


class BusinessDirectoryPage(IntroPage):
    """Who handles what: every service for businesses and its responsible unit."""

    parent_page_types = ["business.BusinessIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("business services directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        units = MunicipalUnit.objects.filter(
            locale_id=self.locale_id,
            translation_key__in=BusinessService.objects.values("unit__translation_key"),
        ).order_by("sort_order", "name")
        filters = DirectoryFilters(request.GET, units=units)
        services = BusinessService.objects.filter(locale_id=self.locale_id).select_related(
            "unit", "topic"
        )
        if "unit" in filters.chosen:
            services = services.filter(unit=filters.chosen["unit"])
        services = list(filters.narrow(services).order_by("unit__sort_order", "name"))
        topic_keys = {service.topic.translation_key for service in services if service.topic}
        local_topics = {
            page.translation_key: page
            for page in BusinessTopicPage.objects.live().filter(
                locale_id=self.locale_id, translation_key__in=topic_keys
            )
        }
        for service in services:
            service.local_topic = (
                local_topics.get(service.topic.translation_key) if service.topic else None
            )
        context.update(
            services=services, filters=filters, directory_url=_directory_url(self.locale_id)
        )
        return context


def for_sector(value):
    """Those for one sector, and those for every sector (no sector chosen)."""
    return has_choice("sectors", value) | Q(sectors="")


class BusinessEventPage(ScheduledPage, UnitOwnedPage):
    """A meeting, workshop or conference for businesses."""

    KINDS = [
        ("meeting", _("Meeting")),
        ("workshop", _("Workshop")),
        ("conference", _("Conference")),
    ]

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=KINDS,
        help_text=_("A meeting, a workshop or a conference for businesses."),
    )
    description = models.TextField(
        _("description"),
        help_text=_("What the event offers businesses, who speaks, and how to register."),
    )
    sectors = MultipleChoiceField(
        _("sectors"), choices=SECTORS, help_text=_("Leave empty if it concerns every sector.")
    )

    longest = LONGEST_EVENT
    calendar_kind = "business-event"
    content_panels = UnitOwnedPage.content_panels + [
        FieldPanel("kind"),
        ScheduledPage.when_panel,
        MultiFieldPanel(ScheduledPage.where_fields, heading=_("Where")),
        FieldPanel("description"),
        FieldPanel("sectors"),
        ScheduledPage.cancellation_panel,
    ]
    search_fields = UnitOwnedPage.search_fields + [
        *ScheduledPage.schedule_search_fields,
        index.SearchField("description"),
    ]
    api_fields = api_fields_of(
        *("kind", "description", "start", "end", "place", "venue_accessibility", "online_url"),
        *("cancelled", "cancellation_note", "unit"),
        sectors=Choices(dict(SECTORS)),
    )
    override_translatable_fields = [SynchronizedField("sectors", overridable=False)]
    parent_page_types = ["business.BusinessIndexPage"]
    subpage_types = []

    class Meta(ScheduledPage.Meta):
        verbose_name = _("business event")
        verbose_name_plural = _("business events")

    def entry_description(self):
        return self.description


class BusinessService(TranslatableMixin, models.Model):
    """A service the municipality gives businesses, and the unit responsible for it."""

    name = models.CharField(_("service"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    unit = models.ForeignKey(
        MunicipalUnit,
        verbose_name=_("responsible unit"),
        on_delete=models.PROTECT,
        related_name="business_services",
    )
    topic = models.ForeignKey(
        "business.BusinessTopicPage",
        verbose_name=_("topic page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sectors = MultipleChoiceField(
        _("sectors"), choices=SECTORS, help_text=_("Leave empty if it concerns every sector.")
    )
    stages = MultipleChoiceField(_("stages"), choices=STAGES)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("unit"),
        FieldPanel("topic"),
        FieldPanel("sectors"),
        FieldPanel("stages"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("unit"),
        SynchronizedField("topic"),
        SynchronizedField("sectors", overridable=False),
        SynchronizedField("stages", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service for businesses")
        verbose_name_plural = _("services for businesses")
        ordering = ["name"]

    def __str__(self):
        return self.name
