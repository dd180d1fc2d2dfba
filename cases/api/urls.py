from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from . import views
from .auth import ObtainTokenView, RevokeAllTokensView, RevokeTokenView
from .extract import ExtractView
from .package import CasePackage
from .reports import CasePoints, CaseReportPDF, ImageReportPDF

router = DefaultRouter()
router.register("cases", views.CaseViewSet, basename="case")
router.register(r"cases/(?P<case_pk>[0-9]+)/members", views.MemberViewSet, basename="case-member")
router.register("images", views.ImageViewSet, basename="image")
router.register("analyses", views.AnalysisViewSet, basename="analysis")
router.register("findings", views.FindingViewSet, basename="finding")
router.register("audit-events", views.AuditEventViewSet, basename="auditevent")

urlpatterns = [
    path("extract/", ExtractView.as_view(), name="api-extract"),
    path("cases/<int:pk>/report.pdf", CaseReportPDF.as_view(), name="api-case-report-pdf"),
    path("cases/<int:pk>/package/", CasePackage.as_view(), name="api-case-package"),
    path("cases/<int:pk>/points.<str:file_format>", CasePoints.as_view(), name="api-case-points"),
    path("images/<int:pk>/report.pdf", ImageReportPDF.as_view(), name="api-image-report-pdf"),
    path("token/", ObtainTokenView.as_view(), name="api-token"),
    path("token/logout/", RevokeTokenView.as_view(), name="api-token-logout"),
    path("token/logoutall/", RevokeAllTokensView.as_view(), name="api-token-logoutall"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"),
    *router.urls,
]
