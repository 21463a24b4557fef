"""`tocsin contracts`: list the topic contracts and check their schemas and examples."""

from __future__ import annotations

import argparse

from shared.contracts.registry import check, load_contracts


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["list", "check"], nargs="?", default="check")


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        for contract in load_contracts():
            versions = ",".join(f"v{v}" for v in contract.versions)
            print(
                f"{contract.topic:22} {versions:6} key={contract.key:14} {contract.message.__name__:16} "
                f"producers={'; '.join(contract.producers)} consumers={'; '.join(contract.consumers)}"
            )
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    print(f"contracts: {len(load_contracts())} topics, {len(problems)} problem(s)")
    return 1 if problems else 0
