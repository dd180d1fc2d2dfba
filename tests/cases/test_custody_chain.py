"""The custody chain: every audit event linked by hash to the one before it in its case's chain
(or the site's), checked by ``verify_evidence`` and the case page; optionally signed."""

import base64
import hashlib
import hmac

import pytest
from cryptography.hazmat.primitives import serialization
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from cases import audit, chain
from cases.integrity import check_custody
from cases.models import AuditEvent, ChainHead
from cases.package_script.verify_package import GENESIS, ed25519_verify, head_message
from tests.cases.test_races import at_once, needs_postgresql
from tests.helpers import logged_in, make_case, make_user

Action = AuditEvent.Action


def events_of(case) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(case=case).order_by("sequence"))


def updates(case, times: int = 3) -> list[AuditEvent]:
    """``times`` events appended to the chain of ``case``."""
    return [audit.record(None, Action.CASE_UPDATED, case, changed={"n": [n, n + 1]}) for n in range(times)]


def raw_sql(statement: str, *params) -> None:
    """Change the database behind the ORM's back, as an administrator with SQL access could."""
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def test_each_case_has_its_own_chain_numbered_from_one_and_linked_by_hash(cast):
    other = make_case(cast.dave)
    updates(other, 2)
    updates(cast.case)
    for case in (cast.case, other):
        events = events_of(case)
        assert [event.sequence for event in events] == list(range(1, len(events) + 1))
        assert [event.previous_hash for event in events] == [GENESIS] + [event.hash for event in events[:-1]]
    head = ChainHead.objects.get(chain=f"case:{cast.case.pk}")
    assert (head.sequence, head.hash) == (events_of(cast.case)[-1].sequence, events_of(cast.case)[-1].hash)


def test_the_hash_covers_every_field_of_the_event(cast):
    [event] = updates(cast.case, 1)
    record = chain.event_record(event)
    case = cast.case.pk
    encoded = (
        f'{{"action":"case_updated","actor_id":null,"actor_name":"","case_id":{case},'
        f'"created_at":"{record["created_at"]}","details":{{"changed":{{"n":[0,1]}}}},"ip_address":null,'
        f'"previous_hash":"{event.previous_hash}","sequence":{event.sequence},"target_id":"{case}",'
        f'"target_repr":"{cast.case.reference} \\u2014 {cast.case.title}","target_type":"cases.Case"}}'
    )
    expected = hashlib.sha256(b"imgmeta custody event v1\n" + encoded.encode("ascii"))
    assert event.hash == expected.hexdigest()
    assert event.signature == ""


def test_events_of_no_case_go_in_the_site_chain(db):
    first = AuditEvent.objects.create(action=Action.LOGIN_LOCKED_OUT, target_type="auth.user", target_repr="mallory")
    second = AuditEvent.objects.create(action=Action.LOGIN_LOCKED_OUT, target_type="auth.user", target_repr="eve")
    assert (first.sequence, second.sequence, second.previous_hash) == (1, 2, first.hash)
    assert ChainHead.objects.get(chain="site").hash == second.hash
    assert check_custody(None).ok


def test_an_intact_chain_checks_out(cast):
    updates(cast.case)
    check = check_custody(cast.case.pk)
    assert (check.ok, check.events) == (True, len(events_of(cast.case)))
    assert check.describe() == f"custody chain case:{cast.case.pk} is intact: {check.events} events"


def test_a_row_edited_with_raw_sql_breaks_the_chain_at_that_event(cast):
    events = updates(cast.case)
    raw_sql("UPDATE cases_auditevent SET target_repr = %s WHERE id = %s", "nothing to see", events[1].pk)
    check = check_custody(cast.case.pk)
    assert not check.ok
    assert check.event_id == events[1].pk
    assert check.problem == (
        f"custody event #{events[1].sequence} no longer hashes to its stored hash: it was changed after it was written"
    )


