"""The `tocsin` command: one subcommand per service or batch job, each in its own module.

A subcommand module provides `add_arguments(parser)` and `run(args) -> int`. Modules are imported only when their
subcommand runs, so `tocsin analyze` does not pay for importing faust.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS: dict[str, tuple[str, str]] = {
    "poller": ("services.poller.main", "run the feed poller service"),
    "processor": ("services.processor.main", "run the stream processor (dedup + tagger) worker"),
    "alerter": ("services.alerter.main", "run the alerter service"),
    "subscribe": ("services.alerter.subscribe", "print alerts live; --replay N shows the last N first"),
    "analyze": ("services.processor.tagging.batch", "tag JSON Lines articles (batch mode of the tagger)"),
    "dedup": (
        "services.processor.dedup.batch",
        "find duplicates in JSON Lines articles (batch mode of dedup)",
    ),
    "parse-feed": (
        "services.poller.parse_feed",
        "fetch/parse/normalise one feed file or URL; RawArticle lines out",
    ),
    "feeds": ("services.poller.registry_cli", "manage the feed registry (add, remove, list, opml, status)"),
    "demo-feeds": ("services.demo.feed_server", "serve the bundled sample feeds over HTTP"),
    "contracts": ("services.contracts_cli", "check every topic's schema and examples"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in COMMANDS:
        width = max(map(len, COMMANDS))
        lines = [f"  {name.ljust(width)}  {help_}" for name, (_, help_) in COMMANDS.items()]
        print("usage: tocsin COMMAND [options]\n\ncommands:\n" + "\n".join(lines))
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    name, rest = argv[0], argv[1:]
    module = importlib.import_module(COMMANDS[name][0])
    parser = argparse.ArgumentParser(prog=f"tocsin {name}", description=COMMANDS[name][1])
    module.add_arguments(parser)
    args = parser.parse_args(rest)
    result: int = module.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
