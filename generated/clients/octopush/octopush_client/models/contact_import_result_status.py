from typing import Literal

ContactImportResultStatus = Literal["added", "skipped", "updated"]

CONTACT_IMPORT_RESULT_STATUS_VALUES: set[ContactImportResultStatus] = {
    "added",
    "skipped",
    "updated",
}


def check_contact_import_result_status(value: str) -> ContactImportResultStatus:
    if value in CONTACT_IMPORT_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_IMPORT_RESULT_STATUS_VALUES!r}")
