"""Each municipal unit edits only its own part of the page tree, and its managers approve.

A unit's part of the tree is every page it owns whose ancestors it does not own: its section
roots, in every language. Its editors' group may add and change pages there; its managers' group
may also publish; a moderation workflow with one approval task for the managers applies to those
pages and everything below them. Images and documents go to the unit's own collection.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
    get_page_models,
)

from hub.models import MunicipalUnit, UnitOwnedPage, ancestor_paths

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MANAGER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
GLOBAL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    # Values for the unit's work-plan targets, approved by its managers (hub.targets.snippets).
    ("hub", "add_reportedvalue"),
    ("hub", "change_reportedvalue"),
]
# Promoting search results, limited to the unit's own pages where the promotions are edited.
MANAGER_PERMISSIONS = [
    ("wagtailsearchpromotions", "add_searchpromotion"),
    ("wagtailsearchpromotions", "change_searchpromotion"),
    ("wagtailsearchpromotions", "delete_searchpromotion"),
    # Approving a reported value publishes it: for the unit's own values only.
    ("hub", "publish_reportedvalue"),
]


def section_roots(unit):
    """The topmost pages, in every language, owned by `unit` (in any of its translations)."""
    owned = []
    for model in get_page_models():
        if issubclass(model, UnitOwnedPage) and not model._meta.abstract:
            owned += model.objects.filter(unit__translation_key=unit.translation_key).only("path")
    paths = {page.path for page in owned}
    roots = [
        page
        for page in owned
        if not any(path in paths for path in ancestor_paths(page.path, inclusive=False))
    ]
    return Page.objects.filter(pk__in=[page.pk for page in roots]).order_by("path")


def _permissions(pairs):
    return [
        Permission.objects.get(content_type__app_label=app, codename=code) for app, code in pairs
    ]


def _sync_page_permissions(group, pages, codenames):
    wanted = {
        (page.pk, permission.pk)
        for page in pages
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        )
    }
    existing = {
        (row.page_id, row.permission_id): row.pk
        for row in GroupPagePermission.objects.filter(group=group)
    }
    GroupPagePermission.objects.filter(
        pk__in=[pk for key, pk in existing.items() if key not in wanted]
    ).delete()
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
            for page_id, permission_id in wanted - existing.keys()
        ]
    )


def unit_collection(unit):
    """The unit's collection of images and documents, named after it in the source language."""
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=unit.name).first() or root.add_child(name=unit.name)


def _group(current, name):
    group = current or Group.objects.filter(name=name).first() or Group(name=name)
    group.name = name
    group.save()
    return group


@transaction.atomic
def setup_unit(unit):
    """Create or bring up to date the groups, collection, permissions and workflow of `unit`.
    Names are in the source language, the language of the admin by default."""
    with translation.override(settings.LANGUAGE_CODE):
        editors = _group(unit.editors_group, _("%(unit)s – editors") % {"unit": unit.name})
        managers = _group(unit.managers_group, _("%(unit)s – managers") % {"unit": unit.name})
        workflow_name = _("%(unit)s – approval by managers") % {"unit": unit.name}
        task_name = _("Approval by %(unit)s managers") % {"unit": unit.name}
    MunicipalUnit.objects.filter(translation_key=unit.translation_key).update(
        editors_group=editors, managers_group=managers
    )
    for group in (editors, managers):
        group.permissions.add(*_permissions(GLOBAL_PERMISSIONS))
    managers.permissions.add(*_permissions(MANAGER_PERMISSIONS))

    collection = unit_collection(unit)
    for group in (editors, managers):
        for permission in _permissions(COLLECTION_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )

    roots = list(section_roots(unit))
    _sync_page_permissions(editors, roots, EDITOR_PAGE_PERMISSIONS)
    _sync_page_permissions(managers, roots, MANAGER_PAGE_PERMISSIONS)

    task = GroupApprovalTask.objects.filter(workflow_tasks__workflow__name=workflow_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
    task.groups.set([managers])
    workflow, _created = Workflow.objects.get_or_create(name=workflow_name)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in roots:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return editors, managers


def refuse_foreign_move(request, page, destination):
    """Wagtail checks a move when it is confirmed; its confirmation screen is for those who may
    make it, too."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
