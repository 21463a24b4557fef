import sys

from services.cli import main

sys.exit(main(["processor", *sys.argv[1:]]))
