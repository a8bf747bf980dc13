"""What is news in business promotion: an event for businesses, announced when first published."""

from django.utils.translation import gettext_lazy as _

from hub.feeds.news import NewsKind, when_and_where
from hub.registry import register_news_kind, register_news_source

from .models import BusinessEventPage

register_news_kind(
    NewsKind("business_event", _("New event for businesses: %(title)s"), when_and_where)
)


@register_news_source(BusinessEventPage)
def event_news(page, previous):
    return [("business_event", "")] if previous is None else []
