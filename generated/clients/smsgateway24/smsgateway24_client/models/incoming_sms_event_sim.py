from typing import Literal

IncomingSmsEventSim = Literal[0, 1]

INCOMING_SMS_EVENT_SIM_VALUES: set[IncomingSmsEventSim] = {
    0,
    1,
}


def check_incoming_sms_event_sim(value: int) -> IncomingSmsEventSim:
    if value in INCOMING_SMS_EVENT_SIM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCOMING_SMS_EVENT_SIM_VALUES!r}")
