"""One search pipeline for the search page, its suggestions and anything else that searches:
the query read into words and their forms (search.normalize) with the editors' synonyms, matched
and ranked by Elasticsearch when one is configured and answering (through search.breaker), by
the hub's own database index otherwise (search.store); then every match filtered to what a
resident may see, counted into facets, and the page of results asked for described.

    answer = search(query, locale, filters={"type": ..., "neighborhood": slug, "unit": code},
                    page=1, request=request)
    suggest(text, locale, request)  # [(title, url)] of titles with words starting so
"""

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from hub.models import MunicipalUnit, NeighborhoodPage

from . import breaker, store
from .leads import did_you_mean, other_language
from .models import Synonym, Word
from .normalize import (
    DEFECTIVE,
    STEM,
    find_synonyms,
    phrase_tokens,
    prefix_candidates,
    query_forms,
    query_words,
    tokens,
    word_forms,
)
from .results import (
    DOCUMENT_TYPE,
    DOCUMENTS_LABEL,
    UNIT_TYPE,
    Result,
    describe,
    facet_values,
    type_label,
)

logger = logging.getLogger(__name__)

PAGE_SIZE = 10
FACETS = ("type", "neighborhood", "unit")
MARKS = (STEM, DEFECTIVE)
SEARCH_SERVER_HITS = 1000  # matches asked of Elasticsearch, for the results and their facets


# The query


@dataclass(frozen=True)
class QueryWord:
    exact: str
    forms: frozenset
    written: bool = True  # False: a synonym's word, which gets no bonus for its written form


def parse(text, locale):
    """The query's clauses (each a list of alternative phrases, each a list of QueryWord; a
    match has one alternative of every clause) and its written words in order (for the phrase
    bonus)."""
    words = query_words(text)
    if not words:
        return [], []
    groups = [
        [phrase for phrase in map(phrase_tokens, synonym.term_list()) if phrase]
        for synonym in Synonym.objects.filter(locale=locale)
    ]
    phrases = find_synonyms(words, groups)
    written = {w for clause in phrases for phrase in clause for w in phrase}
    candidates = written | {base for w in written for base in prefix_candidates(w)}
    known = frozenset(Word.objects.filter(word__in=candidates).values_list("word", flat=True))
    clauses = []
    for clause in phrases:
        read = [
            [QueryWord(w, query_forms(w, known), written=n == 0) for w in phrase]
            for n, phrase in enumerate(clause)
        ]
        if read not in clauses:
            clauses.append(read)
    return clauses, words


# Matching


class Match(NamedTuple):
    id: int
    kind: str
    object_id: int
    type_key: str
    unit_key: str
    neighborhood_keys: str
    path: str
    score: float


def _elasticsearch_query(clauses):
    """The clauses as Wagtail query objects: Elasticsearch's own analyzers find the forms of
    each written word (search.elasticsearch), so each word is sent as written, with the words
    it may be after its prefixes (which only the vocabulary can tell)."""

    def word(w):
        bases = sorted(f for f in w.forms if f != w.exact and f.isalnum() and f[0] not in MARKS)
        return Or([PlainText(f) for f in [w.exact, *bases]]) if bases else PlainText(w.exact)

    def phrase(alternative):
        parts = [word(w) for w in alternative]
        return parts[0] if len(parts) == 1 else And(parts)

    parts = [
        phrase(clause[0]) if len(clause) == 1 else Or([phrase(alt) for alt in clause])
        for clause in clauses
    ]
    return parts[0] if len(parts) == 1 else And(parts)


def _from_search_server(clauses, locale):
    from .models import Entry

    backend = get_search_backend()
    query = _elasticsearch_query(clauses)
    pages = list(
        backend.search(query, Page.objects.live().filter(locale=locale))[:SEARCH_SERVER_HITS]
    )
    documents = list(backend.search(query, get_document_model().objects.all())[:SEARCH_SERVER_HITS])
    rank = {("page", p.pk): i for i, p in enumerate(pages)}
    rank.update({("document", d.pk): i for i, d in enumerate(documents)})
    entries = Entry.objects.filter(
        Q(kind="page", object_id__in=[p.pk for p in pages])
        | Q(kind="document", object_id__in=[d.pk for d in documents])
    ).values_list("id", "kind", "object_id", "type_key", "unit_key", "neighborhood_keys", "path")
    found = [
        Match(*entry, score=1 / (1 + rank[(entry[1], entry[2])]))
        for entry in entries
        if (entry[1], entry[2]) in rank
    ]
    return sorted(found, key=lambda m: (-m.score, m.id))


