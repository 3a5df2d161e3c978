from typing import Literal

SuccessCodeType1 = Literal["0"]

SUCCESS_CODE_TYPE_1_VALUES: set[SuccessCodeType1] = {
    "0",
}


def check_success_code_type_1(value: str) -> SuccessCodeType1:
    if value in SUCCESS_CODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUCCESS_CODE_TYPE_1_VALUES!r}")
