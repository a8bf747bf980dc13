"""Engineering projects across several neighborhoods, with renderings drawn by code (each of
what its project builds, with its own caption and alternative text), PDF flyers
and protocols with real text, and meetings before and after today. Some projects are
deliberately incomplete, so the transparency status shows both states. One project is first
published with an earlier status and one protocol attached after its meeting, as editors would
do later on, so the news feeds show a status change and a protocol."""

import datetime

from wagtail.rich_text import RichText

from hub.models import NeighborhoodPage
from hub.permissions import unit_collection
from projects.models import MeetingPage, ProjectIndexPage, ProjectNeighborhood, ProjectPage

from ..loader import (
    LANGUAGES,
    add_page,
    add_section_items,
    formatted,
    load_data,
    localized,
    moment,
    republish,
    source_page,
    unit,
    with_dates,
)
from ..media import demo_document, demo_image
from ..renderings import SCENES


def _document(project, kind, texts, document_title):
    """A PDF of the project: its Hebrew title, then `texts` in every language."""
    title = f"{project['title']['he']} – {document_title}"
    paragraphs = [("he", title)] + [(language, texts[language]) for language in LANGUAGES]
    return demo_document(title, f"{project['slug']}-{kind}.pdf", paragraphs)


def _titled(item, field):
    """`item`'s title and `field`, one text per language."""
    return {
        language: f"{item['title'][language]}. {item[field][language]}" for language in LANGUAGES
    }


def _rendering(rendering, image):
    """One rendering block in one language: what it shows (alternative text) and its caption."""
    return {
        "image": image,
        "alt_text": rendering["alt"],
        "decorative": False,
        "caption": rendering["caption"],
    }


def _project_fields(project, texts, images, documents):
    def fields(language):
        data = localized(project, language)
        flyer = {"kind": "flyer", "language": "he"}
        title = formatted(texts["flyer_title"], language, title=project["title"])
        return {
            "title": data["title"],
            "summary": data["summary"],
            "address": data["address"],
            "description": [("paragraph", RichText(f"<p>{data['summary']}</p>"))],
            "renderings": [
                ("rendering", _rendering(rendering, image))
                for rendering, image in zip(data["renderings"], images, strict=True)
            ],
            "documents": [
                ("document", {"document": document, "title": title, **flyer})
                for document in documents
            ],
            "timeline": [("stage", with_dates(stage, "start", "end")) for stage in data["stages"]],
            "updates": [
                ("update", with_dates(update, "date")) for update in data.get("updates", [])
            ],
        }

    return fields


def _meeting_fields(meeting, texts):
    def fields(language):
        data = localized(meeting, language)
        values = {
            "title": data["title"],
            "place": data["place"],
            "venue_accessibility": texts["venue_accessibility"][language],
        }
        if data.get("invitation"):
            values["invitation"] = f"<p>{data['invitation']}</p>"
        if data.get("summary"):
            values["summary"] = data["summary"]
        if data.get("cancellation"):
            values["cancellation_note"] = data["cancellation"]
        return values

    return fields


def _add_meeting(project_page, project, meeting, texts):
    names = texts["document_titles"]
    documents = {}
    if meeting.get("protocol"):
        kind = f"{meeting['slug']}-protocol"
        documents["protocol"] = _document(
            project, kind, _titled(meeting, "summary"), names["protocol"]
        )
    if meeting.get("flyer"):
        kind = f"{meeting['slug']}-flyer"
        documents["flyer"] = _document(
            project, kind, _titled(meeting, "invitation"), names["invitation"]
        )
    later = documents.pop("protocol") if meeting.get("protocol_later") else None
    start = moment(meeting["start"])
    page = add_page(
        project_page,
        MeetingPage,
        _meeting_fields(meeting, texts),
        slug=meeting["slug"],
        unit=project_page.unit,
        kind=meeting["kind"],
        start=start,
        end=start + datetime.timedelta(hours=meeting["hours"]),
        online_url="https://meet.tlv-hub.example/" + project["slug"]
        if meeting.get("online")
        else "",
        cancelled=bool(meeting.get("cancelled")),
        **documents,
    )
    if later is not None:
        republish(page, protocol=later)


def _add_project(index, number, project, texts):
    owner = unit(project["unit"])
    collection = unit_collection(owner)
    images = [
        demo_image(
            f"{project['title']['he']} – {rendering['caption']['he']}",
            SCENES[rendering["scene"]],
            seed=100 * number + n,
            name=f"{project['slug']}-{rendering['scene']}",
            collection=collection,
            description=rendering["alt"]["he"],
        )
        for n, rendering in enumerate(project["renderings"], start=1)
    ]
    documents = []
    if project["flyer"]:
        flyer = _document(
            project, "flyer", _titled(project, "summary"), texts["document_titles"]["flyer"]
        )
        documents.append(flyer)
    latitude, longitude = project["location"]
    links = [
        ProjectNeighborhood(neighborhood=source_page(NeighborhoodPage, slug))
        for slug in project["neighborhoods"]
    ]
    page = add_page(
        index,
        ProjectPage,
        _project_fields(project, texts, images, documents),
        slug=project["slug"],
        unit=owner,
        status=project.get("earlier_status", project["status"]),
        latitude=latitude,
        longitude=longitude,
        contact_phone=project["contact_phone"],
        contact_email=f"{project['slug']}@tlv-hub.example",
        neighborhood_links=links,
    )
    if page.status != project["status"]:
        republish(page, status=project["status"])
    for meeting in project["meetings"]:
        _add_meeting(page, project, meeting, texts)


def projects():
    data = load_data("projects.json")
    add_section_items(
        ProjectIndexPage,
        data["index"],
        data["projects"],
        lambda index, number, project: _add_project(index, number, project, data["texts"]),
    )
