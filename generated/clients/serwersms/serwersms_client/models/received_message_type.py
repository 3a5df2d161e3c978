from typing import Literal

ReceivedMessageType = Literal["eco", "mms", "nd", "ndi"]

RECEIVED_MESSAGE_TYPE_VALUES: set[ReceivedMessageType] = {
    "eco",
    "mms",
    "nd",
    "ndi",
}


def check_received_message_type(value: str) -> ReceivedMessageType:
    if value in RECEIVED_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECEIVED_MESSAGE_TYPE_VALUES!r}")
