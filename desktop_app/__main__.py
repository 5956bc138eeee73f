"""`python -m desktop_app` runs the same entry point as the `amends` command."""

import sys

from desktop_app.cli import main

sys.exit(main())
