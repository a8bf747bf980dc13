"""Any saved or deleted page or unit makes every cached listing and the site's chrome stale
(see hub.cache). Saves cover publishing, unpublishing, moving and copying, whether from the
admin or from code."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page

from hub.cache import bump_content_version
from hub.models import MunicipalUnit


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, instance, **kwargs):
    if isinstance(instance, Page | MunicipalUnit):
        bump_content_version()
