from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentText(models.Model):
    """The text of an uploaded document, extracted once when it is uploaded or replaced, so
    search finds what protocols and flyers say."""

    class Status(models.TextChoices):
        READ = "read", _("Read")
        EMPTY = "empty", _("No text (a scan?)")
        UNREADABLE = "unreadable", _("Unreadable (broken or encrypted)")
        ENCRYPTED = "encrypted", _("Locked with a password")
        UNSUPPORTED = "unsupported", _("Not a PDF")

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="extracted_text"
    )
    file_name = models.CharField(max_length=255)
    status = models.CharField(max_length=20, choices=Status.choices)
    text = models.TextField(blank=True)
    pages_read = models.PositiveIntegerField(default=0)
    extracted_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("text of a document")

    def __str__(self):
        return self.file_name


class SearchTerm(models.Model):
    """How often a query was searched on a day, and how often it found nothing: what editors
    look at to see what residents want and do not find."""

    query = models.CharField(max_length=255)
    date = models.DateField()
    searches = models.PositiveIntegerField(default=0)
    zero_results = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search term")
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="one_row_per_day")]
        indexes = [models.Index(fields=["date"])]

    def __str__(self):
        return f"{self.query} ({self.date})"
