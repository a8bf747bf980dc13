from django.contrib.auth.models import Group
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.api.fields import LanguageCode, RawStream, api_fields_of
from hub.blocks import ServiceBlock

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 \-]{1,18}[0-9]$",
    _("Enter a phone number of digits, spaces and dashes, such as 03-724-1111 or 106."),
)


class MunicipalUnitQuerySet(models.QuerySet):
    def in_active_locale(self):
        return self.filter(locale=Locale.get_active())

    def for_user(self, user):
        """Units whose editors' or managers' group the user belongs to."""
        return self.filter(
            models.Q(editors_group__user=user) | models.Q(managers_group__user=user)
        ).distinct()


class MunicipalUnit(TranslatableMixin, index.Indexed, models.Model):
    """A municipal unit that publishes on the hub and answers residents: a division, an
    administration, a department or a service line such as the 106 hotline."""

    code = models.SlugField(
        _("code"),
        max_length=60,
        help_text=_(
            "A short, permanent identifier in Latin letters, such as jaffa-administration."
        ),
    )
    name = models.CharField(_("name"), max_length=200)
    description = RichTextField(
        _("description"), features=["bold", "italic", "link", "ul"], blank=True
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="subunits",
    )
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        help_text=_("When residents can reach the unit, such as Sunday to Thursday 8:00–16:00."),
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    services = StreamField(
        [("service", ServiceBlock())],
        verbose_name=_("services"),
        blank=True,
        help_text=_("What residents and businesses can turn to this unit for."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order in the directory"), default=100)
    editors_group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    managers_group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    objects = MunicipalUnitQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("parent"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("hours"),
                FieldPanel("address"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("services"),
        FieldPanel("sort_order"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("hours"),
        TranslatableField("address"),
        TranslatableField("services"),
        TranslatableField("parent"),
        SynchronizedField("code", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("email", overridable=False),
        SynchronizedField("website", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    api_fields = api_fields_of(
        *("code", "name", "description", "parent", "phone", "email", "website", "hours"),
        "address",
        services=RawStream(),
        locale=LanguageCode(),
    )

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("services"),
        index.FilterField("locale"),
        index.FilterField("code"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("municipal unit")
        verbose_name_plural = _("municipal units")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_unit_code_per_locale")
        ]

    def __str__(self):
        return self.name

    @property
    def anchor(self):
        return f"unit-{self.code}"
