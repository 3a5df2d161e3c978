from typing import Literal

ReportStatusFilter = Literal["delivered", "pending", "sent", "undelivered", "unsent"]

REPORT_STATUS_FILTER_VALUES: set[ReportStatusFilter] = {
    "delivered",
    "pending",
    "sent",
    "undelivered",
    "unsent",
}


def check_report_status_filter(value: str) -> ReportStatusFilter:
    if value in REPORT_STATUS_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_STATUS_FILTER_VALUES!r}")
