"""`tocsin poller`: run the feed poller until SIGTERM/SIGINT."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from pydantic import ValidationError

from services.poller.service import PollerService
from services.poller.settings import PollerSettings
from shared.kafka import DependencyUnavailable
from shared.logs import setup_logging

log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--feeds-file", help="TOML file of [[feeds]] to register at start (overrides TOCSIN_POLLER_FEEDS_FILE)"
    )


async def _serve(service: PollerService) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, service.stop)
    await service.run()


def run(args: argparse.Namespace) -> int:
    try:
        overrides = {"feeds_file": args.feeds_file} if getattr(args, "feeds_file", None) else {}
        settings = PollerSettings(**overrides)
    except ValidationError as exc:
        print(f"poller: invalid settings: {exc}", file=sys.stderr)
        return 2
    setup_logging("poller", settings.log_level)
    try:
        asyncio.run(_serve(PollerService(settings)))
    except DependencyUnavailable as exc:
        print(f"poller: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:  # feeds file unreadable or invalid, ops port taken
        print(f"poller: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0
