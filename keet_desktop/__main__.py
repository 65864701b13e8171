"""``python -m keet_desktop`` opens the GUI."""

import sys

from keet_desktop.ui.app import main

sys.exit(main())
