"""`python -m services.poller` is `tocsin poller`."""

import sys

from services.cli import main

sys.exit(main(["poller", *sys.argv[1:]]))
