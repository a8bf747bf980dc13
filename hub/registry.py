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


# Functions that take page ids and return {page id: {neighborhood translation keys}}, for search
# facets: each domain knows how its pages point at neighborhoods.
page_neighborhoods = []


def register_page_neighborhoods(func):
    page_neighborhoods.append(func)
    return func


def neighborhoods_of_pages(page_ids):
    found = {}
    for func in page_neighborhoods:
        for page_id, keys in func(page_ids).items():
            found.setdefault(page_id, set()).update(keys)
    return found


# News (see hub.feeds): each domain says what, in the publication of its pages, is news.
# `news_sources` maps a page model to a function (page, previous live version or None) that
# returns [(kind, detail)]; `news_kinds` maps each kind to how the feeds show it;
# `news_sections` maps a URL word to a page model whose subtree has a feed of its own.
news_sources = {}
news_kinds = {}
news_sections = {}


def register_news_source(model):
    def register(func):
        news_sources[model] = func
        return func

    return register


def register_news_kind(kind):
    news_kinds[kind.code] = kind
    return kind


def register_news_section(name, model):
    news_sections[name] = model
    return model


# Admin groups beyond the units' own (search editors…), created or brought up to date by
# `manage.py setup_unit_groups` with the units' groups: functions without arguments.
group_setups = []


def register_group_setup(func):
    group_setups.append(func)
    return func


# Live blocks of the home page: what is current in a domain (projects under way, what is open
# now). `func(request, locale_id, private)` returns the block's context, or None when it has
# nothing to show; `private` is a condition on pages (`.exclude(private)`) that keeps out the
# private sections, read once for every block. The context may say, as `until`, when it stops
# being true, so that the page is not kept in a cache past it. Without a template of its own
# a block is a list: `heading`, `items` (each with `title`, `url` and a line of `meta`) and a
# link to all of them (`more_url`, `more_label`). Blocks show in `order`.
home_blocks = []


def register_home_block(name, order, template=None):
    def register(func):
        home_blocks.append((order, name, template, func))
        home_blocks.sort(key=lambda block: block[:2])
        return func

    return register


def blocks_for_home(request, locale_id, private):
    found = []
    for _order, name, template, func in home_blocks:
        context = func(request, locale_id, private)
        if context:
            found.append({"name": name, "template": template, **context})
    return found
