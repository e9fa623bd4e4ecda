"""Small helpers for the files the package writes."""
from __future__ import annotations

import os


def umask() -> int:
    """The process's file-creation mask (read without changing it for good): the mode a new
    file gets is ``0o666 & ~umask()``."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text_atomically(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder renamed
    over it: a reader sees the old file or the new one, never half of one, and a failed
    write leaves the old file as it was. The new file gets the mode the umask gives.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "page.html"
    >>> write_text_atomically(p, "<p>é</p>"); p.read_text(encoding="utf-8")
    '<p>é</p>'
    """
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o666 & ~umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
