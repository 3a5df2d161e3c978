from typing import Literal

IncomingSmsEventType = Literal["img", "text"]

INCOMING_SMS_EVENT_TYPE_VALUES: set[IncomingSmsEventType] = {
    "img",
    "text",
}


def check_incoming_sms_event_type(value: str) -> IncomingSmsEventType:
    if value in INCOMING_SMS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCOMING_SMS_EVENT_TYPE_VALUES!r}")
