"""What the bundled `amends` executable runs: the same entry point as the `amends` command."""

import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    # A frozen app that starts worker processes (e.g. for PDFs) must let each child run the
    # worker instead of a second copy of the app; a no-op when no worker is ever started.
    multiprocessing.freeze_support()
    sys.exit(main())
