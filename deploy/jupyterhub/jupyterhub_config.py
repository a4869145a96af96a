"""JupyterHub for the bone metastases course on one machine (see assessments/README.md).

Real Unix accounts (PAM login, JupyterHub's default), each user's JupyterLab started under
their own account by the LocalProcessSpawner, and nbgrader's file exchange in a shared folder.
Run it as root from the environment that holds the course (``requirements.txt``, ``jupyterhub``,
``pip install -e .``) and ``configurable-http-proxy`` on ``PATH``::

    COURSE_HUB_INSTRUCTORS=instructor COURSE_HUB_STUDENTS=ana,ben,chloe \\
        .venv/bin/jupyterhub -f deploy/jupyterhub/jupyterhub_config.py

Settings (environment variables):

- ``COURSE_HUB_INSTRUCTORS``, ``COURSE_HUB_STUDENTS``: comma-separated account names; nobody
  else may log in. Instructors get formgrader; students get only the assignment list.
- ``NBGRADER_EXCHANGE``: the exchange folder (default ``/srv/nbgrader/exchange``). At start the
  hub (as root) gives it mode 1777 (writable by all, as nbgrader expects, plus the sticky bit:
  nobody may rename or delete what another account made there) and makes the course's folder in
  it, owned by the first instructor, before any student can claim that name.
- ``COURSE_HUB_COURSE_ROOT``: an instructor's course folder, a copy of ``assessments/`` inside
  that instructor's home (default ``/home/{username}/bone-metastases``).
- ``COURSE_HUB_BIND_URL``: where the hub listens (default: JupyterHub's own, port 8000 on all
  interfaces); put TLS in front of it (``c.JupyterHub.ssl_cert``/``ssl_key`` or a proxy).
"""

import os
import pwd
import stat
import sys

from traitlets.config.loader import PyFileConfigLoader

c = get_config()  # noqa: F821  (injected by traitlets)

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.dirname(sys.executable)  # the course environment (jupyterhub-singleuser, nbgrader)
COMMON_CONFIG = os.path.join(HERE, "config")  # nbgrader_config.py: course id and exchange
STUDENT_CONFIG = os.path.join(HERE, "config-student")  # no formgrader, no course list
EXCHANGE = os.environ.get("NBGRADER_EXCHANGE", "/srv/nbgrader/exchange")
COURSE_ROOT = os.environ.get("COURSE_HUB_COURSE_ROOT", "/home/{username}/bone-metastases")


def accounts(variable: str) -> set[str]:
    """The account names listed, comma-separated, in the environment variable ``variable``."""
    return {name.strip() for name in os.environ.get(variable, "").split(",") if name.strip()}


INSTRUCTORS = accounts("COURSE_HUB_INSTRUCTORS")
STUDENTS = accounts("COURSE_HUB_STUDENTS")
if not INSTRUCTORS or not STUDENTS or INSTRUCTORS & STUDENTS:
    raise ValueError(
        "COURSE_HUB_INSTRUCTORS and COURSE_HUB_STUDENTS must each list at least one account "
        f"(comma-separated) and share none; got {sorted(INSTRUCTORS)} and {sorted(STUDENTS)}"
    )


def prepare_exchange(root: str, course_id: str, owner: str) -> None:
    """Make ``root`` mode 1777 and ``root/course_id`` a folder of ``owner``'s (mode 755).

    Without the sticky bit any student may rename the course's folder and put their own in its
    place (a released assignment of theirs, everyone's submissions in their hands). A course
    folder that already exists must be a real folder owned by an instructor.
    """
    os.makedirs(root, exist_ok=True)
    os.chmod(root, 0o1777)
    course = os.path.join(root, course_id)
    if not os.path.lexists(course):
        os.mkdir(course)
        os.chmod(course, 0o755)
        user = pwd.getpwnam(owner)
        os.chown(course, user.pw_uid, user.pw_gid)
    info = os.lstat(course)
    if not stat.S_ISDIR(info.st_mode) or pwd.getpwuid(info.st_uid).pw_name not in INSTRUCTORS:
        raise ValueError(
            f"{course} must be a folder owned by an instructor ({sorted(INSTRUCTORS)}); "
            "move it away (a student may have made it) and start the hub again"
        )


COURSE_ID = PyFileConfigLoader("nbgrader_config.py", path=COMMON_CONFIG).load_config()[
    "CourseDirectory"
]["course_id"]
prepare_exchange(EXCHANGE, COURSE_ID, min(INSTRUCTORS))

if os.environ.get("COURSE_HUB_BIND_URL"):
    c.JupyterHub.bind_url = os.environ["COURSE_HUB_BIND_URL"]

# Who may log in: Unix passwords (PAM) of the listed accounts only.
c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_users = INSTRUCTORS | STUDENTS

# Each user's JupyterLab runs under their own account, from the course environment.
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [os.path.join(BIN, "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
# nbgrader runs `alembic` from PATH; autograde's sandbox needs bwrap and prlimit (/usr/bin).
c.Spawner.environment = {
    "PATH": os.pathsep.join([BIN, "/usr/local/bin", "/usr/bin", "/bin"]),
    "NBGRADER_EXCHANGE": EXCHANGE,
}


def by_role(spawner) -> None:
    """Give an instructor formgrader and the course folder, a student only the assignment list.

    Students' servers read ``config-student`` first, which disables the formgrader and course
    list server extensions and hides the formgrader, course list and create-assignment panels.
    This only tidies the student's screen: what keeps the course safe is that the course
    folder (sources, keys, gradebook) lives in the instructor's private home.
    """
    name = spawner.user.name
    if name in INSTRUCTORS:
        role = {
            "JUPYTER_CONFIG_PATH": COMMON_CONFIG,
            "NBGRADER_COURSE_ROOT": COURSE_ROOT.format(username=name),
        }
    elif name in STUDENTS:
        role = {"JUPYTER_CONFIG_PATH": os.pathsep.join([STUDENT_CONFIG, COMMON_CONFIG])}
    else:
        raise ValueError(f"{name!r} is in neither COURSE_HUB_INSTRUCTORS nor COURSE_HUB_STUDENTS")
    spawner.environment = {**spawner.environment, **role}


c.Spawner.pre_spawn_hook = by_role
