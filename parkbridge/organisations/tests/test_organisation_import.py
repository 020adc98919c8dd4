import pytest

from parkbridge.core.imports import ImportRejected
from parkbridge.organisations.imports import OrganisationImporter
from parkbridge.organisations.models import Organisation


def test_organisations_import_and_reimport_without_duplicates(db, tmp_path):
    path = tmp_path / "orgs.csv"
    path.write_text(
        "id,name_en,name_ru,kind,country,sectors\n"
        "rcf,Roscongress Foundation,Фонд Росконгресс,fund,RU,events\n"
        ",Harbin Expo Office,,agency,CN,\n",
        encoding="utf-8",
    )
    OrganisationImporter().run(path)
    report = OrganisationImporter().run(path)
    assert (report.created, report.updated) == (0, 2)
    assert Organisation.objects.count() == 2
    assert (
        Organisation.objects.get(external_id="rcf").sectors.get().code == "business_services"
    )  # "events" is a synonym


def test_an_organisation_with_a_bad_country_is_refused_with_its_line(db, tmp_path):
    path = tmp_path / "orgs.csv"
    path.write_text("name_en,country\nA,RU\nB,Russia\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match=r"line 3, field 'country'"):
        OrganisationImporter().run(path)
    assert not Organisation.objects.exists()
