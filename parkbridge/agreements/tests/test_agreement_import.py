import pytest

from parkbridge.agreements.imports import AgreementImporter
from parkbridge.agreements.models import Agreement
from parkbridge.core.imports import ImportRejected


def test_agreements_import_with_parties_named_by_id_or_name(
    db, make_organisation, make_site, tmp_path
):
    make_organisation(name_en="Roscongress Foundation", external_id="rcf")
    make_organisation(name_en="Harbin Expo Office")
    make_site(slug="by-ip-great-stone")
    path = tmp_path / "agreements.csv"
    path.write_text(
        "id,title,status,parties,site,signed_on,value,currency\n"
        "a1,Park cooperation,signed,rcf;Harbin Expo Office,by-ip-great-stone,2024-06-01,1000000,USD\n",
        encoding="utf-8",
    )
    AgreementImporter().run(path)
    AgreementImporter().run(path)
    agreement = Agreement.objects.get()
    assert agreement.parties.count() == 2
    assert agreement.site.slug == "by-ip-great-stone"


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("a1,X,signed,Nobody,,2024-06-01,,\n", "parties"),
        ("a1,X,signed,,no-such-site,2024-06-01,,\n", "site"),
        ("a1,X,signed,,,June 2024,,\n", "signed_on"),
        ("a1,X,signed,,,2024-06-01,100,\n", "currency"),
        ("a1,X,approved,,,2024-06-01,,\n", "status"),
    ],
)
def test_a_bad_agreement_row_is_refused_naming_its_field(db, tmp_path, row, field):
    path = tmp_path / "agreements.csv"
    path.write_text(
        "id,title,status,parties,site,signed_on,value,currency\n" + row, encoding="utf-8"
    )
    with pytest.raises(ImportRejected) as caught:
        AgreementImporter().run(path)
    assert [(e.line, e.field) for e in caught.value.errors] == [(2, field)]
    assert not Agreement.objects.exists()
