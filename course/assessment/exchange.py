"""A stricter nbgrader collect for an exchange shared by many Unix accounts (the course's hub).

Every student can write into ``inbound/``. nbgrader's own collect only *warns* when a submission
named after one student is owned by another, and copies symbolic links as the files they point
to, read with the instructor's rights. :class:`OwnedCollect` refuses both. It needs one Unix
account per student, named as the student id (it is not for a single-account course).
"""

import os
import pwd
import shutil
import stat
import tempfile
from datetime import UTC, datetime, timedelta

from nbgrader.exchange.default.collect import ExchangeCollect

STAMP = "%Y-%m-%d %H:%M:%S.%f UTC"  # nbgrader's time stamps
SLACK = timedelta(minutes=2)  # from `nbgrader submit`'s time stamp to its last change


def _last_change(folder: str) -> datetime:
    """When ``folder`` or anything in it last changed (``ctime``: no user can set it), in UTC."""
    times = [os.lstat(folder).st_ctime] + [
        os.lstat(os.path.join(parent, name)).st_ctime
        for parent, dirs, files in os.walk(folder)
        for name in dirs + files
    ]
    return datetime.fromtimestamp(max(times), UTC).replace(tzinfo=None)


def _unsafe(path: str) -> bool:
    """True for anything but a plain folder or file (a symbolic link, a pipe, a device)."""
    mode = os.lstat(path).st_mode
    return not (stat.S_ISDIR(mode) or stat.S_ISREG(mode))


class OwnedCollect(ExchangeCollect):
    """nbgrader's collect that takes a submission only from the account it is named after.

    ``inbound/<student>+<assignment>+<time>+…`` counts only when it is a real folder (not a
    link) owned by the account ``<student>``: another student's forgery, even with a later time,
    is logged and skipped, and the student's own latest submission is collected. Symbolic links
    and special files inside a submission are logged and left out. The time stamp (folder name,
    ``timestamp.txt``) is the student's own text: a submission changed more than ``SLACK`` after
    it gets the time of its last change instead, so it cannot be dated back or edited after the
    deadline.
    """

    _restamped: dict[str, datetime] = {}

    def _path_to_record(self, path: str) -> dict:
        record = super()._path_to_record(path)
        info = os.lstat(path)
        try:
            owner = pwd.getpwuid(info.st_uid).pw_name
        except KeyError:
            owner = None
        record["owned"] = stat.S_ISDIR(info.st_mode) and owner == record["username"]
        changed = _last_change(path) if record["owned"] else None
        if changed and changed > record["timestamp"] + SLACK:
            record["timestamp"], record["restamped"] = changed, True
        return record

    def _sort_by_timestamp(self, records: list[dict]) -> list[dict]:
        return sorted(records, key=lambda r: (r["owned"], r["timestamp"]), reverse=True)

    def copy_files(self) -> None:
        for record in self.src_records:
            if not record["owned"]:
                self.log.error(
                    "%s is not a folder owned by %s: not collected (cheating attempt?)",
                    os.path.join(self.inbound_path, record["filename"]),
                    record["username"],
                )
        self.src_records = [r for r in self.src_records if r["owned"]]
        self._restamped = {
            os.path.join(self.inbound_path, r["filename"]): r["timestamp"]
            for r in self.src_records
            if r.get("restamped")
        }
        super().copy_files()

    def do_copy(self, src: str, dest: str, log=None) -> None:
        self._copy_plain(src, dest, log)
        if src in self._restamped:
            when = self._restamped[src].strftime(STAMP)
            self.log.warning("%s changed after its time stamp: collected as made at %s", src, when)
            with open(os.path.join(dest, "timestamp.txt"), "w") as handle:
                handle.write(when)

    def _copy_plain(self, src: str, dest: str, log=None) -> None:
        """nbgrader's copy, without links or special files."""
        unsafe = [
            os.path.join(folder, name)
            for folder, dirs, files in os.walk(src)
            for name in dirs + files
            if _unsafe(os.path.join(folder, name))
        ]
        if not unsafe:
            super().do_copy(src, dest, log)
            return
        self.log.error("%s: links and special files not collected: %s", src, unsafe)
        with tempfile.TemporaryDirectory() as tmp:
            clean = os.path.join(tmp, "submission")
            shutil.copytree(
                src,
                clean,
                ignore=lambda d, names: [n for n in names if _unsafe(os.path.join(d, n))],
            )
            super().do_copy(clean, dest, log)
