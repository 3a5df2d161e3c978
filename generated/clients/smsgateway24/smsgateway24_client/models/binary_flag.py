from typing import Literal

BinaryFlag = Literal[0, 1]

BINARY_FLAG_VALUES: set[BinaryFlag] = {
    0,
    1,
}


def check_binary_flag(value: int) -> BinaryFlag:
    if value in BINARY_FLAG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BINARY_FLAG_VALUES!r}")
