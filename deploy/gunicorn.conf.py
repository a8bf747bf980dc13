"""Gunicorn in the app containers (deploy/compose.yaml), behind the proxy on the compose network.

Settings are Python here; see https://docs.gunicorn.org/en/stable/settings.html."""

import os

bind = "0.0.0.0:8000"
# Processes per container; scale out with more containers (`--scale app=N`), which share
# everything through the database, Redis, Elasticsearch and object storage.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Sync workers: the proxy buffers slow clients' requests and responses, so a worker is held only
# while the app computes. A request still running after `timeout` seconds is killed; on a stop,
# requests in progress get `graceful_timeout` seconds to finish.
timeout = 60
graceful_timeout = 30
# A fresh process now and then bounds the memory a long-lived one can gather.
max_requests = 2000
max_requests_jitter = 200
# The heartbeat file on tmpfs: a container's overlay disk can stall it into false timeouts.
worker_tmp_dir = "/dev/shm"

# No access log: the app writes one JSON line per request itself (LOG_FORMAT), with the page
# cache's hit or miss; gunicorn's own errors and worker events still go to stderr.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()

# X-Forwarded-Proto is believed from any peer: the app's port is published nowhere, and only
# the proxy reaches it on the compose network (whose addresses are not known in advance).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")

# Runtime control (gunicornc) is not used; the socket would need a writable home directory.
control_socket_disable = True
