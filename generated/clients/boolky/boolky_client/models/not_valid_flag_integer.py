from typing import Literal

NotValidFlagInteger = Literal[0, 1]

NOT_VALID_FLAG_INTEGER_VALUES: set[NotValidFlagInteger] = {
    0,
    1,
}


def check_not_valid_flag_integer(value: int) -> NotValidFlagInteger:
    if value in NOT_VALID_FLAG_INTEGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOT_VALID_FLAG_INTEGER_VALUES!r}")
