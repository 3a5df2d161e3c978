from typing import Literal

ViberAltRouteStatusChannel = Literal["sms"]

VIBER_ALT_ROUTE_STATUS_CHANNEL_VALUES: set[ViberAltRouteStatusChannel] = {
    "sms",
}


def check_viber_alt_route_status_channel(value: str) -> ViberAltRouteStatusChannel:
    if value in VIBER_ALT_ROUTE_STATUS_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIBER_ALT_ROUTE_STATUS_CHANNEL_VALUES!r}")
