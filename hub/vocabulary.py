"""Words several domains share, so a filter on one page means the same thing on another."""

from django.utils.translation import gettext_lazy as _

AUDIENCES = [
    ("children", _("Children")),
    ("youth", _("Youth")),
    ("adults", _("Adults")),
    ("seniors", _("Seniors")),
    ("families", _("Families")),
]
