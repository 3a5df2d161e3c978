from typing import Literal

SmsType = Literal["sms_low_cost", "sms_premium"]

SMS_TYPE_VALUES: set[SmsType] = {
    "sms_low_cost",
    "sms_premium",
}


def check_sms_type(value: str) -> SmsType:
    if value in SMS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_TYPE_VALUES!r}")
