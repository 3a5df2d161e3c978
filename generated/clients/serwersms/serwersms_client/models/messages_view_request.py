from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString, check_boolean_string
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesViewRequest")


@_attrs_define
class MessagesViewRequest:
    """Body of `messages/view`. Identify the message by `id` or by your `unique_id`.

    Attributes:
        username (str | Unset): Login of an API user created in the Client Panel (*Interface settings* → *HTTPS API* →
            *API users*).
            Only used when the request carries no Bearer token; send it together with `password`.
        password (str | Unset): Password of the API user named in `username`. Only used when the request carries no
            Bearer token.
        system (str | Unset): Name of the calling client library, e.g. `client_php`, `client_python` or `client_nodejs`.
            Optional and
            informational; it does not change the behaviour of the action.
        id (str | Unset): Message identifier assigned by SerwerSMS.pl, e.g. `aca3944055`.
        unique_id (str | Unset): Your own message identifier (`unique_id`): 3–50 characters from `a-z`, `A-Z` and `0-9`.
            If any identifier
            contains other characters the whole request is rejected with a general error.
        show_contact (bool | BooleanString | Unset): Optional on/off switch. JSON bodies normally use `true`/`false`;
            the Python SDK sends the strings `'true'` and
            `'false'`, and form-encoded requests built with PHP's `http_build_query` (PHP SDK) send `1`/`0`. Omitting the
            field means off.
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    system: str | Unset = UNSET
    id: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    show_contact: bool | BooleanString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        system = self.system

        id = self.id

        unique_id = self.unique_id

        show_contact: bool | str | Unset
        if isinstance(self.show_contact, Unset):
            show_contact = UNSET
        elif isinstance(self.show_contact, str):
            show_contact = self.show_contact
        else:
            show_contact = self.show_contact

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
        if show_contact is not UNSET:
            field_dict["show_contact"] = show_contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        system = d.pop("system", UNSET)

        id = d.pop("id", UNSET)

        unique_id = d.pop("unique_id", UNSET)

        def _parse_show_contact(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_flag_type_1 = check_boolean_string(data)

                return componentsschemas_boolean_flag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        show_contact = _parse_show_contact(d.pop("show_contact", UNSET))

        messages_view_request = cls(
            username=username,
            password=password,
            system=system,
            id=id,
            unique_id=unique_id,
            show_contact=show_contact,
        )

        messages_view_request.additional_properties = d
        return messages_view_request

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
