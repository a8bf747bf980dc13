"""The datasets registry, and what one export request carries to the domains' row builders."""

import datetime
import heapq
from dataclasses import dataclass, field
from urllib.parse import quote

from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.models import Site

from hub.models import MunicipalUnit, NeighborhoodPage

CHUNK_SIZE = 2000

_datasets = {}


@dataclass
class Column:
    """`key` is the stable identifier (JSON key, documented); `label` heads the CSV column in
    the request's language."""

    key: str
    label: object
    description: object = ""


@dataclass
class Dataset:
    """A published dataset. `parts` are functions `part(export)` returning an iterator of row
    dicts; with several parts (events from several domains), each part yields its rows ordered
    by `merge_key` and the export interleaves them."""

    name: str
    title: object
    description: object
    columns: list
    filters: type | None = None
    order: int = 100
    merge_key: object = None
    parts: list = field(default_factory=list)

    def add_part(self, part):
        self.parts.append(part)
        return part

    @property
    def keys(self):
        return [column.key for column in self.columns]

    def rows(self, export):
        iterators = [part(export) for part in self.parts]
        if len(iterators) == 1:
            return iterators[0]
        return heapq.merge(*iterators, key=self.merge_key)


def register_dataset(dataset):
    _datasets[dataset.name] = dataset
    return dataset


def get_dataset(name):
    return _datasets.get(name)


def datasets():
    """The datasets that have rows to give, in their order."""
    return sorted(
        (dataset for dataset in _datasets.values() if dataset.parts),
        key=lambda dataset: (dataset.order, dataset.name),
    )


class Export:
    """One export request: the language's locale, the chosen filters, and lookups every part
    shares, read once per export whatever its length."""

    def __init__(self, request, locale, chosen, chunk_size=CHUNK_SIZE):
        self.request = request
        self.locale = locale
        self.locale_id = locale.pk
        self.chosen = chosen
        self.chunk_size = chunk_size

    def chunks(self, queryset):
        """Lists of `chunk_size` objects, read with a server-side cursor where there is one, so
        memory stays flat; each chunk's related rows are then looked up in bulk."""
        chunk = []
        for obj in queryset.iterator(chunk_size=self.chunk_size):
            chunk.append(obj)
            if len(chunk) == self.chunk_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    @cached_property
    def units(self):
        """{translation key: unit in this language}."""
        return {
            unit.translation_key: unit
            for unit in MunicipalUnit.objects.filter(locale_id=self.locale_id)
        }

    def unit_fields(self, key):
        """The unit columns for the unit with this translation key, in this language."""
        unit = self.units.get(key)
        return {"unit_code": unit.code if unit else "", "unit": unit.name if unit else ""}

    @cached_property
    def neighborhoods(self):
        """{translation key: title} of the live neighborhoods of this language."""
        return dict(
            NeighborhoodPage.choices_for(self.locale_id).values_list("translation_key", "title")
        )

    def neighborhood_titles(self, keys):
        return [self.neighborhoods[key] for key in keys if key in self.neighborhoods]

    def url(self, page):
        return self.page_url(page.url_path)

    @cached_property
    def _roots(self):
        """Wagtail's site root paths, the current site's first, each with the address its
        pages start with (the language prefix included)."""
        site = Site.find_for_request(self.request)
        roots = sorted(
            Site.get_site_root_paths(), key=lambda root: site is None or root.site_id != site.pk
        )
        bases = {}
        for root in roots:
            if root.root_path not in bases:
                with translation.override(root.language_code):
                    prefix = reverse("wagtail_serve", args=("",))
                bases[root.root_path] = root.root_url + prefix
        return [(root.root_path, bases[root.root_path]) for root in roots]

    def page_url(self, url_path):
        """The full address of the page at `url_path`, as Page.get_full_url() spells it, with
        no query: the export needs one for every row."""
        for root_path, base in self._roots:
            if url_path.startswith(root_path):
                return base + quote(url_path[len(root_path) :], safe=RFC3986_SUBDELIMS + "/~:@")
        return ""

    @cached_property
    def origin(self):
        """Where the site answers, as its page addresses say, for addresses that are not pages."""
        site = Site.find_for_request(self.request)
        return site.root_url if site else self.request.build_absolute_uri("/").rstrip("/")

    def absolute(self, path):
        return f"{self.origin}{path}" if path else ""


def with_unit_key(queryset):
    """Pages annotated with their unit's translation key, without reading the units."""
    return queryset.annotate(unit_key=F("unit__translation_key"))


def day_start(day, next_day=False):
    """The first moment of a day (or of the day after), in the city's time zone."""
    if next_day:
        day += datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def choice_labels(model, name):
    """{stored value: label in the active language} of a field's choices, read once per export
    rather than once per row."""
    field = model._meta.get_field(name)
    pairs = getattr(field, "multiple_choices", None) or field.flatchoices
    return {key: str(label) for key, label in pairs}
