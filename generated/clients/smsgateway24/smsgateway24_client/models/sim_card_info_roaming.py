from typing import Literal

SimCardInfoRoaming = Literal["0", "1"]

SIM_CARD_INFO_ROAMING_VALUES: set[SimCardInfoRoaming] = {
    "0",
    "1",
}


def check_sim_card_info_roaming(value: str) -> SimCardInfoRoaming:
    if value in SIM_CARD_INFO_ROAMING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIM_CARD_INFO_ROAMING_VALUES!r}")
