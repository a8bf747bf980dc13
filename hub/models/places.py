"""Pages that stand somewhere on the map: neighborhoods by their coordinates, projects and
institutions by an address as well."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.map_widgets import point_panels
from hub.validation import check_coordinates


class CoordinatesMixin(models.Model):
    """Latitude and longitude, both or neither, inside Israel; the same in every language."""

    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_(
            "Between 29 and 34, e.g. 32.0853; with the longitude, it places the pin on the map."
        ),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Between 34 and 36, e.g. 34.7818."),
    )

    location_panel = MultiFieldPanel(point_panels(), heading=_("Location"))
    location_synced_fields = [
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        check_coordinates(self.latitude, self.longitude)


class LocatedMixin(CoordinatesMixin):
    """A street address with its coordinates."""

    address = models.CharField(
        _("address"),
        max_length=250,
        blank=True,
        help_text=_("Street and number, e.g. 42 Kibbutz Galuyot St."),
    )

    location_panel = MultiFieldPanel(
        [FieldPanel("address"), *point_panels()],
        heading=_("Location"),
    )
    location_search_fields = [index.SearchField("address")]

    class Meta:
        abstract = True
