from typing import Literal

SmsStatus = Literal[1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 100, 101]

SMS_STATUS_VALUES: set[SmsStatus] = {
    1,
    2,
    3,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    100,
    101,
}


def check_sms_status(value: int) -> SmsStatus:
    if value in SMS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_STATUS_VALUES!r}")
