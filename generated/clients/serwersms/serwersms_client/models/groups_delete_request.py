from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString, check_boolean_string
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupsDeleteRequest")


@_attrs_define
class GroupsDeleteRequest:
    """Body of `groups/delete`.

    Attributes:
        id (int): Identifier of the group to delete.
        username (str | Unset): Login of an API user created in the Client Panel (*Interface settings* → *HTTPS API* →
            *API users*).
            Only used when the request carries no Bearer token; send it together with `password`.
        password (str | Unset): Password of the API user named in `username`. Only used when the request carries no
            Bearer token.
        system (str | Unset): Name of the calling client library, e.g. `client_php`, `client_python` or `client_nodejs`.
            Optional and
            informational; it does not change the behaviour of the action.
        delete_contacts (bool | BooleanString | Unset): Optional on/off switch. JSON bodies normally use `true`/`false`;
            the Python SDK sends the strings `'true'` and
            `'false'`, and form-encoded requests built with PHP's `http_build_query` (PHP SDK) send `1`/`0`. Omitting the
            field means off.
    """

    id: int
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    system: str | Unset = UNSET
    delete_contacts: bool | BooleanString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        password = self.password

        system = self.system

        delete_contacts: bool | str | Unset
        if isinstance(self.delete_contacts, Unset):
            delete_contacts = UNSET
        elif isinstance(self.delete_contacts, str):
            delete_contacts = self.delete_contacts
        else:
            delete_contacts = self.delete_contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if system is not UNSET:
            field_dict["system"] = system
        if delete_contacts is not UNSET:
            field_dict["delete_contacts"] = delete_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        system = d.pop("system", UNSET)

        def _parse_delete_contacts(data: object) -> bool | BooleanString | Unset:
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

        delete_contacts = _parse_delete_contacts(d.pop("delete_contacts", UNSET))

        groups_delete_request = cls(
            id=id,
            username=username,
            password=password,
            system=system,
            delete_contacts=delete_contacts,
        )

        groups_delete_request.additional_properties = d
        return groups_delete_request

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