def _from_database(clauses, words, locale):
    return [Match(*row) for row in store.match(clauses, words, locale.pk)]


def matches(clauses, words, locale):
    """Every match, best first, and who answered: Elasticsearch when it is configured and
    answers, the hub's index otherwise."""
    database = ("database", lambda: _from_database(clauses, words, locale))
    if not getattr(settings, "HUB_SEARCH_FALLBACK", None):
        return database[0], database[1]()
    return breaker.answer(
        lambda: ("elasticsearch", _from_search_server(clauses, locale)),
        lambda: (database[0], database[1]()),
    )


def _restricted(found):
    """Without pages behind a view restriction (a password, signed-in users)."""
    paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    if not paths:
        return found
    return [m for m in found if m.kind != "page" or not m.path.startswith(tuple(paths))]


def _used_on(document_ids, locale):
    """{document id: the first live public page of `locale` using it}"""
    if not document_ids:
        return {}
    Document = get_document_model()
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(Document),
        to_object_id__in=[str(pk) for pk in document_ids],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id")
    page_ids = {int(object_id) for _document, object_id in references}
    pages = {
        page.pk: page
        for page in Page.objects.live()
        .public()
        .filter(pk__in=page_ids, locale=locale)
        .only("title", "locale", "path", "depth", "url_path", "content_type")
    }
    used_on = {}
    for document_id, object_id in sorted(references):
        if int(object_id) in pages:
            used_on.setdefault(int(document_id), pages[int(object_id)])
    return used_on


def _matches_units(clauses, units):
    """Units match in Python: a city has a few dozen, and the same forms decide."""
    found = []
    for unit in units:
        forms = {f for t in tokens(f"{unit.name} {unit.description}") for f in word_forms(t)}
        title = {f for t in tokens(unit.name) for f in word_forms(t)}
        if all(any(all(w.forms & forms for w in alt) for alt in clause) for clause in clauses):
            in_title = all(
                any(all(w.forms & title for w in alt) for alt in clause) for clause in clauses
            )
            found.append((unit, in_title))
    return found


# The answer


@dataclass
class Answer:
    query: str
    searched: bool = False
    results: object = None
    total: int = 0
    facets: dict = field(default_factory=dict)
    chosen: dict = field(default_factory=dict)
    unknown_filters: list = field(default_factory=list)
    did_you_mean: str = ""
    other_language: object = None
    backend: str = ""


def _type_labels():
    labels = {
        f"{model._meta.app_label}.{model._meta.model_name}": type_label(model, plural=True)
        for model in get_page_models()
    }
    labels[UNIT_TYPE] = type_label(MunicipalUnit, plural=True)
    labels[DOCUMENT_TYPE] = DOCUMENTS_LABEL
    return labels


def _choices(filters, locale, type_labels):
    """The neighborhoods and units of this language, the filters chosen as the results spell
    them ({facet: key}) and as the address did ({facet: value}), and the facets whose value is
    not known."""
    neighborhoods = {page.slug: page for page in NeighborhoodPage.choices_for(locale.pk)}
    units = {
        unit.code: unit
        for unit in MunicipalUnit.objects.filter(locale=locale).order_by("sort_order", "name")
    }
    known = {
        "type": {key: key for key in type_labels},
        "neighborhood": {slug: str(page.translation_key) for slug, page in neighborhoods.items()},
        "unit": {code: str(unit.translation_key) for code, unit in units.items()},
    }
    keys, chosen, unknown = {}, {}, []
    for name, values in known.items():
        value = (filters or {}).get(name) or ""
        if value in values:
            keys[name], chosen[name] = values[value], value
        elif value:
            unknown.append(name)
    return neighborhoods, units, keys, chosen, unknown


