"""The demo site's pages, shared by the server-side and the browser tests."""

PATHS = [
    "",
    "neighborhoods/",
    "neighborhoods/jaffa/",
    "neighborhoods/jaffa/ajami/",
    "units/",
    "participation/",
    "accessibility/",
    "projects/",
    "projects/yehuda-hayamit-street-renewal/",
    "projects/yehuda-hayamit-street-renewal/informing-meeting/",
    "projects/shapira-community-garden/opening-round-table/",
    "business/",
    "business/business-licensing/",
    "business/who-handles-what/",
    "business/jaffa-business-meeting/",
    "institutions/",
    "institutions/benefits/",
    "institutions/jaffa-d-community-center/",
    "institutions/jaffa-d-community-center/ramadan-iftar/",
    "events/",
    "search/?q=106",
    "open-data/",
    "targets/",
    "targets/engineering-coordination/",
]
LANGUAGES = {"he": "rtl", "ar": "rtl", "en": "ltr"}
