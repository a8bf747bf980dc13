"""The hub's demo content: the municipal units of seed 000, the city's quarters and
neighborhoods, the units directory and the city's events calendar."""

from decimal import Decimal

from hub.demo import (
    SOURCE_LANGUAGE,
    TARGET_LANGUAGES,
    add_child_page,
    add_section,
    ensure_locales,
    home_page,
    load_data,
    paragraphs_html,
    seed_text,
    step,
    translate,
)
from hub.models import (
    EventIndexPage,
    MunicipalUnit,
    NeighborhoodIndexPage,
    NeighborhoodPage,
    QuarterPage,
    UnitDirectoryPage,
)


def unit(code):
    return MunicipalUnit.objects.get(code=code, locale__language_code=SOURCE_LANGUAGE)


def _services(entry, language):
    return [
        ("service", {"title": service[language], "description": ""})
        for service in entry["services"]
    ]


@step(10)
def units():
    locales = ensure_locales()
    source = locales[SOURCE_LANGUAGE]
    entries = load_data("units.json")
    for entry in entries:
        if MunicipalUnit.objects.filter(code=entry["code"], locale=source).exists():
            continue
        if "seed" in entry:
            description = "\n\n".join(seed_text(start) for start in entry["seed"])
        else:
            description = entry["description"][SOURCE_LANGUAGE]
        MunicipalUnit.objects.create(
            locale=source,
            code=entry["code"],
            name=entry["name"][SOURCE_LANGUAGE],
            description=paragraphs_html(description),
            phone=entry["phone"],
            email=entry["email"],
            hours=entry["hours"][SOURCE_LANGUAGE],
            address=entry["address"][SOURCE_LANGUAGE],
            services=_services(entry, SOURCE_LANGUAGE),
            sort_order=entry["sort_order"],
            parent=unit(entry["parent"]) if entry["parent"] else None,
        )
    # Parents first, so each translation's parent is already in its language.
    for entry in sorted(entries, key=lambda entry: entry["parent"] is not None):
        translate(
            unit(entry["code"]),
            {
                language: {
                    "name": entry["name"][language],
                    "description": paragraphs_html(entry["description"][language]),
                    "hours": entry["hours"][language],
                    "address": entry["address"][language],
                    "services": _services(entry, language),
                }
                for language in TARGET_LANGUAGES
            },
        )


SECTION_TEXT = {
    "neighborhoods": {
        "slug": "neighborhoods",
        "unit": "quarters-neighborhoods",
        "title": {
            "he": "רבעים ושכונות",
            "ar": "الأحياء والحارات",
            "en": "Quarters and neighborhoods",
        },
        "intro": {
            "he": "מה קורה ליד הבית: בחרו את הרובע והשכונה שלכם כדי למצוא פרויקטים, מוסדות, אירועים ואנשי קשר.",
            "ar": "ماذا يحدث بالقرب من البيت: اختاروا الحي والحارة لتجدوا المشاريع والمؤسسات والفعاليات وجهات الاتصال.",
            "en": "What is happening near home: choose your quarter and neighborhood to find projects, institutions, events and contacts.",
        },
    },
    "calendar": {
        "slug": "events",
        "unit": "participation-program",
        "title": {
            "he": "לוח האירועים העירוני",
            "ar": "رزنامة الفعاليات البلدية",
            "en": "City events calendar",
        },
        "intro": {
            "he": "מפגשי תושבים על פרויקטים, אירועים במרכזים הקהילתיים ובמרחב הציבורי ואירועים לעסקים – הכול במקום אחד, לפי תאריך.",
            "ar": "لقاءات السكان حول المشاريع، فعاليات في المراكز الجماهيرية وفي الحيّز العام وفعاليات للمصالح التجارية – كلها في مكان واحد، حسب التاريخ.",
            "en": "Residents' meetings on projects, events at community centers and in public space, and events for businesses – all in one place, by date.",
        },
    },
    "directory": {
        "slug": "units",
        "unit": "mayors-office",
        "title": {
            "he": "היחידות העירוניות ואנשי קשר",
            "ar": "الوحدات البلدية وجهات الاتصال",
            "en": "Municipal units and contacts",
        },
        "intro": {
            "he": "כל יחידות העירייה, מה הן עושות ואיך פונים אליהן. מוקד 106 זמין 24 שעות ביממה לכל פנייה.",
            "ar": "جميع وحدات البلدية، ماذا تعمل وكيف تتوجّهون إليها. مركز 106 متاح على مدار الساعة لكل توجّه.",
            "en": "Every municipal unit, what it does and how to reach it. The 106 hotline takes any inquiry, 24 hours a day.",
        },
    },
}


def _section(page_class, key):
    text = SECTION_TEXT[key]
    return add_section(
        home_page(), page_class, text["slug"], text, show_in_menus=True, unit=unit(text["unit"])
    )


@step(30)
def neighborhoods():
    index = _section(NeighborhoodIndexPage, "neighborhoods")
    owner = index.unit
    for quarter_entry in load_data("neighborhoods.json"):
        quarter = add_child_page(
            index,
            QuarterPage(
                title=quarter_entry["title"][SOURCE_LANGUAGE],
                slug=quarter_entry["slug"],
                quarter_number=quarter_entry["number"],
                unit=owner,
            ),
        )
        translate(
            quarter, {lang: {"title": quarter_entry["title"][lang]} for lang in TARGET_LANGUAGES}
        )
        for entry in quarter_entry["neighborhoods"]:
            neighborhood = add_child_page(
                quarter,
                NeighborhoodPage(
                    title=entry["title"][SOURCE_LANGUAGE],
                    slug=entry["slug"],
                    summary=entry["summary"][SOURCE_LANGUAGE],
                    latitude=Decimal(str(entry["lat"])),
                    longitude=Decimal(str(entry["lon"])),
                    unit=owner,
                ),
            )
            translate(
                neighborhood,
                {
                    lang: {"title": entry["title"][lang], "summary": entry["summary"][lang]}
                    for lang in TARGET_LANGUAGES
                },
            )


@step(31)
def directory():
    _section(UnitDirectoryPage, "directory")


@step(80)
def calendar():
    """After the domains, so the calendar has something to show from the start."""
    _section(EventIndexPage, "calendar")
