import sys

from services.cli import main

sys.exit(main(["alerter", *sys.argv[1:]]))
