from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesDeleteRequest")


@_attrs_define
class MessagesDeleteRequest:
    """Body of `messages/delete`. Deletes scheduled messages only, identified by `id` and/or `unique_id`.

    Attributes:
        username (str | Unset): Login of an API user created in the Client Panel (*Interface settings* → *HTTPS API* →
            *API users*).
            Only used when the request carries no Bearer token; send it together with `password`.
        password (str | Unset): Password of the API user named in `username`. Only used when the request carries no
            Bearer token.
        system (str | Unset): Name of the calling client library, e.g. `client_php`, `client_python` or `client_nodejs`.
            Optional and
            informational; it does not change the behaviour of the action.
        id (list[str] | str | Unset): One message identifier assigned by SerwerSMS.pl (an alphanumeric string such as
            `aca3944055`), or an array
            of them. In form encoding an array is sent with PHP bracket keys (`id[0]=…&id[1]=…`).
        unique_id (list[str] | str | Unset): One own identifier or an array of them. When sending to several numbers (or
            several personalised messages),
            give one identifier per number, in the same order; if the counts differ nothing is sent and a general error
            is returned.
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    system: str | Unset = UNSET
    id: list[str] | str | Unset = UNSET
    unique_id: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        system = self.system

        id: list[str] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, list):
            id = self.id

        else:
            id = self.id

        unique_id: list[str] | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        elif isinstance(self.unique_id, list):
            unique_id = self.unique_id

        else:
            unique_id = self.unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if system is not UNSET:
            field_dict["system"] = system
        if id is not UNSET:
            field_dict["id"] = id
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        system = d.pop("system", UNSET)

        def _parse_id(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_message_ids_type_1 = cast(list[str], data)

                return componentsschemas_message_ids_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_unique_id(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_unique_ids_type_1 = cast(list[str], data)

                return componentsschemas_unique_ids_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        unique_id = _parse_unique_id(d.pop("unique_id", UNSET))

        messages_delete_request = cls(
            username=username,
            password=password,
            system=system,
            id=id,
            unique_id=unique_id,
        )

        messages_delete_request.additional_properties = d
        return messages_delete_request

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
