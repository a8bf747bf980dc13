"""What the API may show: pages of the registered types that are live and public, and the
images and documents such pages use. Filters that mean something per domain (neighborhood,
status) come from the registry; the ones every unit-owned or dated page has are answered here."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.api.v2.utils import BadRequestError
from wagtail.fields import StreamField
from wagtail.models import Page, ReferenceIndex

from hub.models import MunicipalUnit, NeighborhoodPage, ScheduledPage

from . import params, registry


def specific_queryset(page_type, wanted=None):
    """Pages of the type with what the `wanted` api fields read joined or prefetched, and the
    streams they do not show left unread (None: every field is wanted, as on a detail)."""
    model = page_type.model
    prefetch = page_type.prefetch() if callable(page_type.prefetch) else page_type.prefetch
    select = page_type.select
    if wanted is not None:
        sources = {
            getattr(field.serializer, "source", None) or field.name
            for field in getattr(model, "api_fields", ())
            if field.name in wanted
        }
        select = [name for name in select if name == "locale" or name in sources]
        prefetch = [p for p in prefetch if _first_step(p) in sources]
        unread = [
            field.name
            for field in model._meta.get_fields()
            if isinstance(field, StreamField) and field.name not in sources
        ]
        return model.objects.select_related(*select).prefetch_related(*prefetch).defer(*unread)
    return model.objects.select_related(*select).prefetch_related(*prefetch)


def _first_step(lookup):
    return getattr(lookup, "prefetch_through", lookup).split("__")[0]


def all_dated(types):
    return all(issubclass(t.model, ScheduledPage) for t in types)


def page_params(types):
    """The filters the given page types answer, as declared parameters."""
    found = []
    if len(types) > 1:
        names = [t.name for t in types]
        found.append(params.choice("type", names, "Only pages of this type."))
    found += [
        params.locale(),
        params.integer(
            "neighborhood",
            "Only pages about this neighborhood (its id in the neighborhoods endpoint, in any "
            "language).",
        ),
        params.slug("unit", "Only pages of the municipal unit with this code."),
    ]
    if any(issubclass(t.model, ScheduledPage) for t in types):
        found += [
            params.date("date_from", "Only dated pages that end on or after this day."),
            params.date("date_to", "Only dated pages that start on or before this day."),
        ]
    for name, (values, description) in registry.page_filters().items():
        if any(f.name == name for t in types for f in t.filters):
            found.append(params.choice(name, values, description))
    return found


def _per_type(types, pages_of):
    """Pages of any of `types` for which `pages_of(type)` gives a queryset (None: none match)."""
    condition = Q(pk__in=[])
    for page_type in types:
        pages = pages_of(page_type)
        if pages is not None:
            condition |= Q(pk__in=pages.values("pk"))
    return condition


def _day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def page_conditions(types, chosen):
    """One condition per chosen filter; a type that does not answer a filter never matches it."""
    if "neighborhood" in chosen:
        key = (
            NeighborhoodPage.objects.live()
            .public()
            .filter(pk=chosen["neighborhood"])
            .values_list("translation_key", flat=True)
            .first()
        )
        if key is None:
            raise BadRequestError("unknown neighborhood: no live public neighborhood has this id")
        yield _per_type(types, lambda t: t.neighborhood(key) if t.neighborhood else None)
    if "unit" in chosen:
        if not MunicipalUnit.objects.filter(code=chosen["unit"]).exists():
            raise BadRequestError("unknown unit: no municipal unit has this code")
        yield _per_type(types, lambda t: t.model.objects.filter(unit__code=chosen["unit"]))
    dated = [t for t in types if issubclass(t.model, ScheduledPage)]
    if "date_from" in chosen:
        since = _day_start(chosen["date_from"])
        yield _per_type(dated, lambda t: t.model.objects.filter(end__gte=since))
    if "date_to" in chosen:
        until = _day_start(chosen["date_to"] + datetime.timedelta(days=1))
        yield _per_type(dated, lambda t: t.model.objects.filter(start__lt=until))
    if chosen.get("date_from") and chosen.get("date_to"):
        if chosen["date_from"] > chosen["date_to"]:
            raise BadRequestError("date_from must not come after date_to")
    for name in registry.page_filters():
        if name in chosen:
            yield _per_type(
                types,
                lambda t, name=name: next(
                    (f.pages(chosen[name]) for f in t.filters if f.name == name), None
                ),
            )


def used_by_live_pages(model):
    """Objects of `model` (images, documents) that a live public page uses. The reference
    index records what each page row holds, which for a live page is its live content: what a
    draft or a revision adds is not there, and pages never published are not live."""
    page_type = ContentType.objects.get_for_model(Page)
    live_ids = (
        Page.objects.live()
        .public()
        .annotate(key=Cast("pk", output_field=CharField(max_length=255)))
    )
    used = (
        ReferenceIndex.objects.filter(
            base_content_type=page_type,
            to_content_type=ReferenceIndex._get_base_content_type(model),
            object_id__in=live_ids.values("key"),
        )
        .annotate(target=Cast("to_object_id", IntegerField()))
        .values("target")
    )
    return model.objects.filter(pk__in=used)


def pages_using(model, ids, page_model):
    """Live public pages of `page_model` that use any of these objects of `model`."""
    page_ids = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ReferenceIndex._get_base_content_type(model),
        to_object_id__in=[str(pk) for pk in ids],
    ).values_list("object_id", flat=True)
    return page_model.objects.live().public().filter(pk__in=[int(pk) for pk in page_ids])


registry.register_page_type(
    NeighborhoodPage,
    neighborhood=lambda key: NeighborhoodPage.objects.filter(translation_key=key),
    select=("locale", "unit"),
)
