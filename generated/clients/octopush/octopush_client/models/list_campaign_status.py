from typing import Literal

ListCampaignStatus = Literal["failed", "ready_to_be_send", "ready_to_be_sent", "under_computation"]

LIST_CAMPAIGN_STATUS_VALUES: set[ListCampaignStatus] = {
    "failed",
    "ready_to_be_send",
    "ready_to_be_sent",
    "under_computation",
}


def check_list_campaign_status(value: str) -> ListCampaignStatus:
    if value in LIST_CAMPAIGN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_STATUS_VALUES!r}")
