"""Small helpers for the files the package writes."""
from __future__ import annotations

import os


def umask() -> int:
    """The process's file-creation mask (read without changing it for good): the mode a new
    file gets is ``0o666 & ~umask()``."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
