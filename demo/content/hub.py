"""The hub's demo content: the municipal units (from seed 000), the city's quarters and
neighborhoods, the units directory and the city's events calendar."""

from decimal import Decimal

from hub.models import (
    EventIndexPage,
    MunicipalUnit,
    NeighborhoodIndexPage,
    NeighborhoodPage,
    QuarterPage,
    UnitDirectoryPage,
)

from ..loader import (
    SOURCE_LANGUAGE,
    add_page,
    add_section,
    ensure_locales,
    home_page,
    load_data,
    localized,
    paragraphs_html,
    translate_snippet,
    unit,
)


def _unit_texts(entry, language):
    texts = localized(entry, language)
    return {
        "name": texts["name"],
        "description": paragraphs_html(texts["description"]),
        "hours": texts["hours"],
        "address": texts["address"],
        "services": [
            ("service", {"title": service, "description": ""}) for service in texts["services"]
        ],
    }


def units():
    source = ensure_locales()[SOURCE_LANGUAGE]
    entries = load_data("units.json")["units"]
    for entry in entries:
        if MunicipalUnit.objects.filter(code=entry["code"], locale=source).exists():
            continue
        MunicipalUnit.objects.create(
            locale=source,
            code=entry["code"],
            phone=entry["phone"],
            email=entry["email"],
            sort_order=entry["sort_order"],
            parent=unit(entry["parent"]) if entry["parent"] else None,
            **_unit_texts(entry, SOURCE_LANGUAGE),
        )
    # Parents first, so each translation's parent is already in its language.
    for entry in sorted(entries, key=lambda entry: entry["parent"] is not None):
        translate_snippet(unit(entry["code"]), lambda language, e=entry: _unit_texts(e, language))


def _section(page_class, key):
    return add_section(home_page(), page_class, load_data("hub.json")[key])


def _neighborhood(quarter, entry):
    add_page(
        quarter,
        NeighborhoodPage,
        lambda language: localized(
            {"title": entry["title"], "summary": entry["summary"]}, language
        ),
        slug=entry["slug"],
        latitude=Decimal(str(entry["lat"])),
        longitude=Decimal(str(entry["lon"])),
        unit=quarter.unit,
    )


def neighborhoods():
    index = _section(NeighborhoodIndexPage, "neighborhoods")
    for quarter_entry in load_data("neighborhoods.json"):
        quarter = add_page(
            index,
            QuarterPage,
            lambda language, q=quarter_entry: {"title": q["title"][language]},
            slug=quarter_entry["slug"],
            quarter_number=quarter_entry["number"],
            unit=index.unit,
        )
        for entry in quarter_entry["neighborhoods"]:
            _neighborhood(quarter, entry)


def directory():
    _section(UnitDirectoryPage, "directory")


def calendar():
    """After the domains, so the calendar has something to show from the start."""
    _section(EventIndexPage, "calendar")
