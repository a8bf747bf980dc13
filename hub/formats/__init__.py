"""How editors may type dates and times, the same in every language of the admin: day/month/year
first (20/12/2026 19:00, also with dots or dashes), then ISO (2026-12-20 19:00, 2026-12-20T19:00).

Each language's module here (FORMAT_MODULE_PATH) takes these lists ahead of Django's own, whose
English module reads 05/06/2026 as the sixth of May and whose Hebrew and Arabic ones have none.
Only the input formats are set: how pages show dates stays with Django's modules."""

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # first: the one the admin's date picker writes (WAGTAIL_DATE_FORMAT)
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%Y-%m-%d",
]
TIME_INPUT_FORMATS = [
    "%H:%M",  # first: WAGTAIL_TIME_FORMAT
    "%H:%M:%S",
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",  # first: WAGTAIL_DATETIME_FORMAT
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d-%m-%Y %H:%M",
    "%d-%m-%Y",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d",
]
