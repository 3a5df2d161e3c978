from typing import Literal

ContactsGroupFilterType1 = Literal["none"]

CONTACTS_GROUP_FILTER_TYPE_1_VALUES: set[ContactsGroupFilterType1] = {
    "none",
}


def check_contacts_group_filter_type_1(value: str) -> ContactsGroupFilterType1:
    if value in CONTACTS_GROUP_FILTER_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACTS_GROUP_FILTER_TYPE_1_VALUES!r}")
