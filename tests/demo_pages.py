"""The demo site's pages, shared by the server-side and the browser tests."""

PATHS = [
    "",
    "neighborhoods/",
    "neighborhoods/jaffa/",
    "neighborhoods/jaffa/ajami/",
    "units/",
    "participation/",
    "accessibility/",
]
LANGUAGES = {"he": "rtl", "ar": "rtl", "en": "ltr"}
