from typing import Literal

SmsDeliveryStatus = Literal["delivered", "expired", "rejected", "scheduled", "sent", "undeliverable", "unknown"]

SMS_DELIVERY_STATUS_VALUES: set[SmsDeliveryStatus] = {
    "delivered",
    "expired",
    "rejected",
    "scheduled",
    "sent",
    "undeliverable",
    "unknown",
}


def check_sms_delivery_status(value: str) -> SmsDeliveryStatus:
    if value in SMS_DELIVERY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_DELIVERY_STATUS_VALUES!r}")
