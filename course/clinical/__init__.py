"""Clinical calculators: pure functions with validated input and their source in the docstring.

Bad input raises ``ValueError`` naming the field and the allowed values. The diagnosis
calculators live in :mod:`course.clinical.diagnosis`, the management ones in
:mod:`course.clinical.management`; both are re-exported here.
"""

from .diagnosis import *  # noqa: F403
from .diagnosis import __all__ as _diagnosis_all
from .management import *  # noqa: F403
from .management import __all__ as _management_all

__all__ = [*_diagnosis_all, *_management_all]
