"""Serializer fields for the items' meta: addresses computed once per request, not per item.
Apart from hub.api.fields because they need Wagtail's API utilities, which need the models."""

from rest_framework import serializers
from rest_framework.fields import SkipField
from wagtail.api.v2.serializers import BaseSerializer, RelatedField
from wagtail.api.v2.serializers import PageSerializer as WagtailPageSerializer
from wagtail.api.v2.utils import get_object_detail_url


class HtmlUrl(serializers.Field):
    """A page's public address, with the site's root paths read once per request (Wagtail's
    own field reads them from the cache for every page)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, page):
        return page.get_full_url(self.context.get("request"))


class DetailUrl(serializers.Field):
    """The item's address in the API, reversed once per model and request."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, instance):
        model = type(instance)
        templates = self.context.setdefault("detail_url_templates", {})
        if model not in templates:
            url = get_object_detail_url(self.context["router"], self.context["request"], model, 1)
            templates[model] = url and url[: -len("1/")] + "{pk}/"
        if templates[model] is None:
            raise SkipField
        return templates[model].format(pk=instance.pk)


class RelatedOnce(RelatedField):
    """A related object (a page's unit, a meeting's protocol) through one nested serializer per
    listing: Wagtail's field builds a new one, with all its fields, for every item."""

    def to_representation(self, value):
        if getattr(self, "_nested", None) is None:
            self._nested = self.serializer_class(context=self.context)
        return self._nested.to_representation(value)


class PageSerializer(WagtailPageSerializer):
    serializer_related_field = RelatedOnce


class ItemSerializer(BaseSerializer):
    serializer_related_field = RelatedOnce
