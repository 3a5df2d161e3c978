from typing import Literal

HistoryListGroupedType = Literal["0", "1", "2"]

HISTORY_LIST_GROUPED_TYPE_VALUES: set[HistoryListGroupedType] = {
    "0",
    "1",
    "2",
}


def check_history_list_grouped_type(value: str) -> HistoryListGroupedType:
    if value in HISTORY_LIST_GROUPED_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HISTORY_LIST_GROUPED_TYPE_VALUES!r}")
