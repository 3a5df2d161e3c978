from typing import Literal

ContactSortField = Literal[
    "address", "city", "company", "description", "email", "first_name", "last_name", "phone", "tax_id"
]

CONTACT_SORT_FIELD_VALUES: set[ContactSortField] = {
    "address",
    "city",
    "company",
    "description",
    "email",
    "first_name",
    "last_name",
    "phone",
    "tax_id",
}


def check_contact_sort_field(value: str) -> ContactSortField:
    if value in CONTACT_SORT_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_SORT_FIELD_VALUES!r}")
