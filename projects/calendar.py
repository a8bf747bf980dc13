"""iCalendar (RFC 5545) feeds and schema.org JSON-LD for meetings."""

import json

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from icalendar import Calendar, Event, Timezone, vText

PRODID = "-//Tel Aviv-Yafo municipal hub//meetings//HE"


def _location(meeting):
    return ", ".join(part for part in (meeting.place, meeting.online_url) if part)


def meetings_calendar(request, meetings, title, filename="meetings.ics"):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", title)
    zone = timezone.get_current_timezone()
    calendar.add("x-wr-timezone", str(zone))
    calendar.add_component(Timezone.from_tzinfo(zone))
    for meeting in meetings.order_by("start").select_related("locale"):
        event = Event()
        event.add("uid", f"meeting-{meeting.translation_key}-{meeting.locale.language_code}@hub")
        event.add("dtstamp", meeting.last_published_at or timezone.now())
        event.add("dtstart", timezone.localtime(meeting.start, zone))
        event.add("dtend", timezone.localtime(meeting.end, zone))
        event.add("summary", meeting.title)
        event.add("url", meeting.get_full_url(request))
        location = _location(meeting)
        if location:
            event.add("location", vText(location))
        event.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
        if meeting.venue_accessibility:
            event.add("description", meeting.venue_accessibility)
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def meeting_json_ld(meeting, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": meeting.title,
        "startDate": timezone.localtime(meeting.start).isoformat(),
        "endDate": timezone.localtime(meeting.end).isoformat(),
        "inLanguage": get_language(),
        "url": meeting.get_full_url(request),
        "eventStatus": "https://schema.org/EventCancelled"
        if meeting.cancelled
        else "https://schema.org/EventScheduled",
        "organizer": {"@type": "GovernmentOrganization", "name": meeting.unit.name},
    }
    if meeting.place and meeting.online_url:
        data["eventAttendanceMode"] = "https://schema.org/MixedEventAttendanceMode"
    elif meeting.online_url:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
    else:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
    locations = []
    if meeting.place:
        locations.append({"@type": "Place", "name": meeting.place, "address": meeting.place})
    if meeting.online_url:
        locations.append({"@type": "VirtualLocation", "url": meeting.online_url})
    data["location"] = locations[0] if len(locations) == 1 else locations
    # Escape "<" so the JSON cannot close the script element it is embedded in.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
