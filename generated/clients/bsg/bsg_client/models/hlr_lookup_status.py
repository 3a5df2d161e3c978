from typing import Literal

HlrLookupStatus = Literal["absent", "active", "failed", "sent", "unknown"]

HLR_LOOKUP_STATUS_VALUES: set[HlrLookupStatus] = {
    "absent",
    "active",
    "failed",
    "sent",
    "unknown",
}


def check_hlr_lookup_status(value: str) -> HlrLookupStatus:
    if value in HLR_LOOKUP_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HLR_LOOKUP_STATUS_VALUES!r}")
