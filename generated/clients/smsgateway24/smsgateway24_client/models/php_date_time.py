from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.php_date_time_timezone_type import PhpDateTimeTimezoneType, check_php_date_time_timezone_type

T = TypeVar("T", bound="PhpDateTime")


@_attrs_define
class PhpDateTime:
    """A PHP `DateTime` object as serialised by `json_encode`. `date` is the local date-time in `timezone`.

    Attributes:
        date (str): Local date-time `YYYY-MM-DD HH:MM:SS.uuuuuu`, e.g. `2023-11-02 22:44:43.000000`.
        timezone_type (PhpDateTimeTimezoneType): PHP timezone type: `1` = UTC offset (`timezone` like `+02:00`), `2` =
            abbreviation (`CEST`), `3` = tz-database name (`Europe/Paris`, `UTC`).
        timezone (str): The timezone, in the form given by `timezone_type`.
    """

    date: str
    timezone_type: PhpDateTimeTimezoneType
    timezone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        timezone_type: int = self.timezone_type

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "timezone_type": timezone_type,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        timezone_type = check_php_date_time_timezone_type(d.pop("timezone_type"))

        timezone = d.pop("timezone")

        php_date_time = cls(
            date=date,
            timezone_type=timezone_type,
            timezone=timezone,
        )

        php_date_time.additional_properties = d
        return php_date_time

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
