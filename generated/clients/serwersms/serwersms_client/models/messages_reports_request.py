from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString, check_boolean_string
from ..models.message_type import MessageType, check_message_type
from ..models.report_status_filter import ReportStatusFilter, check_report_status_filter
from ..models.sort_order import SortOrder, check_sort_order
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesReportsRequest")


@_attrs_define
class MessagesReportsRequest:
    """Body of `messages/reports`. Every field is an optional filter.

    Attributes:
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
        id (list[str] | str | Unset): One message identifier assigned by SerwerSMS.pl (an alphanumeric string such as
            `aca3944055`), or an array
            of them. In form encoding an array is sent with PHP bracket keys (`id[0]=…&id[1]=…`).
        unique_id (list[str] | str | Unset): One own identifier or an array of them. When sending to several numbers (or
            several personalised messages),
            give one identifier per number, in the same order; if the counts differ nothing is sent and a general error
            is returned.
        phone (list[str] | str | Unset): One phone number, or an array of phone numbers (at most 100 000 per request;
            50–200 per request are
            recommended). In form encoding an array is sent with PHP bracket keys (`phone[0]=…&phone[1]=…`).
        date_from (str | Unset): Date and time as the API prints it, e.g. `2014-10-20 11:54:20` (`YYYY-MM-DD HH:MM:SS`,
            Polish local time).
            Not an RFC 3339 value.
        date_to (str | Unset): Date and time as the API prints it, e.g. `2014-10-20 11:54:20` (`YYYY-MM-DD HH:MM:SS`,
            Polish local time).
            Not an RFC 3339 value.
        status (ReportStatusFilter | Unset): Delivery state to filter reports by: `delivered`, `undelivered`, `pending`,
            `sent` or `unsent`
            (`pending` exists only as a filter value; see `MessageStatus` for the states a message reports).
        type_ (MessageType | Unset): Kind of outgoing message: `eco` (SMS ECO+, no sender name), `full` (SMS FULL, with
            a sender name), `mms`, `voice`.
        stat_id (int | Unset): Identifier of a sending batch (package of messages).
        show_contact (bool | BooleanString | Unset): Optional on/off switch. JSON bodies normally use `true`/`false`;
            the Python SDK sends the strings `'true'` and
            `'false'`, and form-encoded requests built with PHP's `http_build_query` (PHP SDK) send `1`/`0`. Omitting the
            field means off.
        order (SortOrder | Unset): Sort direction, ascending or descending.
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    system: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    id: list[str] | str | Unset = UNSET
    unique_id: list[str] | str | Unset = UNSET
    phone: list[str] | str | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    status: ReportStatusFilter | Unset = UNSET
    type_: MessageType | Unset = UNSET
    stat_id: int | Unset = UNSET
    show_contact: bool | BooleanString | Unset = UNSET
    order: SortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        system = self.system

        page = self.page

        limit = self.limit

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

        phone: list[str] | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        elif isinstance(self.phone, list):
            phone = self.phone

        else:
            phone = self.phone

        date_from = self.date_from

        date_to = self.date_to

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        stat_id = self.stat_id

        show_contact: bool | str | Unset
        if isinstance(self.show_contact, Unset):
            show_contact = UNSET
        elif isinstance(self.show_contact, str):
            show_contact = self.show_contact
        else:
            show_contact = self.show_contact

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if id is not UNSET:
            field_dict["id"] = id
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stat_id is not UNSET:
            field_dict["stat_id"] = stat_id
        if show_contact is not UNSET:
            field_dict["show_contact"] = show_contact
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        system = d.pop("system", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

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

        _status = d.pop("status", UNSET)
        status: ReportStatusFilter | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_report_status_filter(_status)

        _type_ = d.pop("type", UNSET)
        type_: MessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_message_type(_type_)

        stat_id = d.pop("stat_id", UNSET)

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

        _order = d.pop("order", UNSET)
        order: SortOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = check_sort_order(_order)

        messages_reports_request = cls(
            username=username,
            password=password,
            system=system,
            page=page,
            limit=limit,
            id=id,
            unique_id=unique_id,
            phone=phone,
            date_from=date_from,
            date_to=date_to,
            status=status,
            type_=type_,
            stat_id=stat_id,
            show_contact=show_contact,
            order=order,
        )

        messages_reports_request.additional_properties = d
        return messages_reports_request

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
