"""The admin's latitude and longitude fields, with a small map that sets them: clicking the map or
dragging its pin fills both fields, typing in them moves the pin (hub/admin/point-widget.js).
The fields stay ordinary number fields, usable without the map or its script; with maps off
(an empty MAP_TILE_URL) no map is drawn."""

from django import forms
from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel

from hub import maps

# Where the map opens for a place without coordinates: Tel Aviv-Yafo city hall.
CITY_CENTRE = ("32.0809", "34.7806")


class PointInput(forms.NumberInput):
    def __init__(self, axis, attrs=None):
        self.axis = axis
        super().__init__(attrs)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if maps.maps_enabled():
            context["widget"]["attrs"].update(self.map_attrs())
        return context

    def map_attrs(self):
        attrs = {"data-point": self.axis}
        if self.axis == "latitude":
            attrs.update(
                {
                    "data-point-tiles": maps.tile_url(),
                    "data-point-attribution": settings.MAP_ATTRIBUTION,
                    "data-point-centre": ",".join(CITY_CENTRE),
                    "data-point-label": _("Map of the location"),
                    "data-point-help": _(
                        "Click the map or drag the pin to fill in the latitude and longitude; "
                        "typing in the fields moves the pin."
                    ),
                    "data-point-marker": _("The place's location"),
                    "data-point-zoom-in": _("Zoom in"),
                    "data-point-zoom-out": _("Zoom out"),
                    "data-point-icon": static("leaflet/images/marker-icon.png"),
                    "data-point-icon-2x": static("leaflet/images/marker-icon-2x.png"),
                    "data-point-shadow": static("leaflet/images/marker-shadow.png"),
                }
            )
        return attrs

    @property
    def media(self):
        if not maps.maps_enabled():
            return forms.Media()
        return forms.Media(
            js=["leaflet/leaflet.js", "hub/admin/point-widget.js"],
            css={"all": ["leaflet/leaflet.css"]},
        )


def point_panels():
    """The latitude and longitude panels, the map drawn after the longitude."""
    return [
        FieldPanel("latitude", widget=PointInput("latitude")),
        FieldPanel("longitude", widget=PointInput("longitude")),
    ]
