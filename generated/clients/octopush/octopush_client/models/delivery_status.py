from typing import Literal

DeliveryStatus = Literal[
    "ACK",
    "BAD_DESTINATION",
    "BLACKLISTED_NUMBER",
    "DELIVERED",
    "NOT_ALLOWED",
    "NOT_DELIVERED",
    "UNDEFINED",
    "UNKNOWN_DELIVERY",
]

DELIVERY_STATUS_VALUES: set[DeliveryStatus] = {
    "ACK",
    "BAD_DESTINATION",
    "BLACKLISTED_NUMBER",
    "DELIVERED",
    "NOT_ALLOWED",
    "NOT_DELIVERED",
    "UNDEFINED",
    "UNKNOWN_DELIVERY",
}


def check_delivery_status(value: str) -> DeliveryStatus:
    if value in DELIVERY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELIVERY_STATUS_VALUES!r}")
