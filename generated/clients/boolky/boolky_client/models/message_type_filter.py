from typing import Literal

MessageTypeFilter = Literal["0", "1", "2"]

MESSAGE_TYPE_FILTER_VALUES: set[MessageTypeFilter] = {
    "0",
    "1",
    "2",
}


def check_message_type_filter(value: str) -> MessageTypeFilter:
    if value in MESSAGE_TYPE_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_TYPE_FILTER_VALUES!r}")
