"""Django settings for imgmeta. The only module that reads the environment.

Every setting has an embedded default that runs the app on one machine with nothing else
installed: SQLite and private file storage under ``var/``, analysis in-process. PostgreSQL
(``DATABASE_URL``), Celery (``CELERY_BROKER_URL``) and S3-compatible storage
(``AWS_STORAGE_BUCKET_NAME`` …) are switched on by environment variables; see README.md.
"""

import contextlib
import importlib.util
import os
import secrets
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from analysis.limits import MAX_FILE_BYTES

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_secret(name: str) -> str | None:
    """``NAME`` or the contents of the file named by ``NAME_FILE`` (for container secrets)."""
    if os.environ.get(f"{name}_FILE"):
        return Path(os.environ[f"{name}_FILE"]).read_text().strip()
    return os.environ.get(name) or None


def private_file(path: Path) -> Path:
    """Create ``path`` empty and readable by this user only (0600) unless it exists; ``path``.

    Created with that mode, not chmod-ed afterwards, so no other user can open it in between.
    """
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return path


# Where the embedded defaults keep state: database, evidence files, the generated secret key;
# private to the user the app runs as (0700).
VAR_DIR = Path(env_str("IMGMETA_VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)


def local_secret_key(directory: Path) -> str:
    """The key in ``directory/secret_key``, made there first if there is none: a per-checkout key,
    so a fresh clone runs without configuration and no key is committed.

    The server's workers start at once and all come here: the key is written whole to a private
    file of its own, then linked into place, which fails if another worker's key got there first;
    every worker then reads the one key in place, never an empty or half-written file.
    """
    path = directory / "secret_key"
    if not path.exists():
        handle, name = tempfile.mkstemp(prefix=".secret_key.", dir=directory)  # 0600
        draft = Path(name)
        try:
            with os.fdopen(handle, "w") as out:
                out.write(secrets.token_urlsafe(50))
            try:
                os.link(draft, path)
            except FileExistsError:
                pass
            except OSError:  # a filesystem without hard links: made in place, read once written
                with (
                    contextlib.suppress(FileExistsError),
                    os.fdopen(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600), "w") as out,
                ):
                    out.write(draft.read_text())
        finally:
            draft.unlink()
    key = path.read_text().strip()
    for _ in range(50):  # another worker's in-place key being written (no hard links)
        if key:
            break
        time.sleep(0.02)
        key = path.read_text().strip()
    if not key:
        raise ImproperlyConfigured(f"{path} is empty: delete it, and a new key is made at the next start")
    return key


SECRET_KEY = env_secret("SECRET_KEY") or local_secret_key(VAR_DIR)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
# JSON {"error": ...} for the API and the tus endpoint, the site's 403 page otherwise.
CSRF_FAILURE_VIEW = "imgmeta_site.csrf.csrf_failure"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "knox",
    "axes",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "import_export",
    "cases",
    "imgmeta_site.apps.SiteConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "imgmeta_site.middleware.ContentSecurityPolicyMiddleware",
    "imgmeta_site.middleware.UploadLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into imgmeta_site.accounts.lockout_response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "imgmeta_site.urls"
WSGI_APPLICATION = "imgmeta_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}", conn_max_age=env_int("DB_CONN_MAX_AGE", 0)
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# SQLite creates its database file (and its journal, with the database's mode) as the umask
# allows, usually readable by everyone: create the file private first.
_sqlite_path = Path(DATABASES["default"]["NAME"]) if "sqlite" in DATABASES["default"]["ENGINE"] else None
if _sqlite_path is not None:
    # Writers (background analyses, audited page views) take SQLite's write lock when their
    # transaction begins and wait for it, instead of failing at once when a read turns into a write.
    DATABASES["default"].setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=20)
if _sqlite_path is not None and _sqlite_path.name != ":memory:" and _sqlite_path.parent.is_dir():
    private_file(_sqlite_path)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Sign-in rate limit (django-axes): after LOGIN_FAILURE_LIMIT failed sign-ins for one user name,
# or from one client address, sign-in (pages, admin, /api/token/) is refused with 429 for
# LOGIN_LOCKOUT_MINUTES after the latest failure. Failures are kept in the database
# (AccessAttempt, AccessFailureLog: the admin's "Axes" section) so every web worker counts them.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "cases.audit.client_ip"
AXES_LOCKOUT_CALLABLE = "imgmeta_site.accounts.lockout_response"
AXES_VERBOSE = False

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
# Leaflet (maps) is served from the django-leaflet package's files, located without importing
# the package (its app needs GDAL, which imgmeta does not): static/leaflet/leaflet.js and .css.
LEAFLET_STATIC = Path(importlib.util.find_spec("leaflet").origin).parent / "static"
STATICFILES_DIRS = [path for path in (BASE_DIR / "static", LEAFLET_STATIC) if path.is_dir()]
# Serve app static files straight from their packages too, so tests and a fresh clone work
# before (or without) collectstatic.
WHITENOISE_USE_FINDERS = True

