from typing import Literal

NotValidFlagType1 = Literal[0, 1]

NOT_VALID_FLAG_TYPE_1_VALUES: set[NotValidFlagType1] = {
    0,
    1,
}


def check_not_valid_flag_type_1(value: int) -> NotValidFlagType1:
    if value in NOT_VALID_FLAG_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOT_VALID_FLAG_TYPE_1_VALUES!r}")
