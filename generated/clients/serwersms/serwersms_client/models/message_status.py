from typing import Literal

MessageStatus = Literal["delivered", "in_progress", "saved", "sent", "undelivered", "unsent"]

MESSAGE_STATUS_VALUES: set[MessageStatus] = {
    "delivered",
    "in_progress",
    "saved",
    "sent",
    "undelivered",
    "unsent",
}


def check_message_status(value: str) -> MessageStatus:
    if value in MESSAGE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_STATUS_VALUES!r}")
