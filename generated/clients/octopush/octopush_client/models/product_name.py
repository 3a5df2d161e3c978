from typing import Literal

ProductName = Literal["hlr", "sms_low_cost", "sms_premium", "vocal_sms"]

PRODUCT_NAME_VALUES: set[ProductName] = {
    "hlr",
    "sms_low_cost",
    "sms_premium",
    "vocal_sms",
}


def check_product_name(value: str) -> ProductName:
    if value in PRODUCT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCT_NAME_VALUES!r}")
