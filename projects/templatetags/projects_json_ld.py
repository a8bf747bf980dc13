from django import template

from hub.templatetags.json_ld_tags import directory_url, script

from ..json_ld import project_json_ld as build

register = template.Library()


@register.simple_tag(takes_context=True)
def project_json_ld(context, page):
    """The project, with the neighborhoods its page lists."""
    data = build(
        page,
        context.get("request"),
        getattr(page, "neighborhood_list", ()),
        directory_url(context, page.locale_id),
    )
    return script(data)
