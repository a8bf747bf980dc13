"""Who is asking: the client's address as the site's own reverse proxies report it.

Behind N trusted proxies (HUB_TRUSTED_PROXIES), each appending the address it received the
request from to a header (HUB_CLIENT_ADDRESS_HEADER, X-Forwarded-For by default), the client is
the N-th address from the right: everything to its left was written by the client itself and
can say anything. With no proxy configured the connection's own address is the client's."""

import ipaddress

from django.conf import settings


def _header_key(name):
    return "HTTP_" + name.upper().replace("-", "_")


def client_address(request):
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.HUB_TRUSTED_PROXIES
    if proxies:
        forwarded = request.META.get(_header_key(settings.HUB_CLIENT_ADDRESS_HEADER), "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            address = hops[-min(proxies, len(hops))]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return "unknown"
