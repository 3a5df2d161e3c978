from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="MmsRequest")


@_attrs_define
class MmsRequest:
    """Multipart body of `POST /sendMms` and `POST /calculateMmsPrice`. Each photo is one file part named
    `photos`; array fields are sent as repeated parts of the same name.

        Attributes:
            text (str): Message text.
            phone_numbers (list[str]): Recipient phone numbers.
            photos (list[File]): The photos to send, as binary file parts.
            group_ids (list[int] | Unset): A list of numeric ids (contacts or groups) saved in the Boolky account.
            contact_ids (list[int] | Unset): A list of numeric ids (contacts or groups) saved in the Boolky account.
    """

    text: str
    phone_numbers: list[str]
    photos: list[File]
    group_ids: list[int] | Unset = UNSET
    contact_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        phone_numbers = self.phone_numbers

        photos = []
        for photos_item_data in self.photos:
            photos_item = photos_item_data.to_tuple()

            photos.append(photos_item)

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        contact_ids: list[int] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "phoneNumbers": phone_numbers,
                "photos": photos,
            }
        )
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if contact_ids is not UNSET:
            field_dict["contactIds"] = contact_ids

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("text", (None, str(self.text).encode(), "text/plain")))

        for phone_numbers_item_element in self.phone_numbers:
            files.append(("phoneNumbers", (None, str(phone_numbers_item_element).encode(), "text/plain")))

        for photos_item_element in self.photos:
            files.append(("photos", photos_item_element.to_tuple()))

        if not isinstance(self.group_ids, Unset):
            for componentsschemas_id_list_item_element in self.group_ids:
                files.append(("groupIds", (None, str(componentsschemas_id_list_item_element).encode(), "text/plain")))

        if not isinstance(self.contact_ids, Unset):
            for componentsschemas_id_list_item_element in self.contact_ids:
                files.append(("contactIds", (None, str(componentsschemas_id_list_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        phone_numbers = cast(list[str], d.pop("phoneNumbers"))

        photos = []
        _photos = d.pop("photos")
        for photos_item_data in _photos:
            photos_item = File(payload=BytesIO(photos_item_data))

            photos.append(photos_item)

        group_ids = cast(list[int], d.pop("groupIds", UNSET))

        contact_ids = cast(list[int], d.pop("contactIds", UNSET))

        mms_request = cls(
            text=text,
            phone_numbers=phone_numbers,
            photos=photos,
            group_ids=group_ids,
            contact_ids=contact_ids,
        )

        mms_request.additional_properties = d
        return mms_request

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
