"""How long background analysis takes to heal: pending → done after a worker kill and after a
broker restart.

Starts Redis on a free loopback port without persistence (``--save "" --appendonly no``), a
Celery worker with its beat (``celery -A imgmeta_site worker -B``, ``--concurrency`` processes) and
a throwaway database (a PostgreSQL database created on ``--postgres`` and dropped after, or
``--database sqlite``: a file in a temporary folder), with a short ``ANALYSIS_PENDING_AGE`` and
``ANALYSIS_SWEEP_INTERVAL`` (``--pending-age``, ``--sweep-interval``; settings "# Availability").
For each scenario it opens a new case, ingests ``--images`` distinct JPEGs through
:func:`cases.ingest.receive_upload` (as an upload does: stored, then queued for the worker), waits
until ``--disrupt-at`` of them are done, then:

- ``worker-kill``: SIGKILL to the worker's whole process group (main process, pool, beat) while
  tasks are in flight, and the worker started again at once, as a supervisor would;
- ``broker-restart``: SIGKILL to redis-server and a new one on the same port: the queue is lost,
  the worker (still running) reconnects.

and prints, for each, how many images were done and pending at the disruption (and how many tasks
were in flight: delivered to the worker, not acknowledged), the seconds from
the disruption (and from the first upload) until every image was done, how many stayed pending
after ``--timeout`` seconds, how many the sweep re-queued and how many were analysed more than
once. Every loop is bounded; everything it started is stopped, the database dropped, the
temporary folder removed (``--keep`` keeps it, with the worker's and Redis's logs).

    .venv/bin/python bench/recovery.py                          # PostgreSQL, 60 images, both scenarios
    .venv/bin/python bench/recovery.py --database sqlite --scenario broker-restart
"""

import argparse
import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw

from bench.extract import free_port

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
POLL = 0.05  # seconds between two looks at the database
START_TIMEOUT = 60  # seconds a service may take to answer after it is started


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``condition`` every :data:`POLL` seconds until it holds; SystemExit after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out after {timeout} s waiting for {what}")
        time.sleep(POLL)


def stop(process: subprocess.Popen | None, sig: int = signal.SIGTERM) -> None:
    """Send ``sig`` to ``process`` (SIGKILL: to its whole process group, as it was started in
    its own session), then SIGKILL the group if it has not ended after 30 s."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        # SIGTERM to the main process alone: a Celery worker's warm shutdown stops its pool itself.
        os.killpg(process.pid, sig) if sig == signal.SIGKILL else process.send_signal(sig)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


class Redis:
    """A redis-server on loopback ``port`` keeping nothing on disk: a restart loses the queue."""

    def __init__(self, port: int, folder: Path):
        self.port, self.folder, self.process = port, folder, None

    def start(self) -> None:
        command = ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"]
        command += ["--dir", str(self.folder), "--logfile", str(self.folder / "redis.log")]
        self.process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL)
        wait_for(self.answers, START_TIMEOUT, "redis-server")

    def cli(self, *command: str) -> str:
        """What ``redis-cli`` answers to ``command``."""
        cli = ["redis-cli", "-h", "127.0.0.1", "-p", str(self.port), *command]
        return subprocess.run(cli, capture_output=True, text=True).stdout.strip()

    def answers(self) -> bool:
        return self.cli("ping") == "PONG"

    def in_flight(self) -> int:
        """Messages delivered to a worker and not yet acknowledged (kombu's ``unacked`` hash)."""
        return int(self.cli("hlen", "unacked") or 0)

    def kill(self) -> None:
        stop(self.process, signal.SIGKILL)


class Worker:
    """``celery -A imgmeta_site worker -B`` in its own process group, logging to ``log``."""

    def __init__(self, concurrency: int, log: Path):
        self.concurrency, self.log, self.process = concurrency, log, None

    def start(self) -> None:
        offset = self.log.stat().st_size if self.log.exists() else 0
        command = [str(BIN / "celery"), "-A", "imgmeta_site", "worker", "-B", "--loglevel", "INFO"]
        command += ["--concurrency", str(self.concurrency), "--hostname", f"recovery-{uuid.uuid4().hex[:8]}@%h"]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=out, stderr=out)
        wait_for(lambda: b" ready." in self.log.read_bytes()[offset:], START_TIMEOUT, "the Celery worker")

    def kill(self) -> None:
        stop(self.process, signal.SIGKILL)

    def stop(self) -> None:
        stop(self.process)


