"""The API's endpoints: Wagtail's API v2 viewsets narrowed to what is live and public, with
the parameters of hub.api.params (declared once, parsed once) and a stable order."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import path, re_path
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api import APIField
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from hub.models import MunicipalUnit

from . import params, published, registry
from .fields import Details, Renditions
from .meta import DetailUrl, HtmlUrl, ItemSerializer, PageSerializer
from .params import DEFAULT_LIMIT, FIELDS, LIMIT, OFFSET
from .throttling import AnonymousRateThrottle

DETAIL_URL = APIField("detail_url", serializer=DetailUrl())


def check_id(raw):
    """Any path below an endpoint reaches its detail view: what is not an id is not found."""
    if not raw.isascii() or not raw.isdigit() or not 0 < int(raw) <= params.MAX_ID:
        raise Http404("not found")


class Pagination(WagtailPagination):
    """limit/offset as parsed by hub.api.params."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = view.params.get("offset", 0)
        limit = view.params.get("limit", DEFAULT_LIMIT)
        self.view = view
        self.total_count = queryset.count()
        return list(queryset[offset : offset + limit])


class Endpoint:
    """What every endpoint shares: JSON only, no sign-in, throttled, declared parameters."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [AnonymousRateThrottle]
    pagination_class = Pagination
    filter_backends = []
    orderings = {"id": ("id",), "-id": ("-id",)}
    default_order = "id"
    description = ""

    @classmethod
    def listing_params(cls):
        return [LIMIT, OFFSET, FIELDS, params.ordering(cls.orderings)]

    @classmethod
    def detail_params(cls):
        return [FIELDS]

    def initial(self, request, *args, **kwargs):
        self.params = {}
        super().initial(request, *args, **kwargs)
        declared = self.listing_params() if self.action == "listing_view" else self.detail_params()
        self.params = params.parse_all(request.GET, declared)

    def check_query_parameters(self, queryset):
        """Done by initial(), from the declared parameters."""

    def ordered(self, queryset):
        fields = self.orderings[self.params.get("order", self.default_order)]
        if "id" not in fields and "-id" not in fields:
            fields = (*fields, "id")
        return queryset.order_by(*fields)

    def get_object(self):
        check_id(self.kwargs["pk"])
        return super().get_object()

    def get_renderer_context(self):
        """Compact JSON: Wagtail indents it, which costs the C encoder (a third of a listing)."""
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context

    def finalize_response(self, request, response, *args, **kwargs):
        if response.status_code == 404:
            request._request.urlconf = "hub.api.root_urls"
        return super().finalize_response(request, response, *args, **kwargs)

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            re_path(r"^(?P<pk>.+)/$", cls.as_view({"get": "detail_view"}), name="detail"),
        ]


class PagesEndpoint(Endpoint, PagesAPIViewSet):
    description = "Live public pages of the registered types, each with its own fields."
    base_serializer_class = PageSerializer
    meta_fields = ["type", DETAIL_URL, APIField("html_url", serializer=HtmlUrl()), "slug"]
    meta_fields += ["first_published_at", "locale", "search_description", "parent"]
    orderings = {
        **Endpoint.orderings,
        "title": ("title",),
        "-title": ("-title",),
        "first_published_at": ("first_published_at",),
        "-first_published_at": ("-first_published_at",),
        "start": ("start",),
        "-start": ("-start",),
    }

    @classmethod
    def page_types(cls):
        return list(registry.page_types.values())

    @classmethod
    def listing_params(cls):
        return [*super().listing_params(), *published.page_params(cls.page_types())]

    def get_base_queryset(self):
        return Page.objects.live().public()

    def chosen_types(self):
        types = self.page_types()
        if "type" in self.params:
            types = [registry.page_types[self.params["type"]]]
        return types

    def get_queryset(self):
        if getattr(self, "_queryset", None) is not None:
            return self._queryset
        types = self.chosen_types()
        if len(types) == 1:
            queryset = published.specific_queryset(types[0], self.wanted_fields())
        else:
            content_types = ContentType.objects.get_for_models(*(t.model for t in types))
            queryset = Page.objects.filter(content_type__in=content_types.values())
            queryset = queryset.select_related("locale")
        queryset = queryset.live().public()
        if "locale" in self.params:
            queryset = queryset.filter(locale__language_code=self.params["locale"])
        for condition in published.page_conditions(types, self.params):
            queryset = queryset.filter(condition)
        order = self.params.get("order", self.default_order)
        if order.lstrip("-") == "start" and not published.all_dated(types):
            raise BadRequestError("order=start needs a type of dated pages")
        self._queryset = self.ordered(queryset)
        return self._queryset

    def wanted_fields(self):
        """The names `fields` asks for on a listing (None: all of them, or a detail)."""
        if self.action != "listing_view":
            return None
        try:
            config = parse_fields_parameter(self.params.get("fields", ""))
        except ValueError:
            return set()  # the serializer refuses it with a 400
        names = {name for name, negated, _sub in config if not negated}
        return None if "*" in names else names

    def get_object(self):
        """The page with its type's own prefetches, whatever type the listing was of."""
        check_id(self.kwargs["pk"])
        page = self.get_queryset().filter(pk=self.kwargs["pk"]).first()
        page_type = page and registry.page_types.get(page.specific_class._meta.label)
        if page_type is None:
            raise Http404("not found")
        found = published.specific_queryset(page_type).get(pk=page.pk)
        return self.attached([found], page_type)[0]

    def paginate_queryset(self, queryset):
        pages = super().paginate_queryset(queryset)
        types = self.chosen_types()
        return self.attached(pages, types[0]) if len(types) == 1 else pages

    @staticmethod
    def attached(pages, page_type):
        if page_type.attach:
            page_type.attach(pages)
        return pages


