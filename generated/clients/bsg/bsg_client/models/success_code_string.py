from typing import Literal

SuccessCodeString = Literal["0"]

SUCCESS_CODE_STRING_VALUES: set[SuccessCodeString] = {
    "0",
}


def check_success_code_string(value: str) -> SuccessCodeString:
    if value in SUCCESS_CODE_STRING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUCCESS_CODE_STRING_VALUES!r}")
