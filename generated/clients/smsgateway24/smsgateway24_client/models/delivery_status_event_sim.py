from typing import Literal

DeliveryStatusEventSim = Literal[0, 1]

DELIVERY_STATUS_EVENT_SIM_VALUES: set[DeliveryStatusEventSim] = {
    0,
    1,
}


def check_delivery_status_event_sim(value: int) -> DeliveryStatusEventSim:
    if value in DELIVERY_STATUS_EVENT_SIM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELIVERY_STATUS_EVENT_SIM_VALUES!r}")
