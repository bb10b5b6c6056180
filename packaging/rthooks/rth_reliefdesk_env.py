"""PyInstaller runtime hook: give external programs the user's environment, not the bundle's.

The bootloader points ``LD_LIBRARY_PATH`` at the bundle's ``_internal`` folder (keeping the
user's value in ``LD_LIBRARY_PATH_ORIG``). Every program ReliefDesk starts would inherit it: the
system's LibreOffice (``soffice``, used for DOCX -> PDF) would then load the bundle's copies of
libstdc++, freetype, glib, libcrypto... and can fail on a distribution newer than the build
machine. ReliefDesk itself does not need the variable after start-up (the dynamic loader read it
when the process started; bundled libraries are found through their own paths), so restore the
user's value here, before any application code runs.
"""

import os
import sys

if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "sunos")):
    _orig = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if _orig is not None:
        os.environ["LD_LIBRARY_PATH"] = _orig
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
