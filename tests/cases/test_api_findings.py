"""``/api/findings/``: findings queryable across the user's cases, filtered by case, image,
severity and rule; read-only."""

import pytest

from cases.ingest import ingest_file
from cases.models import Analysis, Finding
from tests.builders import jpeg, png
from tests.helpers import logged_in, make_case

URL = "/api/findings/"


def add_finding(image, rule: str, severity: str, analysis: Analysis | None = None) -> Finding:
    analysis = analysis or image.latest_analysis
    return Finding.objects.create(
        analysis=analysis,
        image=image,
        case=image.case,
        rule=rule,
        severity=severity,
        title=f"{rule} fired",
        evidence=[{"where": "IFD0:Software", "value": "GIMP 2.10"}],
    )


@pytest.fixture
def findings(cast):
    """Two images in alice's case with three findings, one image in dave's own case."""
    first = ingest_file(cast.case, cast.bob, "a.jpg", jpeg()).image
    second = ingest_file(cast.case, cast.bob, "b.png", png()).image
    add_finding(first, "software_editor", "medium")
    add_finding(first, "stripped_exif", "low")
    add_finding(second, "ai_provenance", "high")
    theirs = make_case(cast.dave, reference="DAVE-1")
    add_finding(ingest_file(theirs, cast.dave, "d.jpg", jpeg()).image, "software_editor", "high")
    return first, second


def rules(response) -> list[str]:
    return sorted(f["rule"] for f in response.json()["results"])


def test_a_member_sees_the_findings_of_their_cases_only(cast, client, findings):
    out = logged_in(client, cast.carol).get(URL)
    assert rules(out) == ["ai_provenance", "software_editor", "stripped_exif"]
    first = out.json()["results"][0]
    assert set(first) == {
        "id",
        "case",
        "image",
        "analysis",
        "rule",
        "severity",
        "title",
        "detail",
        "proves",
        "does_not_prove",
        "evidence",
    }
    assert first["evidence"] == [{"where": "IFD0:Software", "value": "GIMP 2.10"}]


def test_findings_are_queryable_across_cases(cast, client, findings):
    second_case = make_case(cast.carol, reference="CAROL-1")
    add_finding(ingest_file(second_case, cast.carol, "c.jpg", jpeg(size=(8, 8))).image, "software_editor", "medium")
    api = logged_in(client, cast.carol)
    out = api.get(URL, {"rule": "software_editor"}).json()["results"]
    assert sorted(f["case"] for f in out) == sorted([cast.case.pk, second_case.pk])


def test_it_filters_by_severity_rule_case_and_image(cast, client, findings):
    _, second = findings
    api = logged_in(client, cast.alice)
    assert rules(api.get(URL, {"severity": "high"})) == ["ai_provenance"]
    assert rules(api.get(URL, {"severity": "high,medium"})) == ["ai_provenance", "software_editor"]
    assert rules(api.get(URL, {"rule": "stripped_exif,ai_provenance"})) == ["ai_provenance", "stripped_exif"]
    assert rules(api.get(URL, {"image": second.pk})) == ["ai_provenance"]
    assert rules(api.get(URL, {"case": cast.case.pk, "severity": "low"})) == ["stripped_exif"]


def test_it_filters_on_the_latest_analysis_of_each_image(cast, client, findings):
    first, _ = findings
    newer = Analysis.objects.create(image=first, engine_version="9.9.9", report={})
    add_finding(first, "date_mismatch", "low", analysis=newer)
    api = logged_in(client, cast.alice)
    assert rules(api.get(URL, {"current": "true", "image": first.pk})) == ["date_mismatch"]
    assert rules(api.get(URL, {"current": "false", "image": first.pk})) == ["software_editor", "stripped_exif"]


def test_an_outsider_gets_nothing_and_404(cast, client, findings):
    finding = Finding.objects.filter(case=cast.case).first()
    api = logged_in(client, cast.dave)
    assert rules(api.get(URL, {"case": cast.case.pk})) == []
    assert api.get(f"{URL}{finding.pk}/").status_code == 404


def test_asking_for_another_teams_case_looks_like_asking_for_no_case(cast, client, findings):
    api = logged_in(client, cast.dave)
    assert api.get(URL, {"case": cast.case.pk}).json() == api.get(URL, {"case": 999999}).json()


def test_findings_are_read_only(cast, client, findings):
    finding = Finding.objects.filter(case=cast.case).first()
    api = logged_in(client, cast.alice)
    assert api.post(URL, {}, content_type="application/json").status_code == 405
    assert api.delete(f"{URL}{finding.pk}/").status_code == 405


def test_a_bad_severity_is_a_400_naming_it_not_a_silent_empty_list(cast, client, findings):
    response = logged_in(client, cast.alice).get(URL, {"severity": "catastrophic"})
    assert response.status_code == 400
    assert "catastrophic" in response.json()["severity"][0]
