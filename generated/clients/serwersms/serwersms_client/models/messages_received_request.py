from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString, check_boolean_string
from ..models.received_message_type import ReceivedMessageType, check_received_message_type
from ..models.sort_order import SortOrder, check_sort_order
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesReceivedRequest")


@_attrs_define
class MessagesReceivedRequest:
    """Body of `messages/recived`.

    Attributes:
        type_ (ReceivedMessageType): Kind of incoming message: `eco` (reply to an SMS ECO+), `nd` or `ndi` (message to
            your ND/NDI number),
            `mms` (incoming MMS).
        username (str | Unset): Login of an API user created in the Client Panel (*Interface settings* → *HTTPS API* →
            *API users*).
            Only used when the request carries no Bearer token; send it together with `password`.
        password (str | Unset): Password of the API user named in `username`. Only used when the request carries no
            Bearer token.
        system (str | Unset): Name of the calling client library, e.g. `client_php`, `client_python` or `client_nodejs`.
            Optional and
            informational; it does not change the behaviour of the action.
        page (int | Unset): Number of the page to return (from 1).
        limit (int | Unset): Number of items per page.
        ndi (str | Unset): Only messages to this NDI number.
        phone (list[str] | str | Unset): One phone number, or an array of phone numbers (at most 100 000 per request;
            50–200 per request are
            recommended). In form encoding an array is sent with PHP bracket keys (`phone[0]=…&phone[1]=…`).
        date_from (str | Unset): Date and time as the API prints it, e.g. `2014-10-20 11:54:20` (`YYYY-MM-DD HH:MM:SS`,
            Polish local time).
            Not an RFC 3339 value.
        date_to (str | Unset): Date and time as the API prints it, e.g. `2014-10-20 11:54:20` (`YYYY-MM-DD HH:MM:SS`,
            Polish local time).
            Not an RFC 3339 value.
        read (bool | BooleanString | Unset): Optional on/off switch. JSON bodies normally use `true`/`false`; the Python
            SDK sends the strings `'true'` and
            `'false'`, and form-encoded requests built with PHP's `http_build_query` (PHP SDK) send `1`/`0`. Omitting the
            field means off.
        order (SortOrder | Unset): Sort direction, ascending or descending.
    """

    type_: ReceivedMessageType
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    system: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    ndi: str | Unset = UNSET
    phone: list[str] | str | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    read: bool | BooleanString | Unset = UNSET
    order: SortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        username = self.username

        password = self.password

        system = self.system

        page = self.page

        limit = self.limit

        ndi = self.ndi

        phone: list[str] | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        elif isinstance(self.phone, list):
            phone = self.phone

        else:
            phone = self.phone

        date_from = self.date_from

        date_to = self.date_to

        read: bool | str | Unset
        if isinstance(self.read, Unset):
            read = UNSET
        elif isinstance(self.read, str):
            read = self.read
        else:
            read = self.read

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if system is not UNSET:
            field_dict["system"] = system
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if ndi is not UNSET:
            field_dict["ndi"] = ndi
        if phone is not UNSET:
            field_dict["phone"] = phone
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if read is not UNSET:
            field_dict["read"] = read
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_received_message_type(d.pop("type"))

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        system = d.pop("system", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        ndi = d.pop("ndi", UNSET)

        def _parse_phone(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_phone_numbers_type_1 = cast(list[str], data)

                return componentsschemas_phone_numbers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        date_from = d.pop("date_from", UNSET)

        date_to = d.pop("date_to", UNSET)

        def _parse_read(data: object) -> bool | BooleanString | Unset:
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

        read = _parse_read(d.pop("read", UNSET))

        _order = d.pop("order", UNSET)
        order: SortOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = check_sort_order(_order)

        messages_received_request = cls(
            type_=type_,
            username=username,
            password=password,
            system=system,
            page=page,
            limit=limit,
            ndi=ndi,
            phone=phone,
            date_from=date_from,
            date_to=date_to,
            read=read,
            order=order,
        )

        messages_received_request.additional_properties = d
        return messages_received_request

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
