"""Deployment settings: the README's production settings pass ``manage.py check --deploy``
without a warning, and the local defaults keep their state private to the app's user."""

import multiprocessing
import os
import re
import secrets
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cases.ingest import ingest_file
from imgmeta_site.settings import local_secret_key
from tests.builders import jpeg

ROOT = Path(__file__).resolve().parents[2]
MARKER = "tests/cases/test_deploy_settings.py"
# Settings of the environment this test runs in that would otherwise leak into the child.
OURS = re.compile(r"^(DATABASE_URL|CELERY_.*|AWS_.*|SECRET_KEY.*|DEBUG|ALLOWED_HOSTS|HTTPS|SECURE_.*|CLIENT_IP_.*)$")


def production_settings(readme: str) -> dict[str, str]:
    """``NAME=value`` lines of the README's fenced block that names this test."""
    for block in re.findall(r"```[a-z]*\n(.*?)```", readme, re.S):
        if MARKER in block:
            return dict(re.findall(r"^(?:export )?([A-Z][A-Z0-9_]*)=(\S*)$", block, re.M))
    raise AssertionError(f"README.md has no fenced block of production settings naming {MARKER}")


def run_django(tmp_path: Path, settings: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """``args`` in a fresh Python with ``settings`` as its environment, state under tmp_path/var
    and the umask most systems have (022), as a deployment starts."""
    env = {name: value for name, value in os.environ.items() if not OURS.match(name)}
    env.update(IMGMETA_VAR_DIR=str(tmp_path / "var"), DJANGO_SETTINGS_MODULE="imgmeta_site.settings", **settings)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.umask(0o022),
    )


def test_check_deploy_prints_no_warning_with_the_readmes_production_settings(tmp_path):
    settings = production_settings((ROOT / "README.md").read_text())
    for name in [name for name in settings if name.endswith("_FILE")]:
        secret = tmp_path / name.lower()
        secret.write_text(secrets.token_urlsafe(50))
        settings[name] = str(secret)
    done = run_django(tmp_path, settings, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "System check identified no issues (0 silenced).", done.stdout + done.stderr


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_local_database_secret_key_and_state_folder_are_created_private(tmp_path):
    connect = "import django; django.setup(); from django.db import connection; connection.ensure_connection()"
    done = run_django(tmp_path, {}, "-c", connect)
    assert done.returncode == 0, done.stderr
    var = tmp_path / "var"
    assert (mode(var), mode(var / "db.sqlite3"), mode(var / "secret_key")) == (0o700, 0o600, 0o600)


def test_evidence_folders_and_files_are_created_private(cast, evidence_dir):
    assert not evidence_dir.exists()
    previous = os.umask(0o022)
    try:
        ingest_file(cast.case, cast.bob, "a.jpg", jpeg())
    finally:
        os.umask(previous)
    folders = [evidence_dir, *(path for path in evidence_dir.rglob("*") if path.is_dir())]
    files = [path for path in evidence_dir.rglob("*") if path.is_file()]
    assert files
    assert {mode(path) for path in folders} == {0o700}
    assert {mode(path) for path in files} == {0o600}


def _no_hard_links(*args) -> None:
    raise PermissionError("this filesystem has no hard links")


def _key_of_a_starting_worker(directory: str, barrier, keys) -> None:
    barrier.wait()
    keys.put(local_secret_key(Path(directory)))


@pytest.mark.parametrize("hard_links", [True, False])
@pytest.mark.parametrize("round_", range(6))
def test_workers_starting_at_once_on_a_fresh_checkout_share_one_secret_key(tmp_path, round_, hard_links, monkeypatch):
    # A first `./dev run` starts its workers together: each must read the same, whole key, also
    # on a filesystem without hard links.
    if not hard_links:
        monkeypatch.setattr(os, "link", _no_hard_links)
    context = multiprocessing.get_context("fork")
    barrier, keys = context.Barrier(4), context.Queue()
    workers = [context.Process(target=_key_of_a_starting_worker, args=(str(tmp_path), barrier, keys)) for _ in range(4)]
    for worker in workers:
        worker.start()
    found = [keys.get(timeout=30) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert len(set(found)) == 1
    assert len(found[0]) >= 50
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]
    assert oct((tmp_path / "secret_key").stat().st_mode & 0o777) == "0o600"
