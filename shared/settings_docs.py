"""Render every service's settings model as the Markdown table in docs/configuration.md (kept in step by a test)."""

from __future__ import annotations

from pydantic_settings import BaseSettings

from shared.settings import ENV_PREFIX, CommonSettings


def env_name(name: str, alias: object) -> str:
    return alias if isinstance(alias, str) else f"{ENV_PREFIX}{name.upper()}"


def settings_table(model: type[BaseSettings], skip: set[str] | None = None) -> str:
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, field in model.model_fields.items():
        if skip and name in skip:
            continue
        description = (field.description or "").split(":", 1)[-1].strip()
        default = "" if field.default is None else f"`{field.default}`"
        rows.append(f"| `{env_name(name, field.validation_alias)}` | {default} | {description} |")
    return "\n".join(rows)


def render() -> str:
    from services.alerter.settings import AlerterSettings
    from services.poller.settings import PollerSettings
    from services.processor.settings import ProcessorSettings

    common = set(CommonSettings.model_fields)
    sections = [
        "# Configuration\n",
        "Every service reads one frozen settings model from the environment at start and refuses to start on an "
        "invalid value. Any variable can instead be given as `<VARIABLE>_FILE=/path` (a file holding the value, "
        "for secrets). This page is generated from the models (`python -m shared.settings_docs`); a test keeps it "
        "in step.\n",
        "## Common to every service\n",
        settings_table(CommonSettings),
        "\nThe ops port defaults to 9101 (poller), 9102 (processor) and 9103 (alerter).\n",
    ]
    for title, model in (
        ("Poller (`tocsin poller`)", PollerSettings),
        ("Processor (`tocsin processor`)", ProcessorSettings),
        ("Alerter (`tocsin alerter`, `tocsin subscribe`)", AlerterSettings),
    ):
        sections += [f"## {title}\n", settings_table(model, skip=common), ""]
    return "\n".join(sections).rstrip() + "\n"


if __name__ == "__main__":
    print(render(), end="")
