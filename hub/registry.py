"""Where domain apps plug into shared pages without hub knowing them.

A domain app registers, in its AppConfig.ready():
- a neighborhood section: a function that receives a neighborhood page and the request and
  returns a section to show on it (a template and its context) or None;
- a calendar source (see hub.events.CalendarSource): the dated pages it contributes to the city
  calendar and how to show them."""

neighborhood_sections = []
calendar_sources = {}


def register_neighborhood_section(func):
    neighborhood_sections.append(func)
    return func


def sections_for_neighborhood(neighborhood, request):
    return [section for func in neighborhood_sections if (section := func(neighborhood, request))]


def register_calendar_source(source):
    calendar_sources[source.kind] = source
    return source
