from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from cases.api.extract import ExtractView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("cases.api.urls")),
    # The original API's address, so old clients only change the host.
    re_path(r"^extract/?$", ExtractView.as_view(), name="extract-legacy"),
    path("accounts/", include("django.contrib.auth.urls")),
    # Browsers ask for /favicon.ico on pages that do not link one (the admin, the API docs).
    path("favicon.ico", RedirectView.as_view(url=static("imgmeta/favicon.ico"), permanent=True)),
    path("", include("cases.urls")),
]
