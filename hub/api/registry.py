"""What the domains publish through the API, registered from their `api.py` (imported by their
AppConfig.ready()), so hub/api knows no domain: the page types, what makes a page of a type
"in a neighborhood", their own filters (a project's status), and what they know of documents
(a kind, a language)."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PageFilter:
    """A filter that some page types answer: `pages(value)` returns the matching pages of the
    type; pages of types without it never match. `values` are all the values it accepts."""

    name: str
    values: tuple
    description: str
    pages: object


@dataclass(frozen=True)
class PageType:
    model: type
    neighborhood: object = None  # translation key of a neighborhood -> queryset of the model
    filters: tuple = ()
    prefetch: tuple = ()
    attach: object = None  # list of pages -> None, sets what `Attached` fields read
    select: tuple = field(default=("locale",))

    @property
    def name(self):
        return self.model._meta.label


page_types = {}
document_details = []


def register_page_type(model, **kwargs):
    page_type = PageType(model, **kwargs)
    page_types[page_type.name] = page_type
    return page_type


def register_document_details(func):
    """`func(document ids)` returns {id: {"kind": ..., "language": ...}} from live public pages
    only; later registrations fill in what earlier ones left out."""
    document_details.append(func)
    return func


def details_of_documents(ids):
    found = {}
    for func in document_details:
        for document_id, details in func(ids).items():
            current = found.setdefault(document_id, {})
            for key, value in details.items():
                current.setdefault(key, value)
    return found


def page_filters():
    """Each domain filter's name with the union of its values, in registration order."""
    merged = {}
    for page_type in page_types.values():
        for page_filter in page_type.filters:
            values, description = merged.get(page_filter.name, ((), page_filter.description))
            merged[page_filter.name] = (
                values + tuple(v for v in page_filter.values if v not in values),
                description,
            )
    return merged
