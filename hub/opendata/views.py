"""The export views (/<lang>/open-data/<dataset>.csv|json) and the open-data page."""

from django.conf import settings
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from hub.api.throttling import AnonymousRateThrottle

from .registry import Export, datasets, get_dataset
from .writers import csv_stream, json_stream

LICENCE = {
    "name": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}
# How the API's rate (settings.HUB_API_RATE, "N/second|minute|hour|day") reads in a sentence.
RATE_PERIODS = {
    1: gettext_lazy("per second"),
    60: gettext_lazy("per minute"),
    3600: gettext_lazy("per hour"),
    86400: gettext_lazy("per day"),
}
HEADER_CHOICES = ("labels", "keys")
MAX_PARAMETER_LENGTH = 200


def bad_request(message):
    response = HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    response["Content-Language"] = get_language()
    return response


def chosen_filters(dataset, request, locale):
    """(chosen filters, error message): a parameter the dataset does not know, or a value it
    does not accept, is an error, so a typo never silently exports everything."""
    known = {"header"}
    form = None
    if dataset.filters is not None:
        form = dataset.filters(request.GET, locale_id=locale.pk)
        known.update(form.fields)
    unknown = sorted(name for name in request.GET if name not in known)
    if unknown:
        return None, _("Unknown parameters: %(names)s. This dataset accepts: %(known)s.") % {
            # Control characters never get here (hub.errors refuses them).
            "names": ", ".join(name[:50] for name in unknown),
            "known": ", ".join(sorted(known)),
        }
    problems = {
        name: [_("The value is too long.")]
        for name, value in request.GET.items()
        if len(value) > MAX_PARAMETER_LENGTH
    }
    if request.GET.get("header", "labels") not in HEADER_CHOICES:
        problems["header"] = [_("Use labels or keys.")]
    if form is not None:
        for name, messages in form.errors.items():
            problems.setdefault(name, list(messages))
    if problems:
        details = "; ".join(
            f"{name}: {' '.join(str(message) for message in messages)}"
            for name, messages in sorted(problems.items())
        )
        return None, _("These parameters have values that are not accepted: %(details)s") % {
            "details": details
        }
    return (form.chosen if form is not None else {}), None


@require_safe
def export(request, dataset, format):
    dataset = get_dataset(dataset)
    if dataset is None or not dataset.parts:
        raise Http404
    locale = Locale.get_active()
    chosen, error = chosen_filters(dataset, request, locale)
    if error:
        return bad_request(error)
    rows = dataset.rows(Export(request, locale, chosen))
    language = get_language()
    filename = f"{dataset.name}-{language}.{format}"
    if format == "csv":
        if request.GET.get("header") == "keys":
            header = dataset.keys
        else:
            header = [column.label for column in dataset.columns]
        response = StreamingHttpResponse(
            csv_stream(header, dataset.keys, rows), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    else:
        meta = {
            "dataset": dataset.name,
            "title": str(dataset.title),
            "language": language,
            "licence": LICENCE,
            "generated": timezone.localtime().isoformat(timespec="seconds"),
            "fields": [
                {"id": column.key, "label": str(column.label)} for column in dataset.columns
            ],
        }
        response = StreamingHttpResponse(
            json_stream(meta, dataset.keys, rows), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        response["Access-Control-Allow-Origin"] = "*"
    response["Content-Language"] = language
    response["Cache-Control"] = "public, max-age=300"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def api_rate_limit():
    """The anonymous API rate the site runs with, for the page to state."""
    requests, seconds = AnonymousRateThrottle().parse_rate(settings.HUB_API_RATE)
    return {"requests": requests, "period": RATE_PERIODS[seconds]}


@require_safe
def open_data(request):
    """What the hub publishes, under which licence and limits, with examples."""
    locale = Locale.get_active()
    published = []
    for dataset in datasets():
        parameters = []
        if dataset.filters is not None:
            form = dataset.filters({}, locale_id=locale.pk)
            parameters = [(name, field.label) for name, field in form.fields.items()]
        published.append({"dataset": dataset, "parameters": parameters})
    language = get_language()
    return render(
        request,
        "hub/open_data.html",
        {
            "published": published,
            "licence": LICENCE,
            "language": language,
            "origin": request.build_absolute_uri("/").rstrip("/"),
            "feeds": [f"/{language}/feeds/city.rss", f"/{language}/feeds/city.atom"],
            "rate_limit": api_rate_limit(),
        },
    )
