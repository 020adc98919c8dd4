from django.urls import path

from parkbridge.b2b import run_pages, views

app_name = "b2b"

urlpatterns = [
    path("agenda/<str:key>/", views.agenda, name="agenda"),
    path("agenda/<str:key>/agenda.pdf", views.agenda_as_pdf, name="agenda-pdf"),
    path("agenda/<str:key>/agenda.ics", views.agenda_as_ical, name="agenda-ics"),
    path("programmes/<int:programme_id>/tables/", views.table_plan, name="table-plan"),
    path(
        "programmes/<int:programme_id>/tables/<int:slot_id>/",
        views.table_plan,
        name="table-plan-slot",
    ),
    path("programmes/<int:programme_id>/runs/", run_pages.programme_runs, name="runs"),
    path("runs/<int:run_id>/", run_pages.run_progress, name="run-progress"),
]
