"""`tocsin demo-feeds`: serve the bundled sample feeds (services/demo/feeds/*.xml) over HTTP for `make run`.

Answers conditional GETs (ETag / If-None-Match) like a well-behaved news site, so the demo exercises 304s too.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from aiohttp import web

FEEDS_DIR = Path(__file__).parent / "feeds"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--dir", type=Path, default=FEEDS_DIR, help="folder of feed files to serve")


def make_app(feeds_dir: Path) -> web.Application:
    async def feed(request: web.Request) -> web.StreamResponse:
        path = (feeds_dir / request.match_info["name"]).resolve()
        if path.parent != feeds_dir.resolve() or not path.is_file():
            raise web.HTTPNotFound(text="no such feed\n")
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, content_type="application/rss+xml", charset="utf-8", headers={"ETag": etag})

    app = web.Application()
    app.router.add_get("/feeds/{name}", feed)
    return app


def run(args: argparse.Namespace) -> int:
    names = sorted(p.name for p in args.dir.glob("*.xml"))
    print(f"demo-feeds: serving {', '.join(names)} on http://{args.host}:{args.port}/feeds/", flush=True)
    web.run_app(make_app(args.dir), host=args.host, port=args.port, print=None)
    return 0
