"""Small helpers for the files the package writes."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable


def umask() -> int:
    """The process's file-creation mask (read without changing it for good): the mode a new
    file gets is ``0o666 & ~umask()``."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: str | os.PathLike, write: Callable[[Path], object]) -> None:
    """Let ``write(tmp)`` fill a temporary file in ``path``'s folder, then rename it over
    ``path``: a reader sees the old file or the new one, never half of one, and a failed
    write leaves the old file as it was (the temporary file is removed). The new file gets
    the mode the umask gives, not mkstemp's 0600."""
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", dir=folder)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o666 & ~umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomically(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically (:func:`write_atomically`).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "page.html"
    >>> write_text_atomically(p, "<p>é</p>"); p.read_text(encoding="utf-8")
    '<p>é</p>'
    """
    write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
