from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """Body of `POST /sendSms`. The message goes to the given phone numbers and/or to saved contacts
    (`contactIds`) and groups (`groupIds`).

        Attributes:
            text (str): Message text.
            phone_numbers (list[str] | Unset): Recipient phone numbers. The documentation's table marks this field as
                required, but its prose allows `contactIds` or `groupIds` instead.
            group_ids (list[int] | Unset): A list of numeric ids (contacts or groups) saved in the Boolky account.
            contact_ids (list[int] | Unset): A list of numeric ids (contacts or groups) saved in the Boolky account.
            save_contacts (bool | Unset): Also store the recipient phone numbers as contacts.
    """

    text: str
    phone_numbers: list[str] | Unset = UNSET
    group_ids: list[int] | Unset = UNSET
    contact_ids: list[int] | Unset = UNSET
    save_contacts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        contact_ids: list[int] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        save_contacts = self.save_contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if contact_ids is not UNSET:
            field_dict["contactIds"] = contact_ids
        if save_contacts is not UNSET:
            field_dict["saveContacts"] = save_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        phone_numbers = cast(list[str], d.pop("phoneNumbers", UNSET))

        group_ids = cast(list[int], d.pop("groupIds", UNSET))

        contact_ids = cast(list[int], d.pop("contactIds", UNSET))

        save_contacts = d.pop("saveContacts", UNSET)

        send_sms_request = cls(
            text=text,
            phone_numbers=phone_numbers,
            group_ids=group_ids,
            contact_ids=contact_ids,
            save_contacts=save_contacts,
        )

        send_sms_request.additional_properties = d
        return send_sms_request

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
