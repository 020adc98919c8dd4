"""B2B matchmaking from the shell: demo programmes and request expiry."""

from __future__ import annotations

import click

from parkbridge.cli.django_env import setup_django


@click.command(name="b2b-demo")
@click.option("--event", "event_id", type=click.IntRange(1), default=None,
              help="Event id; default: a bundled forum.")  # fmt: skip
@click.option("--participants", default=40, show_default=True, type=click.IntRange(2, 20000))
@click.option("--seed", default=7, show_default=True, type=int)
@click.option("--time-limit", default=5.0, show_default=True, type=click.FloatRange(0.1, 3600))
@click.option("--base-url", default="http://127.0.0.1:8000", show_default=True,
              help="Where `parkbridge serve` answers, for the printed links.")  # fmt: skip
def b2b_demo(
    event_id: int | None, participants: int, seed: int, time_limit: float, base_url: str
) -> None:
    """Create a B2B programme with generated participants, schedule and publish it."""
    setup_django()
    from parkbridge.b2b.demo import create_demo_programme
    from parkbridge.cli.server import prepare_database
    from parkbridge.events.models import Event

    prepare_database()
    event = None
    if event_id is not None:
        event = Event.objects.filter(pk=event_id).first()
        if event is None:
            raise click.BadParameter(f"no event with id {event_id}", param_hint="--event")
    programme = create_demo_programme(
        event=event, participants=participants, seed=seed, time_limit=time_limit
    )
    click.echo(f"programme {programme.pk} for {programme.event}")
    version = programme.runs.filter(published=True).order_by("-pk").first()
    if version is not None:
        click.echo(
            f"published version: weight={version.weight} meetings={version.meetings.count()}"
        )
    click.echo("")
    for line in next_steps(programme, base_url):
        click.echo(line)


def next_steps(programme, base_url: str) -> list[str]:
    """The pages to open once the demo exists, and what to do there."""
    from django.urls import reverse

    base = base_url.rstrip("/")
    lines = [
        "Start the server (`make run`, or `parkbridge serve`), then open:",
        f"  the event page:   {base}{reverse('web:event', args=[programme.event_id])}",
        f"  the B2B programme (participants register, search, request): "
        f"{base}{reverse('b2b:programme', args=[programme.pk])}",
    ]
    participant = programme.participants.order_by("pk").first()
    if participant is not None:
        key = participant.agenda_key
        lines += [
            f"  an agenda:        {base}{reverse('b2b:agenda', args=[key])}  ({participant})",
            f"  the same as PDF:  {base}{reverse('b2b:agenda-pdf', args=[key])}",
        ]
    lines += [
        "Organisers (staff) sign in first, then open:",
        f"  organiser console: {base}{reverse('b2b:console', args=[programme.pk])}",
        f"  on the day:       {base}{reverse('b2b:console-day', args=[programme.pk])}",
        f"  scheduling runs:  {base}{reverse('b2b:runs', args=[programme.pk])}",
        f"  table plan:       {base}{reverse('b2b:table-plan', args=[programme.pk])}",
        "Next: in the console, run the scheduler, compare with the published version and",
        "publish; on the day, mark no-shows and place walk-ins. Each participant's",
        "agenda link is private to them (send it by e-mail; it opens without signing in).",
    ]
    return lines


@click.command(name="b2b-expire")
def b2b_expire() -> None:
    """Expire meeting requests left unanswered past their deadline, and fail scheduling runs
    whose worker stopped (a systemd timer runs it every 5 minutes; `parkbridge worker` does
    the same in a thread)."""
    setup_django()
    from parkbridge.b2b.housekeeping import housekeep

    done = housekeep()
    click.echo(f"{done.expired_requests} request(s) expired")
    click.echo(f"{done.failed_runs} stalled run(s) marked failed")


commands: list[click.Command] = [b2b_demo, b2b_expire]