def test_an_edit_with_its_hash_recomputed_breaks_the_link_of_the_next_event(cast):
    events = updates(cast.case)
    raw_sql("UPDATE cases_auditevent SET details = %s WHERE id = %s", '{"changed": {}}', events[0].pk)
    edited = AuditEvent.objects.get(pk=events[0].pk)
    chain.seal(edited, edited.sequence - 1, edited.previous_hash)
    raw_sql("UPDATE cases_auditevent SET hash = %s WHERE id = %s", edited.hash, edited.pk)
    check = check_custody(cast.case.pk)
    assert check.event_id == events[1].pk
    assert "does not link to the hash of the event before it" in check.problem


def test_a_row_deleted_in_the_middle_is_named_by_the_event_after_it(cast):
    events = updates(cast.case)
    raw_sql("DELETE FROM cases_auditevent WHERE id = %s", events[1].pk)
    check = check_custody(cast.case.pk)
    assert check.event_id == events[2].pk
    assert "an event before it was removed or inserted" in check.problem


def test_rows_deleted_at_the_end_no_longer_match_the_head(cast):
    events = updates(cast.case)
    raw_sql("DELETE FROM cases_auditevent WHERE id = %s", events[-1].pk)
    check = check_custody(cast.case.pk)
    assert not check.ok
    assert "events at the end were removed or rewritten" in check.problem


def test_verify_evidence_names_the_first_broken_link_and_fails(cast, capsys):
    events = updates(cast.case)
    raw_sql("UPDATE cases_auditevent SET actor_name = %s WHERE id = %s", "someone else", events[0].pk)
    with pytest.raises(CommandError, match=r"custody chains? checked, 1 broken"):
        call_command("verify_evidence")
    assert (
        f"BROKEN custody chain case:{cast.case.pk} is broken: custody event #{events[0].sequence} no longer hashes "
        f"to its stored hash: it was changed after it was written (audit event id {events[0].pk})"
    ) in capsys.readouterr().err


def test_verify_evidence_passes_and_records_the_chain_it_checked(cast, capsys):
    updates(cast.case)
    call_command("verify_evidence", case=cast.case.reference)
    assert "1 custody chain checked, 0 broken" in capsys.readouterr().out
    event = AuditEvent.objects.filter(case=cast.case, action=Action.INTEGRITY_VERIFIED).get()
    assert event.details["custody"] == {
        "chain": f"case:{cast.case.pk}",
        "events": event.sequence - 1,
        "problem": "",
        "event_id": None,
    }


def test_verify_evidence_checks_the_chains_of_deleted_cases_too(cast, client, capsys):
    other = make_case(cast.alice, reference="GONE-1")
    gone = audit.record(None, Action.CASE_UPDATED, other, changed={})
    logged_in(client, cast.alice).post(reverse("cases:delete", args=[other.pk]), {"confirm": "GONE-1"})
    raw_sql("UPDATE cases_auditevent SET target_repr = %s WHERE id = %s", "x", gone.pk)
    with pytest.raises(CommandError, match="1 broken"):
        call_command("verify_evidence")
    assert f"BROKEN custody chain case:{other.pk} is broken" in capsys.readouterr().err


def test_the_case_page_integrity_check_reports_a_broken_chain(client, cast):
    events = updates(cast.case)
    raw_sql("UPDATE cases_auditevent SET action = %s WHERE id = %s", "image_viewed", events[1].pk)
    response = logged_in(client, cast.carol).post(reverse("cases:verify", args=[cast.case.pk]), follow=True)
    assert (
        f"The custody chain case:{cast.case.pk} is broken: custody event #{events[1].sequence} no longer hashes"
    ) in response.content.decode()


def test_with_an_hmac_key_each_event_signs_its_chain_head(cast, hmac_key):
    [event] = updates(cast.case, 1)
    algorithm, _, signature = event.signature.split(":")
    assert algorithm == "hmac-sha256"
    assert base64.b64decode(signature) == hmac.digest(hmac_key, head_message(event.hash), hashlib.sha256)
    check = check_custody(cast.case.pk)
    assert (check.ok, check.verified) == (True, 1)


