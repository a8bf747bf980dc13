from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.search import index

from .documents import extract
from .uploads import warn_uploader


@receiver(post_save, sender=get_document_model())
def read_document_text(sender, instance, raw=False, **kwargs):
    """Read the text when a document is uploaded or its file replaced, before it is indexed, and
    tell the uploader if residents will not be able to search it."""
    if not raw and instance.file:
        record, fresh = extract(instance)
        if fresh:
            index.insert_or_update_object(instance)
            warn_uploader(instance, record)