def jpegs(count: int, size: tuple[int, int]) -> Iterator[tuple[str, bytes]]:
    """``count`` distinct photo-sized JPEGs (a gradient with a numbered block): (name, bytes)."""
    width = size[0]
    base = Image.merge("RGB", [Image.linear_gradient("L").resize(size)] * 2 + [Image.effect_noise(size, 40)])
    for index in range(count):
        image = base.copy()
        ImageDraw.Draw(image).rectangle((index * 7 % width, 0, index * 7 % width + 40, 40), fill=(index % 256, 0, 0))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=90)
        yield f"recovery-{index:04d}.jpg", out.getvalue()


@dataclass
class Outcome:
    """What one scenario measured (seconds of the monotonic clock)."""

    scenario: str
    images: int
    upload_seconds: float
    done_at_disruption: int
    pending_at_disruption: int
    in_flight_at_disruption: int
    recovery_seconds: float | None  # disruption → every image done; None when some stayed pending
    total_seconds: float | None  # first upload → every image done
    stayed_pending: int
    requeued: int
    analysed_twice: int


# Django is imported inside the functions below: only main() sets up its environment.
def statuses(case) -> dict[str, int]:
    """How many images of ``case`` have each status: {"done": 3, "pending": 2}."""
    from django.db.models import Count

    rows = case.images.values("status").annotate(n=Count("pk")).values_list("status", "n")
    return dict(rows)


def run_scenario(
    name: str, disrupt: Callable[[], None], redis: Redis, args, user, images: list[tuple[str, bytes]]
) -> Outcome:
    """Upload ``images`` into a new case, wait until ``args.disrupt_at`` of them are done, call
    ``disrupt`` and time how long until every image is done (at most ``args.timeout`` seconds)."""
    from django.db.models import Count

    from cases.ingest import receive_upload
    from cases.models import AuditEvent, Case, EvidenceImage, Membership

    case = Case.objects.create(title=name, reference=f"{name}-{uuid.uuid4().hex[:6]}", created_by=user)
    Membership.objects.create(case=case, user=user, role=Membership.Role.OWNER)
    started = time.monotonic()
    for filename, data in images:
        receive_upload(case, user, filename, data)
    uploaded = time.monotonic() - started
    threshold = max(1, int(len(images) * args.disrupt_at))
    wait_for(lambda: statuses(case).get("done", 0) >= threshold, args.timeout, f"{threshold} images done")
    at_disruption, in_flight = statuses(case), redis.in_flight()
    disrupted = time.monotonic()
    disrupt()

    deadline = disrupted + args.timeout
    while statuses(case).get("pending", 0) and time.monotonic() < deadline:
        time.sleep(POLL)
    finished = time.monotonic()
    left = statuses(case).get("pending", 0)
    ids = [str(pk) for pk in case.images.values_list("pk", flat=True)]
    requeued = AuditEvent.objects.filter(
        action=AuditEvent.Action.REANALYSED, target_type=EvidenceImage._meta.label, target_id__in=ids
    ).count()
    twice = case.images.annotate(n=Count("analyses")).filter(n__gt=1).count()
    return Outcome(
        scenario=name,
        images=len(images),
        upload_seconds=uploaded,
        done_at_disruption=at_disruption.get("done", 0),
        pending_at_disruption=at_disruption.get("pending", 0),
        in_flight_at_disruption=in_flight,
        recovery_seconds=None if left else finished - disrupted,
        total_seconds=None if left else finished - started,
        stayed_pending=left,
        requeued=requeued,
        analysed_twice=twice,
    )


