from typing import Literal

NoGroup = Literal["none"]

NO_GROUP_VALUES: set[NoGroup] = {
    "none",
}


def check_no_group(value: str) -> NoGroup:
    if value in NO_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NO_GROUP_VALUES!r}")
