"""`tocsin processor`: run one processor worker (dedup + tagger agents). Several workers share the partitions."""

from __future__ import annotations

import argparse
import logging.config
import os
import sys

from services.processor.settings import ProcessorSettings
from shared.kafka import DependencyUnavailable
from shared.settings import Topics


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = "Configuration comes from TOCSIN_* environment variables (see docs/configuration.md)."


def _logging_config(level: str) -> dict[str, object]:
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "shared.logs.JsonFormatter", "service": "processor"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "root": {"handlers": ["stderr"], "level": level.upper()},
        "loggers": {name: {"level": "WARNING"} for name in ("aiokafka", "faust", "mode")},
    }


def run(args: argparse.Namespace) -> int:
    import asyncio

    import faust

    from services.processor.app import create_app
    from services.processor.tagging import default_tagger, freeze_loaded_data
    from shared.kafka import ensure_topics

    settings = ProcessorSettings()
    try:
        asyncio.run(
            ensure_topics(settings.kafka_bootstrap, Topics(settings.topic_prefix).pipeline(), settings.partitions)
        )
    except DependencyUnavailable as exc:
        print(f"processor: {exc}", file=sys.stderr)
        return 1
    os.makedirs(settings.data_dir, exist_ok=True)
    # Load the gazetteer now: loading it on the first message would block the event loop for seconds, long
    # enough to miss consumer-group heartbeats.
    default_tagger()
    freeze_loaded_data()
    app = create_app(settings)
    worker = faust.Worker(app, loglevel=settings.log_level, logging_config=_logging_config(settings.log_level))
    logging.config.dictConfig(_logging_config(settings.log_level))
    worker.execute_from_commandline()  # handles SIGTERM/SIGINT: stops agents, commits offsets, flushes the producer
    return worker.exitcode or 0