@contextlib.contextmanager
def database(kind: str, admin_url: str, folder: Path) -> Iterator[str]:
    """A throwaway database's URL: a new PostgreSQL database (dropped after) or an SQLite file."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'db.sqlite3'}"
        return
    import psycopg

    name = f"imgmeta_recovery_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def report(outcome: Outcome) -> str:
    def seconds(value: float | None) -> str:
        return "never" if value is None else f"{value:.1f} s"

    return (
        f"{outcome.scenario:15} images {outcome.images}, uploaded in {outcome.upload_seconds:.1f} s; "
        f"at the disruption {outcome.done_at_disruption} done, {outcome.pending_at_disruption} pending "
        f"({outcome.in_flight_at_disruption} tasks in flight)\n"
        f"{'':15} all done {seconds(outcome.recovery_seconds)} after the disruption "
        f"({seconds(outcome.total_seconds)} after the first upload); stayed pending: {outcome.stayed_pending}; "
        f"re-queued by the sweep: {outcome.requeued}; analysed more than once: {outcome.analysed_twice}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--images", type=int, default=60)
    parser.add_argument("--size", default="2400x1600", help="pixels of each JPEG, WxH")
    parser.add_argument("--scenario", choices=["worker-kill", "broker-restart"], action="append")
    parser.add_argument("--disrupt-at", type=float, default=0.25, help="fraction of images done before it")
    parser.add_argument("--pending-age", type=int, default=10, help="ANALYSIS_PENDING_AGE, seconds")
    parser.add_argument("--sweep-interval", type=int, default=5, help="ANALYSIS_SWEEP_INTERVAL, seconds")
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes")
    parser.add_argument("--timeout", type=float, default=180, help="seconds to wait for all done, per scenario")
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--postgres", default="postgres://imgmeta:imgmeta@127.0.0.1:5432/postgres")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (worker and redis logs)")
    args = parser.parse_args()
    scenarios = args.scenario or ["worker-kill", "broker-restart"]
    size = tuple(int(side) for side in args.size.split("x"))
    images = list(jpegs(args.images, size))

    folder = Path(tempfile.mkdtemp(prefix="imgmeta-recovery-"))
    redis = Redis(free_port(), folder)
    worker = Worker(args.concurrency, folder / "worker.log")
    try:
        with database(args.database, args.postgres, folder) as url:
            os.environ.update(
                DJANGO_SETTINGS_MODULE="imgmeta_site.settings",
                IMGMETA_VAR_DIR=str(folder),
                DATABASE_URL=url,
                CELERY_BROKER_URL=f"redis://127.0.0.1:{redis.port}/0",
                ANALYSIS_PENDING_AGE=str(args.pending_age),
                ANALYSIS_SWEEP_INTERVAL=str(args.sweep_interval),
                LOG_LEVEL="ERROR",
            )
            import django
            from django.core.management import call_command

            django.setup()
            call_command("migrate", verbosity=0)
            from django.contrib.auth import get_user_model

            user = get_user_model().objects.create_user("bench", password=uuid.uuid4().hex)

            def kill_and_restart_worker() -> None:
                worker.kill()
                worker.start()

            def restart_broker() -> None:
                redis.kill()
                redis.start()

            disruptions = {"worker-kill": kill_and_restart_worker, "broker-restart": restart_broker}
            print(
                f"{args.database}, {args.images} JPEGs of {args.size}, worker -B --concurrency {args.concurrency}, "
                f"ANALYSIS_PENDING_AGE={args.pending_age} s, ANALYSIS_SWEEP_INTERVAL={args.sweep_interval} s"
            )
            for scenario in scenarios:
                redis.start()  # a fresh broker for each scenario
                worker.start()
                try:
                    outcome = run_scenario(scenario, disruptions[scenario], redis, args, user, images)
                finally:
                    worker.stop()
                    redis.kill()
                print(report(outcome), flush=True)
    finally:
        worker.kill()
        redis.kill()
        if args.keep:
            print(f"logs kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
