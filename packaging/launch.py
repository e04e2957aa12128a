"""Entry point of the frozen app: the same ``clausewise`` command as the installed one."""

import sys

from clausewise.cli import main

if __name__ == "__main__":
    sys.exit(main())
