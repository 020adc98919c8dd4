from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    return ARTICLES