# Evidence storage. Originals are private: the local default has no URL and lives outside
# STATIC_ROOT; they are only ever streamed by an authenticated, audited view.
EVIDENCE_ROOT = Path(env_str("EVIDENCE_ROOT", str(VAR_DIR / "evidence")))
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_ACCESS_KEY_ID = env_secret("AWS_ACCESS_KEY_ID")
    AWS_SECRET_ACCESS_KEY = env_secret("AWS_SECRET_ACCESS_KEY")
    AWS_DEFAULT_ACL = "private"
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False
    EVIDENCE_STORAGE = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"location": "evidence"}}
else:
    EVIDENCE_STORAGE = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        # Files 0600 and folders (EVIDENCE_ROOT itself included, created on first save) 0700.
        "OPTIONS": {
            "location": str(EVIDENCE_ROOT),
            "base_url": None,
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    }
STORAGES = {
    "default": EVIDENCE_STORAGE,
    "evidence": EVIDENCE_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Uploads: the body limit of every URL but the case uploads is the original API's 20 MB, and those
# files stay in memory (/api/extract/ never writes an upload to disk); imgmeta_site.middleware
# enforces the limit of each URL before parsing. Case uploads: see "Issue 12 §1" at the end.
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_BYTES", MAX_FILE_BYTES)
FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES
# The client's file name is kept exactly as sent (cases.uploads: Django's parser would drop folder
# parts and decode entities); a case upload's files are streamed to private temporary files and
# hashed as they arrive (cases.uploads.EvidenceUploadHandler), any other upload is read in memory.
FILE_UPLOAD_HANDLERS = [
    "cases.uploads.ClientNameUploadHandler",
    "cases.uploads.EvidenceUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
]
DATA_UPLOAD_MAX_NUMBER_FILES = env_int("DATA_UPLOAD_MAX_NUMBER_FILES", 100)

# ZIP intake (cases.zipintake): an archive over any of these caps is refused whole, before any
# member is decompressed. The ratio is uncompressed/compressed size of one member.
# The defaults fit a phone dump; nested archives are never opened (their depth cap is 0).
ZIP_MAX_MEMBERS = env_int("ZIP_MAX_MEMBERS", 20_000)
ZIP_MAX_TOTAL_BYTES = env_int("ZIP_MAX_TOTAL_BYTES", 16 * 1024**3)
ZIP_MAX_RATIO = env_int("ZIP_MAX_RATIO", 100)

# Maps: tiles come from the internet (empty: no tiles, points are still drawn and listed).
# A tile server learns the area a case covers, so by default the page asks first (a button per
# map); MAP_TILES_AUTOLOAD=true loads them at once (a tile server of your own).
MAP_TILE_URL = env_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env_str("MAP_TILE_ATTRIBUTION", "© OpenStreetMap contributors")
MAP_TILES_AUTOLOAD = env_bool("MAP_TILES_AUTOLOAD", False)

# Background analysis: Celery when a broker is configured, in-process otherwise.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = not CELERY_RESULT_BACKEND
# A task is acknowledged once it has run, and one at a time, so an analysis whose worker dies
# goes back to the queue instead of being lost.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Seconds one analysis may take in a worker before the image is marked failed.
CELERY_TASK_SOFT_TIME_LIMIT = env_int("ANALYSIS_TIME_LIMIT", 300)
CELERY_TASK_TIME_LIMIT = CELERY_TASK_SOFT_TIME_LIMIT + 30

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "knox.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "imgmeta API",
    "DESCRIPTION": "Forensic reading of images: stateless extraction and investigation cases.",
    "VERSION": "1.0.0",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
}

# API tokens (django-rest-knox): only a SHA-512 digest is stored; a token expires
# API_TOKEN_HOURS after it is issued, is revoked by POST /api/token/logout/ (or all of a user's
# by /api/token/logoutall/), and all of a user's are revoked when the password changes
# (imgmeta_site.accounts).
REST_KNOX = {"TOKEN_TTL": timedelta(hours=env_int("API_TOKEN_HOURS", 10)), "AUTH_HEADER_PREFIX": "Token"}

SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# TLS deployment (README, production): HTTPS=true turns on the redirect to https, HSTS for a year
# with subdomains and preload, and cookies sent over HTTPS only; each can be set on its own.
HTTPS = env_bool("HTTPS", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", HTTPS)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", HTTPS)
# Behind a reverse proxy that terminates TLS: trust its X-Forwarded-Proto for "is this https",
# and (CLIENT_IP_HEADER, e.g. X-Forwarded-For) its record of the client's address for the audit
# trail and the sign-in limit (cases.audit.client_ip). Set them only when the app cannot be
# reached except through that proxy: otherwise a client could send the headers itself.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", False) else None
_client_ip_header = env_str("CLIENT_IP_HEADER")
CLIENT_IP_HEADER = "HTTP_" + _client_ip_header.upper().replace("-", "_") if _client_ip_header else ""
# How many trusted proxies append to CLIENT_IP_HEADER: the client is that many entries from the right.
CLIENT_IP_PROXY_COUNT = env_int("CLIENT_IP_PROXY_COUNT", 1)
if CLIENT_IP_PROXY_COUNT < 1:
    raise ImproperlyConfigured(f"CLIENT_IP_PROXY_COUNT must be 1 or more, not {CLIENT_IP_PROXY_COUNT}")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Availability
# How long an upload or re-analysis request waits, in all, for analyses running in this process
# (no broker, or none answering) before it answers with the images still "pending".
ANALYSIS_WAIT_SECONDS = env_int("ANALYSIS_WAIT_SECONDS", 10)
# An image "pending" for longer than this many seconds (since its upload or last re-queue) is
# re-queued by the sweep (cases.tasks.sweep_pending); longer than one analysis may take in a worker.
ANALYSIS_PENDING_AGE = env_int("ANALYSIS_PENDING_AGE", 600)
# How often the sweep runs: Celery beat, or each web process's analysis thread without a broker.
ANALYSIS_SWEEP_INTERVAL = env_int("ANALYSIS_SWEEP_INTERVAL", 60)
CELERY_BEAT_SCHEDULE = {
    "re-queue-pending-analyses": {"task": "cases.tasks.sweep_pending_task", "schedule": ANALYSIS_SWEEP_INTERVAL}
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
# An unreachable broker is noticed within seconds (then the web process analyses in its own thread),
# not after kombu's default retries.
CELERY_BROKER_CONNECTION_TIMEOUT = env_int("CELERY_BROKER_CONNECTION_TIMEOUT", 2)
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5, "interval_max": 1}
# A full evidence storage is answered 507 with what was and was not stored (cases.storage_full).
MIDDLEWARE.append("cases.storage_full.StorageFullMiddleware")

# Issue 12 §1: large evidence, streamed.
# A case upload (the page's form, POST /api/cases/{id}/images/, the resumable uploads) may be up
# to CASE_UPLOAD_MAX_BYTES; its files are streamed in chunks to CASE_UPLOAD_TEMP_DIR (private,
# 0700), hashed as they arrive, and removed once taken in (cases.uploads, cases.resumable).
CASE_UPLOAD_MAX_BYTES = env_int("CASE_UPLOAD_MAX_BYTES", 4 * 1024**3)
CASE_UPLOAD_TEMP_DIR = Path(env_str("CASE_UPLOAD_TEMP_DIR", str(VAR_DIR / "uploads")))
# Resumable uploads (tus 1.0, cases.resumable): one not written to for this many hours is removed
# with what it received (on the next upload's start, or by manage.py expire_uploads); the state
# of a finished one is kept as long for the case page's intake progress.
RESUMABLE_UPLOAD_EXPIRY_HOURS = env_int("RESUMABLE_UPLOAD_EXPIRY_HOURS", 24)

# Issue 12 §2-3: custody chain signing and case packages (cases.chain, cases.package)
# Optional key that signs each custody chain head and each exported package's manifest: an
# Ed25519 private key (unencrypted PEM PKCS#8, e.g. `openssl genpkey -algorithm ed25519 -out
# custody.pem`; its public key goes into every package), or an HMAC secret (then the verifier
# needs the same secret). At most one of the two.
CUSTODY_ED25519_KEY_FILE = env_str("CUSTODY_ED25519_KEY_FILE")
CUSTODY_HMAC_KEY = env_secret("CUSTODY_HMAC_KEY")
# Where case packages are assembled (a private folder, 0700; each package an unnamed temporary
# file, gone once it has been sent).
CASE_PACKAGE_TEMP_DIR = Path(env_str("CASE_PACKAGE_TEMP_DIR", str(VAR_DIR / "packages")))
