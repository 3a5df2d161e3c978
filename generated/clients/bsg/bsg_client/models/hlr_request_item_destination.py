from typing import Literal

HlrRequestItemDestination = Literal["phone"]

HLR_REQUEST_ITEM_DESTINATION_VALUES: set[HlrRequestItemDestination] = {
    "phone",
}


def check_hlr_request_item_destination(value: str) -> HlrRequestItemDestination:
    if value in HLR_REQUEST_ITEM_DESTINATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HLR_REQUEST_ITEM_DESTINATION_VALUES!r}")
