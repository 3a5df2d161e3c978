from typing import Literal

SimSlot = Literal[0, 1, 2, 3, 4, 5]

SIM_SLOT_VALUES: set[SimSlot] = {
    0,
    1,
    2,
    3,
    4,
    5,
}


def check_sim_slot(value: int) -> SimSlot:
    if value in SIM_SLOT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIM_SLOT_VALUES!r}")
