from typing import Literal

GroupSortField = Literal["name"]

GROUP_SORT_FIELD_VALUES: set[GroupSortField] = {
    "name",
}


def check_group_sort_field(value: str) -> GroupSortField:
    if value in GROUP_SORT_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_SORT_FIELD_VALUES!r}")
