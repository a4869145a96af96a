"""The shared input checks: each accepts a valid value and refuses a bad one, naming the field
and what is allowed."""

import math

import numpy as np
import pytest

from course.validate import choice, flag, flags, number, whole


def test_number_accepts_the_interval_and_returns_a_float():
    assert number("age", 120, 0, 120, above=True) == 120.0
    assert isinstance(number("age", np.int64(40), 0, 120), float)
    assert number("k1", 0, 0) == 0.0


@pytest.mark.parametrize(
    ("value", "low", "high", "above", "message"),
    [
        (0, 0, 120, True, r"age must be in \(0, 120\], got 0"),
        (121, 0, 120, False, r"age must be in \[0, 120\], got 121"),
        (-1, 0, math.inf, False, "age must be at least 0, got -1"),
        (0, 0, math.inf, True, "age must be greater than 0, got 0"),
        (5, -math.inf, 4, False, "age must be at most 4, got 5"),
        (math.nan, 0, 1, False, "age must be a finite number, got nan"),
        (math.inf, 0, math.inf, False, "age must be a finite number, got inf"),
        (True, 0, 1, False, "age must be a finite number, got True"),
        ("40", 0, 120, False, "age must be a finite number, got '40'"),
    ],
)
def test_number_refuses_naming_field_and_range(value, low, high, above, message):
    with pytest.raises(ValueError, match=f"^{message}$"):
        number("age", value, low, high, above=above)


def test_whole_number():
    assert whole("prior_systemic_lines", 2) == 2
    for bad in (-1, 1.0, True, "2"):
        with pytest.raises(
            ValueError, match="prior_systemic_lines must be a whole number, at least 0"
        ):
            whole("prior_systemic_lines", bad)


def test_choice_lists_every_allowed_value():
    assert choice("sex", "male", ("female", "male")) == "male"
    with pytest.raises(ValueError, match=r"^sex must be one of \['female', 'male'\], got 'F'$"):
        choice("sex", "F", ("female", "male"))
    with pytest.raises(ValueError, match=r"labs must be one of \['normal', 'abnormal'\], got 1"):
        choice("labs", 1, {"normal": 0, "abnormal": 1})  # a mapping offers its keys


def test_flags_refuse_anything_but_a_bool():
    assert flag("symptomatic", False) is False
    for bad in (1, 0, "yes", None):
        with pytest.raises(ValueError, match=f"^pregnant must be True or False, got {bad!r}$"):
            flags(symptomatic=True, pregnant=bad)
