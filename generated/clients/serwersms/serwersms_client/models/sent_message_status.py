from typing import Literal

SentMessageStatus = Literal["queued", "unsent"]

SENT_MESSAGE_STATUS_VALUES: set[SentMessageStatus] = {
    "queued",
    "unsent",
}


def check_sent_message_status(value: str) -> SentMessageStatus:
    if value in SENT_MESSAGE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SENT_MESSAGE_STATUS_VALUES!r}")
