from typing import Literal

CreateListCampaignRequestSegmentation = Literal["filter", "group"]

CREATE_LIST_CAMPAIGN_REQUEST_SEGMENTATION_VALUES: set[CreateListCampaignRequestSegmentation] = {
    "filter",
    "group",
}


def check_create_list_campaign_request_segmentation(value: str) -> CreateListCampaignRequestSegmentation:
    if value in CREATE_LIST_CAMPAIGN_REQUEST_SEGMENTATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LIST_CAMPAIGN_REQUEST_SEGMENTATION_VALUES!r}")
