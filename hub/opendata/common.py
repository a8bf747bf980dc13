"""The hub's own datasets: the municipal units, and the events that each domain fills."""

from django import forms
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from hub.filters import DayField, FilterForm, ObjectChoiceField, choices
from hub.models import MunicipalUnit, NeighborhoodPage, UnitDirectoryPage

from .registry import Column, Dataset, register_dataset


def field_label(model, name):
    return capfirst(model._meta.get_field(name).verbose_name)


def common_columns():
    """The columns every page dataset starts with."""
    return [
        Column("id", _("Identifier"), _("The page's number on the site, in this language.")),
        Column(
            "translation_key",
            _("Translation key"),
            _("The same in every language: joins a row to its translations."),
        ),
        Column("title", _("Title")),
        Column("url", _("Link")),
    ]


NEIGHBORHOODS_COLUMN = Column(
    "neighborhoods", _("Neighborhoods"), _("Separated by semicolons in the CSV.")
)


def moment_column(key, label):
    """A date and time column: always ISO 8601 with the offset."""
    return Column(key, label, _("ISO 8601, with the offset from UTC."))


UPDATED_COLUMN = moment_column("updated", _("Last published"))


def unit_columns():
    return [
        Column("unit_code", _("Unit code"), _("The unit's permanent identifier.")),
        Column("unit", _("Unit")),
    ]


UNIT_COLUMNS = [
    Column("code", _("Unit code"), _("The unit's permanent identifier.")),
    Column(
        "translation_key",
        _("Translation key"),
        _("The same in every language: joins a row to its translations."),
    ),
    Column("name", field_label(MunicipalUnit, "name")),
    Column("url", _("Link")),
    Column("parent_code", _("Parent unit code")),
    Column("description", field_label(MunicipalUnit, "description")),
    Column("phone", field_label(MunicipalUnit, "phone")),
    Column("email", field_label(MunicipalUnit, "email")),
    Column("website", field_label(MunicipalUnit, "website")),
    Column("hours", field_label(MunicipalUnit, "hours")),
    Column("address", field_label(MunicipalUnit, "address")),
]

units = register_dataset(
    Dataset(
        name="units",
        title=_("Municipal units"),
        description=_("Every municipal unit with its contacts and opening hours."),
        columns=UNIT_COLUMNS,
        order=50,
    )
)


@units.add_part
def unit_rows(export):
    directory = UnitDirectoryPage.objects.live().public().filter(locale_id=export.locale_id).first()
    base = export.url(directory) if directory else ""
    queryset = (
        MunicipalUnit.objects.filter(locale_id=export.locale_id)
        .select_related("parent")
        .order_by("sort_order", "name", "pk")
    )
    for chunk in export.chunks(queryset):
        for unit in chunk:
            yield {
                "code": unit.code,
                "translation_key": str(unit.translation_key),
                "name": unit.name,
                "url": f"{base}#{unit.anchor}" if base else "",
                "parent_code": unit.parent.code if unit.parent else "",
                "description": strip_tags(unit.description).strip(),
                "phone": unit.phone,
                "email": unit.email,
                "website": unit.website,
                "hours": unit.hours,
                "address": unit.address,
            }


class EventExportFilters(FilterForm):
    """The city calendar's filters, without its default of "from today": an export starts at
    the first event unless told otherwise."""

    neighborhood = ObjectChoiceField(label=_("Neighborhood"), empty_label=_("All neighborhoods"))
    type = forms.ChoiceField(label=_("Type"))

    def setup(self, locale_id):
        self.fields["from"] = DayField(label=_("From"))
        self.fields["to"] = DayField(label=_("Until"))
        self.fields["neighborhood"].set_objects(NeighborhoodPage.choices_for(locale_id))
        self.fields["type"].choices = choices(
            _("All types"), [(kind, label) for kind, label in events.kinds]
        )

    def clean(self):
        data = super().clean()
        if data.get("from") and data.get("to") and data["to"] < data["from"]:
            self.add_error("to", _("The end must come after the start."))
        return data


EVENT_COLUMNS = [
    *common_columns(),
    Column("type", _("Type (code)")),
    Column("type_label", _("Type")),
    Column("kind_label", _("Kind")),
    moment_column("start", _("Starts at")),
    moment_column("end", _("Ends at")),
    Column("cancelled", _("Cancelled"), "true | false"),
    Column("place", _("Place")),
    Column("online_url", _("Online link")),
    Column("venue_accessibility", _("Accessibility of the venue")),
    Column("organizer", _("Organizer")),
    Column("organizer_url", _("Organizer's link")),
    NEIGHBORHOODS_COLUMN,
    Column("audiences", _("For whom"), _("Empty: for everyone.")),
    Column("free", _("Free entry"), _("true, false, or empty when not stated.")),
    Column("price", _("Price (₪)")),
    Column("description", _("Description")),
    *unit_columns(),
    UPDATED_COLUMN,
]


# The values of a dated page that event_row reads; a domain's query adds its own.
EVENT_VALUES = (
    "pk",
    "translation_key",
    "title",
    "url_path",
    "start",
    "end",
    "cancelled",
    "place",
    "online_url",
    "venue_accessibility",
    "description",
    "last_published_at",
    "unit_key",
)


def event_row(export, event, type_code, type_label, **rest):
    """An events dataset row from a dated page's EVENT_VALUES; `rest` gives what the domain
    knows beyond them (label, organizer, neighborhoods, price...)."""
    return {
        "id": event["pk"],
        "translation_key": str(event["translation_key"]),
        "title": event["title"],
        "url": export.page_url(event["url_path"]),
        "type": type_code,
        "type_label": type_label,
        "start": event["start"],
        "end": event["end"],
        "cancelled": event["cancelled"],
        "place": event["place"],
        "online_url": event["online_url"],
        "venue_accessibility": event["venue_accessibility"],
        "organizer_url": "",
        "neighborhoods": [],
        "audiences": [],
        "free": None,
        "price": None,
        "description": event["description"],
        **export.unit_fields(event["unit_key"]),
        "updated": event["last_published_at"],
        **rest,
    }


class EventsDataset(Dataset):
    """Dated things from several domains, merged by start. Each domain adds a part with
    `add_kind(kind, label)`, which answers the `type` filter."""

    kinds = ()

    def add_kind(self, kind, label):
        def register(part):
            def filtered(export):
                wanted = export.chosen.get("type")
                return iter(()) if wanted and wanted != kind else part(export)

            self.kinds = (*self.kinds, (kind, label))
            return self.add_part(filtered)

        return register


events = register_dataset(
    EventsDataset(
        name="events",
        title=_("Events"),
        description=_(
            "Events of the city calendar: institution events and events for businesses, with "
            "their dates, places and organizers."
        ),
        columns=EVENT_COLUMNS,
        filters=EventExportFilters,
        order=40,
        merge_key=lambda row: (row["start"], row["type"], row["id"]),
    )
)
