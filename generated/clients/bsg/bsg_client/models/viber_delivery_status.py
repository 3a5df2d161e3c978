from typing import Literal

ViberDeliveryStatus = Literal[
    "delivered", "expired", "read", "rejected", "scheduled", "sent", "undeliverable", "unknown"
]

VIBER_DELIVERY_STATUS_VALUES: set[ViberDeliveryStatus] = {
    "delivered",
    "expired",
    "read",
    "rejected",
    "scheduled",
    "sent",
    "undeliverable",
    "unknown",
}


def check_viber_delivery_status(value: str) -> ViberDeliveryStatus:
    if value in VIBER_DELIVERY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIBER_DELIVERY_STATUS_VALUES!r}")
