"""Institutions of the community, youth and sport division in several neighborhoods, with photos
drawn by code, opening hours and holiday exceptions, activities, club benefits, facility upgrades
and events inside and outside their buildings, including the Jaffa holiday events. Some
institutions deliberately fall short of the work-plan targets (two benefits, two events in the
community space, an open Beit Am) so the report has something to show."""

import datetime

from hub.models import NeighborhoodPage
from hub.permissions import unit_collection
from institutions.models import (
    HoursException,
    InstitutionEventPage,
    InstitutionIndexPage,
    InstitutionPage,
    OpeningHours,
)

from ..illustrations import SCENES as ILLUSTRATIONS
from ..loader import (
    add_page,
    add_section_items,
    day,
    formatted,
    load_data,
    localized,
    moment,
    source_page,
    unit,
)
from ..media import demo_image


def _time(value):
    return datetime.time.fromisoformat(value) if value else None


def _shared(items, named):
    """Items given in full or by the name of one of the `named` items shared by institutions."""
    return [named[item] if isinstance(item, str) else item for item in items]


def _scenes(institution):
    """The pictures of an institution: one of its kind, and a Beit Am evening where it runs one."""
    return [institution["kind"]] + (["beit_am"] if "beit_am" in institution else [])


def _photos(data, institution, number):
    """The institution's pictures, each drawn with a seed of its own and described by its kind's
    caption and alternative text."""
    owner = unit(institution["unit"])
    images = []
    for n, scene in enumerate(_scenes(institution)):
        texts = data["texts"]["photos"][scene]
        images.append(
            demo_image(
                f"{institution['title']['he']} – {texts['caption']['he']}",
                ILLUSTRATIONS[scene],
                seed=700 + 50 * n + number,
                name=f"{institution['slug']}-{scene}",
                collection=unit_collection(owner),
                description=formatted(texts["alt"], "he", title=institution["title"]),
            )
        )
    return images


def _institution_fields(data, institution, images):
    valid = data["benefits_valid"]
    activities = _shared(institution["activities"], data["activities"])
    benefits = _shared(institution["benefits"], data["benefits"])

    def fields(language):
        texts = localized(institution, language)
        photos = [
            {
                "image": image,
                "alt_text": formatted(
                    data["texts"]["photos"][scene]["alt"], language, title=institution["title"]
                ),
                "decorative": False,
                "caption": data["texts"]["photos"][scene]["caption"][language],
            }
            for scene, image in zip(_scenes(institution), images, strict=True)
        ]
        return {
            "title": texts["title"],
            "summary": texts["summary"],
            "address": texts["address"],
            "photos": [("photo", photo) for photo in photos],
            "accessibility": data["texts"]["accessibility"][language],
            "beit_am_hours": texts.get("beit_am", ""),
            "activities": [("activity", localized(item, language)) for item in activities],
            "benefits": [
                (
                    "benefit",
                    localized(item, language)
                    | {"valid_from": day(valid["from"]), "valid_to": day(valid["to"])},
                )
                for item in benefits
            ],
            "upgrades": [("upgrade", item) for item in texts["upgrades"]],
        }

    return fields


def _hours(institution, weekly):
    opening = [
        OpeningHours(weekday=weekday, opens=_time(row["opens"]), closes=_time(row["closes"]))
        for row in weekly
        for weekday in row["weekdays"]
    ]
    exceptions = [
        HoursException(
            date=day(row["date"]),
            reason=row["reason"],
            holiday=row["holiday"],
            closed=row["opens"] is None,
            opens=_time(row["opens"]),
            closes=_time(row["closes"]),
        )
        for row in institution["exceptions"]
    ]
    return {"opening_hours": opening, "hours_exceptions": exceptions}


def _add_event(institution_page, event):
    start = moment(event["start"])
    price = event.get("price")
    add_page(
        institution_page,
        InstitutionEventPage,
        lambda language: localized(
            {
                "title": event["title"],
                "description": event["description"],
                "place": event.get("place", ""),
            },
            language,
        ),
        slug=event["slug"],
        unit=unit(event["unit"]) if event.get("unit") else institution_page.unit,
        start=start,
        end=start + datetime.timedelta(hours=event["hours"]),
        setting="community_space" if event.get("outside") else "inside",
        audiences=event.get("audiences", []),
        free=price is None,
        price=price,
        holiday=event.get("holiday", ""),
    )


def _add_institution(index, number, institution, data):
    owner = unit(institution["unit"])
    images = _photos(data, institution, number)
    latitude, longitude = institution["location"]
    page = add_page(
        index,
        InstitutionPage,
        _institution_fields(data, institution, images),
        slug=institution["slug"],
        unit=owner,
        kind=institution["kind"],
        neighborhood=source_page(NeighborhoodPage, institution["neighborhood"]),
        latitude=latitude,
        longitude=longitude,
        phone=institution["phone"],
        email=f"{institution['slug']}@tlv-hub.example",
        open_beit_am="beit_am" in institution,
        **_hours(institution, data["opening_hours"][institution["hours"]]),
    )
    for event in institution["events"]:
        _add_event(page, event)


def institutions():
    data = load_data("institutions.json")
    add_section_items(
        InstitutionIndexPage,
        data["index"],
        data["institutions"],
        lambda index, number, institution: _add_institution(index, number, institution, data),
    )
