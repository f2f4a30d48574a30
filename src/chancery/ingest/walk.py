"""Walking an input folder: which entries are read, which are refused.

Files are yielded depth first, sorted by name, hidden entries skipped, only those with a wanted
extension.  A FIFO, device or socket with a wanted extension is refused (never opened).  A
symbolic link is followed when its target lies inside the folder (a link to a folder inside it
is skipped: that folder is walked anyway); a link out of the folder is refused unless the walk
follows links, and then each folder is walked once however many links lead to it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from .warc import is_archive

from ..errors import InputError, NotRegularFileError, SymlinkRefusedError

__all__ = ["FolderWalk", "file_kind", "mode_kind", "walk"]


class FolderWalk:
    """What a folder walk needs: the folder's real path, the extensions, the link policy."""

    def __init__(self, folder: str, extensions: set[str], follow: bool) -> None:
        self.root = os.path.realpath(folder)
        self.extensions = extensions
        self.follow = follow
        self.seen = {self.root}  # real paths of the folders walked (links can make loops)

    def wanted(self, name: str) -> bool:
        return Path(name).suffix.lower() in self.extensions or is_archive(name)

    def inside(self, target: str) -> bool:
        return target == self.root or target.startswith(self.root.rstrip(os.sep) + os.sep)


def walk(folder: str, policy: FolderWalk) -> Iterator[str | InputError]:
    """Non-hidden files under ``folder`` with a wanted extension, depth first, sorted by name;
    refused entries (links out of the folder, FIFOs and devices) as errors in their place."""
    with os.scandir(folder) as it:
        entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    for entry in entries:
        if entry.is_symlink():
            yield from _link(entry.path, policy)
        elif entry.is_dir(follow_symlinks=False):
            yield from walk(entry.path, policy)
        elif policy.wanted(entry.name):
            if entry.is_file(follow_symlinks=False):
                yield entry.path
            else:
                yield NotRegularFileError(entry.path, f"not a regular file: {file_kind(entry.path)}")


_FOLLOW_HINT = "(--follow-symlinks reads it)"


def _link(path: str, policy: FolderWalk) -> Iterator[str | InputError]:
    target = os.path.realpath(path)
    if os.path.isdir(target):
        if policy.inside(target) or target in policy.seen:
            return  # walked anyway, or a loop
        if not policy.follow:
            yield SymlinkRefusedError(path, f"a link to the folder {target}, outside the input folder; not followed"
                                      f" {_FOLLOW_HINT}")
            return
        policy.seen.add(target)
        yield from walk(path, policy)
        return
    if not policy.wanted(path):
        return
    if not os.path.exists(target):
        yield InputError(path, f"a broken symbolic link (to {target})")
    elif not policy.inside(target) and not policy.follow:
        yield SymlinkRefusedError(path, f"a link to {target}, outside the input folder; not followed {_FOLLOW_HINT}")
    else:
        yield path


def file_kind(path: str) -> str:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "unreadable"
    return mode_kind(mode)


def mode_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "an unknown kind"
