"""An engineering project in schema.org terms.

The type is `Project` ("an enterprise, potentially individual but typically collaborative,
planned to achieve a particular aim"): it is still in schema.org's pending area, but it is what
the page is about, and it is an Organization, so it takes the properties the page has — where
it is (`location`, a Place with address and coordinates), the neighborhoods it changes
(`areaServed`), whom to ask (`contactPoint`) and the municipal unit responsible for it
(`sponsor`, a GovernmentOrganization within the city). `CreativeWork` was the alternative and
was not taken: it describes a work such as a document, not an undertaking.

schema.org has no property for the stage of a project (planning, in execution...). The stage is
not squeezed into an unrelated property; it stays on the page, for readers."""

from hub import json_ld


def project_json_ld(project, request, neighborhoods=(), directory_url=""):
    data = {
        "@type": "Project",
        "name": project.title,
        "description": project.summary,
        "url": project.get_full_url(request),
    }
    place = {"@type": "Place"}
    if project.address:
        place["name"] = project.address
        place["address"] = json_ld.postal_address(project.address)
    coordinates = json_ld.geo(project)
    if coordinates:
        place["geo"] = coordinates
    if len(place) > 1:
        data["location"] = place
    if neighborhoods:
        data["areaServed"] = [
            {"@type": "Place", "name": page.title, "url": page.get_full_url(request)}
            for page in neighborhoods
        ]
    contact = {"@type": "ContactPoint", "contactType": "public inquiries"}
    for key, value in (
        ("name", project.contact_name),
        ("telephone", project.contact_phone),
        ("email", project.contact_email),
    ):
        if value:
            contact[key] = value
    if len(contact) > 2:
        data["contactPoint"] = contact
    if project.unit_id:
        data["sponsor"] = json_ld.organization(project.unit, request, directory_url)
    return json_ld.document(data)
