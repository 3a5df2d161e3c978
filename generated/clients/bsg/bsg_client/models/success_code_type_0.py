from typing import Literal

SuccessCodeType0 = Literal[0]

SUCCESS_CODE_TYPE_0_VALUES: set[SuccessCodeType0] = {
    0,
}


def check_success_code_type_0(value: int) -> SuccessCodeType0:
    if value in SUCCESS_CODE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUCCESS_CODE_TYPE_0_VALUES!r}")