def test_with_an_ed25519_key_each_event_signs_its_chain_head(cast, ed25519_private):
    [event] = updates(cast.case, 1)
    algorithm, key_id, signature = event.signature.split(":")
    public = ed25519_private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert algorithm == "ed25519" and key_id == hashlib.sha256(public).hexdigest()[:16]
    assert ed25519_verify(public, head_message(event.hash), base64.b64decode(signature))


def test_a_chain_rebuilt_without_the_key_fails_the_signature_check(cast, ed25519_key):
    events = updates(cast.case)
    # The administrator edits an event and recomputes every hash from there on, as the
    # application would, but cannot sign: the signatures stay those of the old hashes.
    raw_sql("UPDATE cases_auditevent SET target_repr = %s WHERE id = %s", "rewritten", events[0].pk)
    previous_sequence, previous_hash = events[0].sequence - 1, events[0].previous_hash
    for event in AuditEvent.objects.filter(case=cast.case, sequence__gte=events[0].sequence).order_by("sequence"):
        signature = event.signature
        chain.seal(event, previous_sequence, previous_hash)
        raw_sql(
            "UPDATE cases_auditevent SET previous_hash = %s, hash = %s WHERE id = %s",
            event.previous_hash,
            event.hash,
            event.pk,
        )
        assert event.signature != signature
        previous_sequence, previous_hash = event.sequence, event.hash
    raw_sql("UPDATE cases_chainhead SET hash = %s WHERE chain = %s", previous_hash, f"case:{cast.case.pk}")
    check = check_custody(cast.case.pk)
    assert check.event_id == events[0].pk
    assert check.problem.endswith("its signature does not verify: the chain was rebuilt without the key")


def test_a_signature_removed_after_signed_events_is_found(cast, hmac_key):
    events = updates(cast.case)
    raw_sql("UPDATE cases_auditevent SET signature = '' WHERE id = %s", events[-1].pk)
    check = check_custody(cast.case.pk)
    assert check.event_id == events[-1].pk
    assert "is not signed, though events before it are" in check.problem


def test_events_signed_by_another_key_are_counted_not_checked(cast, hmac_key, settings):
    updates(cast.case, 2)
    settings.CUSTODY_HMAC_KEY = "the next key"
    updates(cast.case, 1)
    check = check_custody(cast.case.pk)
    assert check.ok and check.verified == 1 and check.other_key >= 2


@pytest.fixture
def migrator(transactional_db):
    executor = MigrationExecutor(connection)
    executor.migrate([("cases", "0003_custody_and_races")])
    yield executor
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_the_migration_chains_the_events_already_recorded(migrator):
    apps = migrator.loader.project_state([("cases", "0003_custody_and_races")]).apps
    Event = apps.get_model("cases", "AuditEvent")
    made = [
        Event.objects.create(action="case_created", case_id=7, target_type="cases.Case", target_id="7"),
        Event.objects.create(action="login_locked_out", target_type="auth.user", target_repr="eve"),
        Event.objects.create(action="image_viewed", case_id=7, target_type="cases.EvidenceImage", target_id="3"),
    ]
    migrator = MigrationExecutor(connection)
    migrator.migrate([("cases", "0004_custody_chain")])
    case_events = list(AuditEvent.objects.filter(case_id=7).order_by("sequence"))
    assert [event.pk for event in case_events] == [made[0].pk, made[2].pk]
    assert [event.sequence for event in case_events] == [1, 2]
    assert AuditEvent.objects.get(pk=made[1].pk).sequence == 1
    assert check_custody(7).ok and check_custody(None).ok
    assert ChainHead.objects.get(chain="case:7").hash == case_events[-1].hash


@pytest.mark.django_db(transaction=True)
def test_events_appended_at_once_never_fork_the_chain():
    needs_postgresql()
    alice = make_user("alice")
    case = make_case(alice)
    written = []
    for _ in range(5):
        written += at_once(*(lambda n=n: audit.record(None, Action.CASE_UPDATED, case, n=n) for n in range(8)))
    assert all(isinstance(event, AuditEvent) for event in written), written
    events = events_of(case)
    assert [event.sequence for event in events] == list(range(1, 41))
    assert check_custody(case.pk).ok
