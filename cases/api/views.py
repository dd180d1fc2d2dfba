"""REST API of cases: cases, members, images, analyses, findings and the audit trail.

Every queryset holds only the requesting user's cases (:func:`cases.access.cases_for`), so a
case, or anything in it, that is not theirs answers 404. Viewers read; investigators also
upload and re-analyse; owners also manage members and delete. Every change is audited.
"""

from django.db import IntegrityError, transaction
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.http import FileResponse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException
from rest_framework.filters import OrderingFilter
from rest_framework.pagination import PageNumberPagination
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import SAFE_METHODS, IsAuthenticated
from rest_framework.response import Response

from .. import audit
from ..access import cases_for, evidence_refusal, get_case_for_user
from ..deletion import remove_stored_files
from ..downloads import original_response
from ..forms import ALREADY_A_MEMBER, REFERENCE_IN_USE
from ..ingest import current_images
from ..intake import intake_progress, receive_file
from ..models import Analysis, AuditEvent, Case, EvidenceImage, Finding, LastOwnerError, Membership
from ..tasks import reanalyse
from ..uploads import client_name
from ..views.case_page import CASE_BUSY, delete_case
from . import filters
from .errors import as_api_error
from .intake import IntakeSerializer
from .permissions import CaseRole
from .serializers import (
    AnalysisDetailSerializer,
    AnalysisSerializer,
    AuditEventSerializer,
    CaseSerializer,
    EvidenceImageSerializer,
    FindingSerializer,
    MembershipSerializer,
    UploadResponseSerializer,
    UploadSerializer,
)

Action = AuditEvent.Action


class Conflict(APIException):
    """409: the request met the state of the case (closed, changed meanwhile); the detail says how."""

    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"


def require_open(case: Case) -> None:
    """Raise :class:`Conflict` when ``case`` takes no uploads or re-analysis (:func:`evidence_refusal`)."""
    if refusal := evidence_refusal(case):
        raise Conflict(refusal)


class Pagination(PageNumberPagination):
    """``?page=N``; ``?page_size=N`` up to 500 (50 by default)."""

    page_size_query_param = "page_size"
    max_page_size = 500


class CaseScoped:
    """What every view here shares: login, role checks, pagination, the no-owner-actions default."""

    permission_classes = [IsAuthenticated, CaseRole]
    pagination_class = Pagination
    owner_actions: frozenset[str] = frozenset()

    def handle_exception(self, exc):
        return super().handle_exception(as_api_error(exc))


