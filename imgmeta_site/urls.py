from django.contrib import admin
from django.urls import include, path, re_path

from cases.api.extract import ExtractView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("cases.api.urls")),
    # The original API's address, so old clients only change the host.
    re_path(r"^extract/?$", ExtractView.as_view(), name="extract-legacy"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("cases.urls")),
]
