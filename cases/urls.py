from django.urls import path

from . import resumable
from .views import case_list, case_page, images, members, package, pixels, reports

app_name = "cases"

case = "cases/<int:pk>/"
image = case + "images/<int:image_pk>/"

urlpatterns = [
    path("", case_list.case_list, name="list"),
    path("cases/new/", case_list.case_create, name="create"),
    path(case, case_page.case_detail, name="case"),
    path(case + "edit/", case_page.case_edit, name="edit"),
    path(case + "delete/", case_page.case_delete, name="delete"),
    path(case + "verify/", case_page.case_verify, name="verify"),
    path(case + "report/", case_page.case_report, name="report"),
    path(case + "report.pdf", reports.case_report_pdf, name="report_pdf"),
    path(case + "package/", package.case_package, name="package"),
    path(case + "points.<str:file_format>", reports.case_points, name="points"),
    path(case + "upload/", images.upload, name="upload"),
    path(case + "uploads/", resumable.create, name="resumable_create"),
    path(case + "uploads/<str:upload_id>/", resumable.upload, name="resumable_upload"),
    path(case + "members/", members.member_add, name="member_add"),
    path(case + "members/<int:member_pk>/role/", members.member_role, name="member_role"),
    path(case + "members/<int:member_pk>/remove/", members.member_remove, name="member_remove"),
    path(image, images.image_report, name="image"),
    path(image + "original/", images.image_original, name="original"),
    path(image + "thumbnail/", images.image_thumbnail, name="thumbnail"),
    path(image + "reanalyse/", images.image_reanalyse, name="reanalyse"),
    path(image + "delete/", images.image_delete, name="image_delete"),
    path(image + "report.pdf", reports.image_report_pdf, name="image_report_pdf"),
    path(image + "derived/<int:derived_pk>/", pixels.derived_file, name="derived"),
    path(image + "pixels/", pixels.pixels_request, name="pixels_request"),
    path(image + "structure/", pixels.structure_view, name="structure"),
    path(case + "compare/", pixels.compare, name="compare"),
    path(case + "compare/difference/", pixels.compare_difference, name="compare_difference"),
]
