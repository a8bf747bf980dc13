"""The institutions' words: their types, where their events take place, the holidays."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class InstitutionKind(models.TextChoices):
    COMMUNITY_CENTER = "community_center", _("Community center")
    YOUTH_CLUB = "youth_club", _("Youth club")
    COUNTRY_CLUB = "country_club", _("Country club")
    SPORT = "sport", _("Sport facility")
    CULTURE = "culture", _("Culture institution")


class EventSetting(models.TextChoices):
    INSIDE = "inside", _("Inside the building")
    COMMUNITY_SPACE = "community_space", _("In the community space, outside the building")


HOLIDAYS = [
    ("rosh_hashanah", _("Rosh Hashanah")),
    ("sukkot", _("Sukkot")),
    ("simchat_torah", _("Simchat Torah")),
    ("hanukkah", _("Hanukkah")),
    ("christmas", _("Christmas")),
    ("purim", _("Purim")),
    ("ramadan", _("Ramadan")),
    ("eid_al_fitr", _("Eid al-Fitr")),
    ("passover", _("Passover")),
    ("memorial_day", _("Memorial Day")),
    ("independence_day", _("Independence Day")),
    ("shavuot", _("Shavuot")),
    ("eid_al_adha", _("Eid al-Adha")),
    ("sigd", _("Sigd")),
    ("sudan_memorial", _("Memorial for those who perished on the way to Israel through Sudan")),
]
