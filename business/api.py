"""What business promotion publishes through the API (hub.api): topics with the services that
answer them, and events for businesses. Neither belongs to a neighborhood."""

from hub.api.registry import register_page_type

from .models import BusinessEventPage, BusinessService, BusinessTopicPage


def attach_services(topics):
    """Each topic's services in its own language, in one query for a whole listing."""
    by_key = {(topic.locale_id, topic.translation_key): topic for topic in topics}
    for topic in topics:
        topic.api_services = []
    services = (
        BusinessService.objects.filter(
            topic__translation_key__in={key for _locale, key in by_key},
            locale_id__in={locale for locale, _key in by_key},
        )
        .select_related("unit", "topic")
        .order_by("name", "pk")
    )
    for service in services:
        topic = by_key.get((service.locale_id, service.topic.translation_key))
        if topic is not None:
            topic.api_services.append(
                {
                    "name": service.name,
                    "description": service.description,
                    "unit": service.unit.code,
                }
            )


register_page_type(
    BusinessTopicPage, select=("locale", "unit", "handling_unit"), attach=attach_services
)
register_page_type(BusinessEventPage, select=("locale", "unit"))
