from typing import Literal

Gender = Literal[1, 2]

GENDER_VALUES: set[Gender] = {
    1,
    2,
}


def check_gender(value: int) -> Gender:
    if value in GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENDER_VALUES!r}")
