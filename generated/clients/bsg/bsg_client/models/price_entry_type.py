from typing import Literal

PriceEntryType = Literal["hlr", "sms", "viber"]

PRICE_ENTRY_TYPE_VALUES: set[PriceEntryType] = {
    "hlr",
    "sms",
    "viber",
}


def check_price_entry_type(value: str) -> PriceEntryType:
    if value in PRICE_ENTRY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICE_ENTRY_TYPE_VALUES!r}")
