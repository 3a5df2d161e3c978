from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_message import ApiMessage
    from ..models.contact import Contact


T = TypeVar("T", bound="AddContactsResult")


@_attrs_define
class AddContactsResult:
    """
    Attributes:
        data (list[Contact]): The contacts as stored (note that `data` is an array here).
        message (ApiMessage | Unset): A human-readable message with a stable key. Used as `result.message` in success
            envelopes and as `error`
            in the error envelope.
    """

    data: list[Contact]
    message: ApiMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_message import ApiMessage  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Contact.from_dict(data_item_data)

            data.append(data_item)

        _message = d.pop("message", UNSET)
        message: ApiMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = ApiMessage.from_dict(_message)

        add_contacts_result = cls(
            data=data,
            message=message,
        )

        add_contacts_result.additional_properties = d
        return add_contacts_result

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