def _count(items, keys):
    """Each facet's counts over the items that match the other chosen facets. Thousands of
    matches share a few dozen combinations of type, unit and neighborhoods: those are counted
    first, then folded into the facets."""
    combinations = Counter((item.type_key, item.unit_key, item.neighborhood_keys) for item in items)
    counts = {name: {} for name in FACETS}
    for (type_key, unit_key, neighborhood_keys), number in combinations.items():
        values = {
            "type": {type_key},
            "unit": {unit_key} if unit_key else set(),
            "neighborhood": set(neighborhood_keys.split()),
        }
        for name in FACETS:
            if all(keys[o] in values[o] for o in keys if o != name):
                for value in values[name]:
                    counts[name][value] = counts[name].get(value, 0) + number
    return counts


def _facet_lists(counts, type_labels, neighborhoods, units):
    by_key_n = {str(page.translation_key): page for page in neighborhoods}
    by_key_u = {str(unit.translation_key): unit for unit in units}
    return {
        "type": sorted(
            ((k, type_labels[k], c) for k, c in counts["type"].items() if k in type_labels),
            key=lambda item: (-item[2], str(item[1])),
        ),
        "neighborhood": sorted(
            ((by_key_n[k], c) for k, c in counts["neighborhood"].items() if k in by_key_n),
            key=lambda item: item[0].title,
        ),
        "unit": [
            (unit, counts["unit"][key]) for key, unit in by_key_u.items() if key in counts["unit"]
        ],
    }


class UnitMatch(NamedTuple):
    unit: object
    type_key: str
    unit_key: str
    neighborhood_keys: str
    kind: str = "unit"


def search(query, locale, filters=None, page=1, request=None):
    """The answer to a resident's query in `locale` (see the module's docstring)."""
    answer = Answer(query=query)
    type_labels = _type_labels()
    neighborhoods, units, keys, answer.chosen, answer.unknown_filters = _choices(
        filters, locale, type_labels
    )
    clauses, words = parse(query, locale)
    answer.searched = bool(clauses)
    answer.other_language = other_language(words, locale)
    items = []
    if clauses:
        answer.backend, found = matches(clauses, words, locale)
        found = _restricted(found)
        used_on = _used_on([m.object_id for m in found if m.kind == "document"], locale)
        found = [m for m in found if m.kind != "document" or m.object_id in used_on]
        unit_matches = _matches_units(clauses, units.values())
        first = [UnitMatch(u, UNIT_TYPE, str(u.translation_key), "") for u, t in unit_matches if t]
        last = [
            UnitMatch(u, UNIT_TYPE, str(u.translation_key), "") for u, t in unit_matches if not t
        ]
        items = first + found + last
        answer.facets = _facet_lists(
            _count(items, keys), type_labels, neighborhoods.values(), units.values()
        )
        if not items:
            answer.did_you_mean = did_you_mean(words, locale, lambda text: _finds(text, locale))
    else:
        used_on = {}
    shown = [item for item in items if all(keys[n] in facet_values(item, n) for n in keys)]
    answer.total = len(shown)
    answer.results = Paginator(shown, PAGE_SIZE).get_page(page)
    answer.results.object_list = describe(answer.results.object_list, locale, used_on, request)
    return answer


def _finds(text, locale):
    clauses, written = parse(text, locale)
    return bool(clauses) and bool(_restricted(_from_database(clauses, written, locale)))


# Suggestions


def _suggest_from_database(words, locale, limit):
    ids = store.title_starts(words, locale.pk, limit * 2)
    pages = Page.objects.live().public().filter(pk__in=ids).in_bulk()
    return [pages[pk] for pk in ids if pk in pages][:limit]


def _suggest_from_search_server(text, locale, limit):
    pages = Page.objects.live().public().filter(locale=locale)
    return list(get_search_backend().autocomplete(text, pages)[:limit])


def suggest(text, locale, request=None, limit=8):
    """(title, URL) of live pages in `locale` with title words starting as typed."""
    words = query_words(text)
    if not words:
        return []
    if getattr(settings, "HUB_SEARCH_FALLBACK", None):
        pages = breaker.answer(
            lambda: _suggest_from_search_server(" ".join(words), locale, limit),
            lambda: _suggest_from_database(words, locale, limit),
        )
    else:
        pages = _suggest_from_database(words, locale, limit)
    return [(page.title, page.get_url(request)) for page in pages]


__all__ = ["Answer", "Result", "parse", "search", "suggest"]
