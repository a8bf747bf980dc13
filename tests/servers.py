"""Real server processes with the demo content, as `make run` would serve it, for the tests that
need more than the test client: a browser, or several processes sharing one cache."""

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
MANAGE = [sys.executable, str(BASE_DIR / "manage.py")]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server_database(workdir, label="browser"):
    """A database of its own for the servers: SQLite, or a fresh PostgreSQL database beside the
    suite's when DATABASE_URL names PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{workdir / 'db.sqlite3'}"
        return
    import psycopg

    name = f"hub_{label}_{os.getpid()}_{int(time.time())}"
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_env(workdir, database_url, **extra):
    """The environment of a server and of the commands run against its database."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DEBUG": "0",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(workdir / "media"),
        # One cache for the server and the commands the tests run against its database.
        "CACHE_DIR": str(workdir / "cache"),
        **extra,
    }


def manage(env, *command):
    """A management command against the servers' database; its output, or its errors raised."""
    done = subprocess.run(MANAGE + list(command), env=env, capture_output=True, cwd=BASE_DIR)
    if done.returncode:
        raise RuntimeError(done.stdout.decode() + done.stderr.decode())
    return done.stdout.decode()


def load_demo(env):
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo", "--no-users")


@contextmanager
def running_server(env, log_path):
    """A single-threaded runserver on a free port, its address while it runs."""
    port = free_port()
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            MANAGE + ["runserver", "--noreload", "--nothreading", f"127.0.0.1:{port}"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=BASE_DIR,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_for(url, server, log_path)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def _wait_for(url, server, log_path, path="/he/", attempts=100):
    """Until the server answers: `attempts` tenths of a second to start listening, and as long
    as a first, cold page takes on a busy machine once it listens."""
    for _ in range(attempts):
        try:
            urllib.request.urlopen(url + path, timeout=60)
            return
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError(Path(log_path).read_text())


class TcpRelay:
    """A TCP relay of the test's own between the app and a service, to take the service away
    (connections cut, new ones refused) and bring it back, without touching the machine's
    server."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.port = free_port()
        self.connections = []
        self.listener = None
        self.lock = threading.Lock()
        self.resume()

    def resume(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def pause(self):
        """The service is gone: the listening socket closed, every open connection cut."""
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        except OSError:
            pass
        self.listener.close()
        with self.lock:
            for connection in self.connections:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                connection.close()
            self.connections.clear()

    close = pause

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self.lock:
                self.connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def production_env(workdir, database_url, redis_url, **extra):
    """The production settings for servers on 127.0.0.1 over plain HTTP, with static files
    collected into `workdir` (run `collectstatic` with it) and a mail relay that is never
    reached."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SECURE_SSL_REDIRECT": "0",
        "EMAIL_HOST": "127.0.0.1",
        "DEFAULT_FROM_EMAIL": "hub@hub.example",
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        **extra,
    }


@contextmanager
def running_gunicorn(env, log_path):
    """gunicorn as the app containers run it (deploy/gunicorn.conf.py, WEB_CONCURRENCY workers)
    on a free port, its address once /healthz answers."""
    port = free_port()
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [gunicorn, "hub.wsgi", "-c", "deploy/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=BASE_DIR,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_for(url, server, log_path, path="/healthz", attempts=200)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=30)
