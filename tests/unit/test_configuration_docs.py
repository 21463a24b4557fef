"""docs/configuration.md lists exactly the variables the settings models read."""

from pathlib import Path

from shared.settings_docs import render

DOC = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


def test_configuration_doc_is_generated_from_the_settings_models() -> None:
    assert DOC.read_text() == render(), "run: .venv/bin/python -m shared.settings_docs > docs/configuration.md"