class CaseViewSet(CaseScoped, viewsets.ModelViewSet):
    """Cases the user is a member of. Anyone logged in may open a case and becomes its owner."""

    serializer_class = CaseSerializer
    filterset_class = filters.CaseFilter
    filter_backends = [*viewsets.ModelViewSet.filter_backends, OrderingFilter]
    ordering_fields = ["reference", "title", "status", "created_at", "updated_at"]
    owner_actions = frozenset({"destroy"})

    def get_queryset(self) -> QuerySet[Case]:
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return Case.objects.none()
        user = self.request.user
        my_role = Membership.objects.filter(case=OuterRef("pk"), user=user).values("role")[:1]
        return (
            cases_for(user)
            .select_related("created_by")
            .annotate(my_role=Subquery(my_role), image_count=Count("images", distinct=True))
            .order_by("-updated_at", "-pk")  # a grouped query drops Meta.ordering
        )

    def perform_create(self, serializer) -> None:
        try:
            with transaction.atomic():
                case = serializer.save(created_by=self.request.user)
                Membership.objects.create(case=case, user=self.request.user, role=Membership.Role.OWNER)
                audit.record(self.request, Action.CASE_CREATED, case, reference=case.reference)
        except IntegrityError:  # the same reference, created by another request since validation
            raise Conflict({"reference": [REFERENCE_IN_USE]}) from None

    def perform_update(self, serializer) -> None:
        before = {name: getattr(serializer.instance, name) for name in serializer.validated_data}
        case = serializer.save()
        changed = {name: [old, getattr(case, name)] for name, old in before.items() if old != getattr(case, name)}
        if changed:
            audit.record(self.request, Action.CASE_UPDATED, case, changed=changed)

    def perform_destroy(self, case: Case) -> None:
        try:
            delete_case(self.request, case)
        except IntegrityError:
            raise Conflict(CASE_BUSY) from None

    @extend_schema(
        request={"multipart/form-data": UploadSerializer},
        responses={
            201: UploadResponseSerializer,
            200: OpenApiResponse(
                UploadResponseSerializer, description="Nothing new: the images were already in the case"
            ),
            400: OpenApiResponse(
                UploadResponseSerializer, description="Nothing usable: every file was skipped or refused"
            ),
        },
    )
    @action(
        detail=True,
        methods=["post"],
        parser_classes=[MultiPartParser],
        serializer_class=UploadSerializer,
        pagination_class=None,
    )
    def images(self, request, pk=None) -> Response:
        """Upload evidence into the case (owner or investigator): one or more files in ``file``,
        each an image or a ZIP of images, up to ``CASE_UPLOAD_MAX_BYTES`` in all (streamed to
        private temporary files, hashed as they arrive; an image larger than the engine reads is
        stored ``failed`` with "stored, too large to analyse"). For a resumable upload use the
        tus endpoint ``/cases/{id}/uploads/`` (session sign-in). One result per file or archive member: ``stored``,
        ``duplicate`` (the same bytes were already in the case), ``skipped`` or ``refused`` (a
        whole archive). New images are analysed in the background; follow their ``status``."""
        case = self.get_object()
        require_open(case)
        upload = UploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        results = [
            outcome
            for received in upload.validated_data["file"]
            for outcome in receive_file(case, request.user, client_name(received), received, request)
        ]
        for result, image in zip(results, current_images(results), strict=True):
            result.image = image
        outcomes = {r.outcome for r in results}
        if "stored" in outcomes:
            code = status.HTTP_201_CREATED
        elif "duplicate" in outcomes:
            code = status.HTTP_200_OK
        else:
            code = status.HTTP_400_BAD_REQUEST
        return Response(UploadResponseSerializer({"results": results}).data, status=code)

    @extend_schema(responses={200: IntakeSerializer})
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def intake(self, request, pk=None) -> Response:
        """The intake of the case: ``images`` (how many, and how many analysed, pending, failed,
        or stored too large to analyse) and its newest ``uploads`` with the bytes received, the
        phase (receiving, checking, intake, done, failed), what each stored or skipped and how
        far its images are analysed. Uploads are kept ``RESUMABLE_UPLOAD_EXPIRY_HOURS``."""
        return Response(IntakeSerializer(intake_progress(self.get_object())).data)


class MemberViewSet(CaseScoped, viewsets.ModelViewSet):
    """Members of one case. Members see the list; only the owner adds, changes and removes.
    A case always keeps at least one owner."""

    serializer_class = MembershipSerializer
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def initial(self, request, *args, **kwargs) -> None:
        super().initial(request, *args, **kwargs)
        self.case, _ = get_case_for_user(request.user, kwargs["case_pk"], manage=request.method not in SAFE_METHODS)

    def get_queryset(self) -> QuerySet[Membership]:
        if getattr(self, "swagger_fake_view", False):  # schema generation has no case
            return Membership.objects.none()
        return self.case.memberships.select_related("user").order_by("added_at", "pk")

    def get_serializer_context(self) -> dict:
        return {**super().get_serializer_context(), "case": getattr(self, "case", None)}

    def perform_create(self, serializer) -> None:
        try:
            with transaction.atomic():
                member = serializer.save(case=self.case)
        except IntegrityError:  # added by another request since validation
            raise Conflict({"user": [ALREADY_A_MEMBER]}) from None
        audit.record(
            self.request, Action.MEMBER_ADDED, member, case=self.case, user=member.user.username, role=member.role
        )

    def perform_update(self, serializer) -> None:
        before = serializer.instance.role
        try:
            with transaction.atomic():
                member = serializer.save()
                if member.role != before:
                    audit.record(
                        self.request,
                        Action.MEMBER_CHANGED,
                        member,
                        case=self.case,
                        user=member.user.username,
                        role=[before, member.role],
                    )
        except LastOwnerError as exc:
            raise serializers.ValidationError({"role": str(exc)}) from None

    def perform_destroy(self, member: Membership) -> None:
        try:
            with transaction.atomic():
                audit.record(self.request, Action.MEMBER_REMOVED, member, case=self.case, user=member.user.username)
                member.delete()
        except LastOwnerError as exc:
            raise serializers.ValidationError({"role": str(exc)}) from None


