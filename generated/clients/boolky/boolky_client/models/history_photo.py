from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryPhoto")


@_attrs_define
class HistoryPhoto:
    """A photo attached to an MMS send.

    Attributes:
        id (int | Unset): Photo id.
        customer_id (int | Unset): Id of the Boolky account.
        group_history_id (int | str | Unset): An integer that the vendor sends either as a JSON integer or as a numeric
            string, depending on the endpoint
            (e.g. `groupHistoryId` is `0` in the sendSms response but `"14874"` in the callBack webhook).
        photo_url (str | Unset): URL of the photo. The documented examples contain a double slash followed by a server
            file path (`https://api.boolky.net//var/www/…`); use the value as is.
    """

    id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    group_history_id: int | str | Unset = UNSET
    photo_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        group_history_id: int | str | Unset
        if isinstance(self.group_history_id, Unset):
            group_history_id = UNSET
        else:
            group_history_id = self.group_history_id

        photo_url = self.photo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if group_history_id is not UNSET:
            field_dict["groupHistoryId"] = group_history_id
        if photo_url is not UNSET:
            field_dict["photoUrl"] = photo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        customer_id = d.pop("customerId", UNSET)

        def _parse_group_history_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        group_history_id = _parse_group_history_id(d.pop("groupHistoryId", UNSET))

        photo_url = d.pop("photoUrl", UNSET)

        history_photo = cls(
            id=id,
            customer_id=customer_id,
            group_history_id=group_history_id,
            photo_url=photo_url,
        )

        history_photo.additional_properties = d
        return history_photo

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