class NeighborhoodsEndpoint(PagesEndpoint):
    description = "The city's live public neighborhoods."
    orderings = {key: PagesEndpoint.orderings[key] for key in ("id", "-id", "title", "-title")}
    default_order = "title"

    @classmethod
    def page_types(cls):
        return [registry.page_types["hub.NeighborhoodPage"]]

    @classmethod
    def listing_params(cls):
        return [LIMIT, OFFSET, FIELDS, params.ordering(cls.orderings), params.locale()]


class ImagesEndpoint(Endpoint, ImagesAPIViewSet):
    description = "Images that live public pages show, with renditions of fixed sizes."
    meta_fields = ["type", DETAIL_URL]
    listing_default_fields = ["id", "type", "detail_url", "title", "width", "height"]
    listing_default_fields += ["renditions"]
    orderings = {**Endpoint.orderings, "title": ("title",), "-title": ("-title",)}

    @classmethod
    def get_body_fields(cls, model):
        return [*super().get_body_fields(model), Renditions.api_field()]

    def get_queryset(self):
        images = published.used_by_live_pages(self.model)
        return self.ordered(images.prefetch_renditions(*Renditions.specs()))


class DocumentsEndpoint(Endpoint, DocumentsAPIViewSet):
    description = "Documents that live public pages show, with the kind and language they name."
    meta_fields = ["type", DETAIL_URL, "download_url"]
    listing_default_fields = ["id", "type", "detail_url", "download_url", "title"]
    listing_default_fields += ["kind", "language"]
    orderings = {**Endpoint.orderings, "title": ("title",), "-title": ("-title",)}

    @classmethod
    def get_body_fields(cls, model):
        return [*super().get_body_fields(model), *Details.api_fields()]

    def get_queryset(self):
        return self.ordered(published.used_by_live_pages(self.model))

    def paginate_queryset(self, queryset):
        return Details.attach(super().paginate_queryset(queryset))

    def get_object(self):
        return Details.attach([super().get_object()])[0]


class UnitsEndpoint(Endpoint, BaseAPIViewSet):
    description = "Municipal units: whom residents and businesses turn to."
    model = MunicipalUnit
    base_serializer_class = ItemSerializer
    body_fields = ["id"]
    meta_fields = ["type", DETAIL_URL]
    listing_default_fields = ["id", "type", "detail_url", "code", "name", "locale"]
    nested_default_fields = ["id", "type", "detail_url", "code", "name"]
    orderings = {
        **Endpoint.orderings,
        "directory": ("sort_order", "name"),
        "name": ("name",),
        "-name": ("-name",),
    }
    default_order = "directory"

    @classmethod
    def listing_params(cls):
        return [*super().listing_params(), params.locale()]

    def get_queryset(self):
        units = MunicipalUnit.objects.select_related("locale", "parent")
        if "locale" in self.params:
            units = units.filter(locale__language_code=self.params["locale"])
        return self.ordered(units)
