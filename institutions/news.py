"""What is news in institutions: an event in a community space, announced when first published."""

from django.utils.translation import gettext_lazy as _

from hub.feeds.news import NewsKind, when_and_where
from hub.registry import register_news_kind, register_news_source

from .models import InstitutionEventPage

register_news_kind(NewsKind("institution_event", _("New event: %(title)s"), when_and_where))


@register_news_source(InstitutionEventPage)
def event_news(page, previous):
    return [("institution_event", "")] if previous is None else []
