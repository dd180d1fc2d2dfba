"""ASGI entry point, for servers that prefer it; uploads are limited by the same middleware."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imgmeta_site.settings")
application = get_asgi_application()
