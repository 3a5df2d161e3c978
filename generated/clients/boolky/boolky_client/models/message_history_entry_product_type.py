from typing import Literal

MessageHistoryEntryProductType = Literal[1, 2]

MESSAGE_HISTORY_ENTRY_PRODUCT_TYPE_VALUES: set[MessageHistoryEntryProductType] = {
    1,
    2,
}


def check_message_history_entry_product_type(value: int) -> MessageHistoryEntryProductType:
    if value in MESSAGE_HISTORY_ENTRY_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_HISTORY_ENTRY_PRODUCT_TYPE_VALUES!r}")
