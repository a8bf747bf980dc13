"""A unit's page inside another unit's section is that unit's alone.

Wagtail's page permissions flow down the tree: the editors of the projects section could edit,
and its managers publish or delete, the project of another unit placed there. Here a page
belongs to the unit whose section root is its nearest (see hub.permissions.section_roots: a
unit's groups hold their permissions on exactly those roots). Anyone else sees the page
read-only, through Wagtail's own lock, with its unit named, and may not publish, unpublish,
delete, move, copy, lock it or add pages under it.
"""

from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.locks import BaseLock
from wagtail.models import GroupPagePermission, PagePermissionTester

from hub.templatetags.bidi import ltr


def _section_owners(user):
    """[(root path, the user is in a group with rights there)] of every page where a group has
    rights to change pages, read once per request and kept on the user."""
    cached = getattr(user, "_hub_section_owners", None)
    if cached is None:
        mine = set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
        rows = GroupPagePermission.objects.filter(
            permission__codename="change_page", permission__content_type__app_label="wagtailcore"
        ).values_list("page__path", "group_id")
        owners = {}
        for path, group_id in rows:
            owners[path] = owners.get(path, False) or group_id in mine
        cached = user._hub_section_owners = sorted(owners.items(), key=lambda item: -len(item[0]))
    return cached


def is_foreign(user, page):
    """Whether `page` lies in a section whose groups `user` is not in, below a section that
    would otherwise give the user rights on it."""
    if user.is_superuser:
        return False
    for path, mine in _section_owners(user):
        if page.path.startswith(path):
            return not mine
    return False


class OwnPagesTester(PagePermissionTester):
    """Wagtail's permissions, less everything but viewing on another unit's pages. Editing
    stays allowed so that the editor opens — read-only, under the unit lock."""

    def foreign(self):
        if not hasattr(self, "_foreign"):
            self._foreign = self.user.is_active and is_foreign(self.user, self.page)
        return self._foreign

    def _own(self, allowed):
        return allowed and not self.foreign()

    def can_add_subpage(self):
        return self._own(super().can_add_subpage())

    def can_delete(self, ignore_bulk=False):
        return self._own(super().can_delete(ignore_bulk))

    def can_publish(self):
        return self._own(super().can_publish())

    def can_unpublish(self):
        return self._own(super().can_unpublish())

    def can_lock(self):
        return self._own(super().can_lock())

    def can_unlock(self):
        return self._own(super().can_unlock())

    def can_publish_subpage(self):
        return self._own(super().can_publish_subpage())

    def can_reorder_children(self):
        return self._own(super().can_reorder_children())

    def can_copy(self):
        return self._own(super().can_copy())


class UnitLock(BaseLock):
    """Locks a unit's page for everyone outside that unit (superusers excepted)."""

    def for_user(self, user):
        return is_foreign(user, self.object)

    def get_icon(self, user):
        return "lock" if self.for_user(user) else "lock-open"

    def get_locked_by(self, user):
        return _("Owned by %(unit)s") % {"unit": self.object.unit.name}

    def get_description(self, user):
        if self.for_user(user):
            return _("Only the editors and managers of %(unit)s can change this page.") % {
                "unit": self.object.unit.name
            }
        return _("Your unit owns this page.")

    def get_message(self, user):
        if not self.for_user(user):
            return None
        unit = self.object.unit
        contact = unit.phone or unit.email
        if contact:
            return format_html(
                _(
                    "<b>This page belongs to {unit}</b>: you can view it, but only its editors "
                    "and managers can change it. To suggest a change, contact them: {contact}."
                ),
                unit=unit.name,
                contact=ltr(contact),
            )
        return format_html(
            _(
                "<b>This page belongs to {unit}</b>: you can view it, but only its editors and "
                "managers can change it."
            ),
            unit=unit.name,
        )
