from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.search import index

from .documents import extract


@receiver(post_save, sender=get_document_model())
def read_document_text(sender, instance, raw=False, **kwargs):
    """Read the text when a document is uploaded or its file replaced, before it is indexed."""
    if not raw and instance.file:
        _record, fresh = extract(instance)
        if fresh:
            index.insert_or_update_object(instance)
