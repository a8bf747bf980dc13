"""Serving a project or a meeting in few queries. Wagtail's routing asks for each child page,
then again for its specific row, then for its relations; serving asks for the ancestors and
then for their view restrictions. Here a routed child is read in one query, with its unit, its
locale and whether any view restriction applies to it."""

from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from wagtail.models import PageViewRestriction

from hub.models import ancestor_paths, children_of

ROUTE_RELATED = ("locale", "unit", "unit__parent")


def route_to_child(parent, model, request, path_components):
    """Route a request for a child of `parent`, a routable page whose children are all of
    `model`. None when the path is one of the parent's own routes."""
    try:
        parent.resolve_subpage("/" + "".join(f"{part}/" for part in path_components))
    except Http404:
        pass
    else:
        return None
    paths = ancestor_paths(parent.path)
    # The child's own restrictions, its ancestors', and those of the pages any of them is an
    # alias of (an alias has its source page's restrictions).
    restricted = PageViewRestriction.objects.filter(
        Q(page_id=OuterRef("pk"))
        | Q(page_id=OuterRef("alias_of_id"))
        | Q(page__path__in=paths)
        | Q(page__aliases__path__in=paths)
    )
    child = (
        model.objects.filter(children_of(parent.path), slug=path_components[0])
        .select_related(*ROUTE_RELATED)
        .annotate(_view_restricted=Exists(restricted))
        .first()
    )
    if child is None:
        raise Http404
    child._cached_parent_obj = parent
    return child.route(request, path_components[1:])


class KnownRestrictionsMixin:
    """A page routed by route_to_child knows whether any view restriction applies to it: when
    none does, serving it asks the database for none."""

    def get_view_restrictions(self):
        if getattr(self, "_view_restricted", True):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()


def without_own_restrictions(pages):
    """`pages` less those restricted themselves: for the children of a page being served (or of
    public pages), whose ancestors' restrictions were checked already, in the same query."""
    return pages.exclude(view_restrictions__isnull=False)