class ImageViewSet(
    CaseScoped, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet
):
    """Evidence images across the user's cases (``?case=`` for one), each with the reading of its
    latest analysis (``reading``: summary, rules run, highest severity, AI declaration,
    software); ``?severity=``, ``?ai=`` and ``?software=`` filter on that reading. Upload with
    ``POST /api/cases/{id}/images/``. Only the owner deletes."""

    serializer_class = EvidenceImageSerializer
    filterset_class = filters.EvidenceImageFilter
    owner_actions = frozenset({"destroy"})

    def get_queryset(self) -> QuerySet[EvidenceImage]:
        images = EvidenceImage.objects.filter(case__in=cases_for(self.request.user)).select_related("uploaded_by")
        return images.with_latest_analysis()

    @transaction.atomic
    def perform_destroy(self, image: EvidenceImage) -> None:
        audit.record(
            self.request,
            Action.IMAGE_DELETED,
            image,
            case=image.case,
            filename=image.original_filename,
            sha256=image.sha256,
        )
        image.delete()
        remove_stored_files([image])

    @extend_schema(
        request=None,
        responses={
            200: OpenApiResponse(
                EvidenceImageSerializer,
                description="Analysed in the request (no broker): ``status`` is ``done``, or ``failed`` with ``error``",
            ),
            202: OpenApiResponse(EvidenceImageSerializer, description="Queued for a worker: ``status`` is ``pending``"),
        },
    )
    @action(detail=True, methods=["post"])
    def reanalyse(self, request, pk=None) -> Response:
        """Run the current engine on the stored original again (owner or investigator). The earlier
        analyses are kept; the new one becomes ``latest_analysis`` once ``status`` is ``done``.
        Answers 202 while the analysis is queued for a worker, 200 once it has run here."""
        image = self.get_object()
        require_open(image.case)
        reanalyse(image, request, previous_analysis=image.latest_analysis_id)
        image = self.get_queryset().get(pk=image.pk)
        queued = image.status == EvidenceImage.Status.PENDING
        return Response(
            self.get_serializer(image).data, status=status.HTTP_202_ACCEPTED if queued else status.HTTP_200_OK
        )

    @extend_schema(responses={(200, "application/octet-stream"): OpenApiResponse(description="The original bytes")})
    @action(detail=True, methods=["get"])
    def original(self, request, pk=None) -> FileResponse:
        """The stored original, byte for byte, as an attachment (audited as a download)."""
        return original_response(request, self.get_object())


class AnalysisViewSet(CaseScoped, viewsets.ReadOnlyModelViewSet):
    """Engine runs on the user's images, each with its reading (summary, rules run, highest
    severity, AI declaration, software; filter with ``?severity=``, ``?ai=``, ``?software=``).
    The detail carries the engine's report; one made before engine 0.2.0 is shown without the
    original API's verdict keys, which only ``/api/extract/`` gives."""

    filterset_class = filters.AnalysisFilter

    def get_queryset(self) -> QuerySet[Analysis]:
        analyses = Analysis.objects.filter(image__case__in=cases_for(self.request.user)).select_related("image")
        return analyses if self.action == "retrieve" else analyses.defer("report")

    def get_serializer_class(self):
        return AnalysisDetailSerializer if self.action == "retrieve" else AnalysisSerializer


class FindingViewSet(CaseScoped, viewsets.ReadOnlyModelViewSet):
    """Findings across the user's cases; filter by case, image, severity, rule, or ``current=true``
    for those of each image's latest analysis only."""

    serializer_class = FindingSerializer
    filterset_class = filters.FindingFilter

    def get_queryset(self) -> QuerySet[Finding]:
        return Finding.objects.filter(case__in=cases_for(self.request.user))


class AuditEventViewSet(CaseScoped, viewsets.ReadOnlyModelViewSet):
    """The chain of custody of the user's cases, newest first. Read-only: events are never changed."""

    serializer_class = AuditEventSerializer
    filterset_class = filters.AuditEventFilter

    def get_queryset(self) -> QuerySet[AuditEvent]:
        return AuditEvent.objects.filter(case__in=cases_for(self.request.user))
