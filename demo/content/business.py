"""The business section: topic pages across sectors and stages, the services-to-units map and
events for businesses, in three languages, wired to the units of the foundation."""

import datetime

from business.models import (
    BusinessDirectoryPage,
    BusinessEventPage,
    BusinessIndexPage,
    BusinessService,
    BusinessTopicPage,
)

from ..loader import (
    SOURCE_LANGUAGE,
    add_page,
    add_section,
    home_page,
    load_data,
    localized,
    moment,
    source_locale,
    translate_snippet,
    unit,
)
from ..media import demo_document


def _form(topic):
    """The topic's form as a PDF: its Hebrew title, then the topic's summary in every language."""
    if not topic.get("form"):
        return None
    title = topic["form"]["he"]
    paragraphs = [("he", title)] + list(topic["summary"].items())
    return demo_document(title, f"{topic['slug']}-form.pdf", paragraphs)


def _topic_fields(topic, document):
    def fields(language):
        texts = localized(topic, language)
        return {
            "title": texts["title"],
            "summary": texts["summary"],
            "steps": [("step", step) for step in texts["steps"]],
            "documents": [("document", {"document": document, "title": texts["form"]})]
            if document
            else [],
        }

    return fields


def _add_topic(section, topic):
    return add_page(
        section,
        BusinessTopicPage,
        _topic_fields(topic, _form(topic)),
        slug=topic["slug"],
        unit=section.unit,
        handling_unit=unit(topic["handler"]),
        sectors=topic["sectors"],
        stages=topic["stages"],
    )


def _add_service(entry, topics):
    source = source_locale()
    name = entry["name"][SOURCE_LANGUAGE]
    service = BusinessService.objects.filter(locale=source, name=name).first()
    if service is None:
        service = BusinessService.objects.create(
            locale=source,
            name=name,
            unit=unit(entry["unit"]),
            topic=topics.get(entry["topic"]),
            sectors=entry["sectors"],
            stages=entry["stages"],
        )
    translate_snippet(service, lambda language: {"name": entry["name"][language]})


def _add_event(section, event):
    start = moment(event["start"])
    add_page(
        section,
        BusinessEventPage,
        lambda language: localized(
            {key: event[key] for key in ("title", "place", "description")}, language
        ),
        slug=event["slug"],
        unit=section.unit,
        kind=event["kind"],
        start=start,
        end=start + datetime.timedelta(hours=event["hours"]),
    )


def business():
    data = load_data("business.json")
    section = add_section(home_page(), BusinessIndexPage, data["index"])
    topics = {topic["slug"]: _add_topic(section, topic) for topic in data["topics"]}
    add_section(section, BusinessDirectoryPage, data["directory"])
    for entry in data["services"]:
        _add_service(entry, topics)
    for event in data["events"]:
        _add_event(section, event)
