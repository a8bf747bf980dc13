"""Things that happened to pages — a meeting announced, a protocol attached, a project's new
status, an event announced — recorded when they were published, for the news feeds
(hub.feeds). The page gives the language; the unit and the neighborhoods are those of the page
at the moment it happened."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from .units import MunicipalUnit


class NewsItem(models.Model):
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="news_items",
    )
    kind = models.CharField(_("kind"), max_length=40)
    detail = models.CharField(_("detail"), max_length=60, blank=True)
    happened_at = models.DateTimeField(_("happened at"))
    unit = models.ForeignKey(
        MunicipalUnit,
        verbose_name=_("owning unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,  # hub_news_unit_time starts with the unit
    )

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = ["-happened_at", "-pk"]
        # The feeds read the newest items first: the city's in time order, a unit's in time
        # order within the unit, so neither sorts all the items it filters.
        indexes = [
            models.Index(fields=["happened_at", "id"], name="hub_news_time"),
            models.Index(fields=["unit", "happened_at", "id"], name="hub_news_unit_time"),
        ]

    def __str__(self):
        return f"{self.kind} {self.page_id} {self.happened_at:%Y-%m-%d %H:%M}"


class NewsNeighborhood(models.Model):
    """A neighborhood (its translation key, the same in every language) a news item concerns."""

    item = models.ForeignKey(NewsItem, on_delete=models.CASCADE, related_name="neighborhoods")
    neighborhood_key = models.UUIDField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["item", "neighborhood_key"], name="unique_news_neighborhood"
            )
        ]

    def __str__(self):
        return str(self.neighborhood_key)
