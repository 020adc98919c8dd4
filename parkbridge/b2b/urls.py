from django.urls import path

from parkbridge.b2b import console, pages, run_pages, views

app_name = "b2b"

urlpatterns = [
    path("", pages.index, name="index"),
    # Participants
    path("programmes/<int:programme_id>/", pages.programme_home, name="programme"),
    path("programmes/<int:programme_id>/register/", pages.register, name="register"),
    path("programmes/<int:programme_id>/profile/", pages.profile, name="profile"),
    path("programmes/<int:programme_id>/catalogue/", pages.catalogue_page, name="catalogue"),
    path(
        "programmes/<int:programme_id>/catalogue/<int:participant_id>/request/",
        pages.request_meeting,
        name="request-meeting",
    ),
    path("programmes/<int:programme_id>/requests/", pages.my_requests, name="my-requests"),
    path("programmes/<int:programme_id>/my-agenda/", pages.my_agenda, name="my-agenda"),
    path("requests/<int:request_id>/feedback/", pages.feedback, name="feedback"),
    path("requests/<int:request_id>/<str:action>/", pages.request_action, name="request-action"),
    # Agendas by secret key (calendar subscriptions, printed links)
    path("agenda/<str:key>/", views.agenda, name="agenda"),
    path("agenda/<str:key>/agenda.pdf", views.agenda_as_pdf, name="agenda-pdf"),
    path("agenda/<str:key>/agenda.ics", views.agenda_as_ical, name="agenda-ics"),
    # Organisers
    path("programmes/<int:programme_id>/console/", console.console, name="console"),
    path(
        "programmes/<int:programme_id>/console/participants/",
        console.participants,
        name="console-participants",
    ),
    path(
        "programmes/<int:programme_id>/console/participants/<int:participant_id>/<str:action>/",
        console.participant_action,
        name="console-participant-action",
    ),
    path("programmes/<int:programme_id>/console/slots/", console.slots, name="console-slots"),
    path(
        "programmes/<int:programme_id>/console/schedule/",
        console.schedule,
        name="console-schedule",
    ),
    path("programmes/<int:programme_id>/console/day/", console.day, name="console-day"),
    path(
        "programmes/<int:programme_id>/console/interpreters/",
        console.interpreters,
        name="console-interpreters",
    ),
    path(
        "programmes/<int:programme_id>/console/funnel/",
        console.funnel_page,
        name="console-funnel",
    ),
    path("runs/<int:run_id>/compare/", console.compare, name="compare"),
    path("programmes/<int:programme_id>/tables/", views.table_plan, name="table-plan"),
    path(
        "programmes/<int:programme_id>/tables/<int:slot_id>/",
        views.table_plan,
        name="table-plan-slot",
    ),
    path("programmes/<int:programme_id>/runs/", run_pages.programme_runs, name="runs"),
    path("runs/<int:run_id>/", run_pages.run_progress, name="run-progress"),
]
