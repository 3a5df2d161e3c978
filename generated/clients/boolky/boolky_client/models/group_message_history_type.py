from typing import Literal

GroupMessageHistoryType = Literal[1, 2]

GROUP_MESSAGE_HISTORY_TYPE_VALUES: set[GroupMessageHistoryType] = {
    1,
    2,
}


def check_group_message_history_type(value: int) -> GroupMessageHistoryType:
    if value in GROUP_MESSAGE_HISTORY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_MESSAGE_HISTORY_TYPE_VALUES!r}")
