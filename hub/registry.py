"""Where domain apps plug into shared pages without hub knowing them.

A domain app registers, in its AppConfig.ready(), a function that receives a neighborhood page
and the request and returns a section to show on it (a template and its context) or None."""

neighborhood_sections = []


def register_neighborhood_section(func):
    neighborhood_sections.append(func)
    return func


def sections_for_neighborhood(neighborhood, request):
    return [section for func in neighborhood_sections if (section := func(neighborhood, request))]
