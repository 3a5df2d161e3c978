from typing import Literal

SuccessCodeInteger = Literal[0]

SUCCESS_CODE_INTEGER_VALUES: set[SuccessCodeInteger] = {
    0,
}


def check_success_code_integer(value: int) -> SuccessCodeInteger:
    if value in SUCCESS_CODE_INTEGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUCCESS_CODE_INTEGER_VALUES!r}")
