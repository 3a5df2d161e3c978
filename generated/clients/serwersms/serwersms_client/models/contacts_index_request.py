from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_sort_field import ContactSortField, check_contact_sort_field
from ..models.no_group import NoGroup, check_no_group
from ..models.sort_order import SortOrder, check_sort_order
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsIndexRequest")


@_attrs_define
class ContactsIndexRequest:
    """Body of `contacts/index`. Every field is optional.

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
        group_id (int | NoGroup | Unset): Group whose contacts are listed: a numeric group identifier, or the string
            `none` to list the contacts that
            belong to no group.
        search (str | Unset): Return only contacts containing this phrase.
        sort (ContactSortField | Unset): Column to sort contacts by.
        order (SortOrder | Unset): Sort direction, ascending or descending.
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    system: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    group_id: int | NoGroup | Unset = UNSET
    search: str | Unset = UNSET
    sort: ContactSortField | Unset = UNSET
    order: SortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        system = self.system

        page = self.page

        limit = self.limit

        group_id: int | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        elif isinstance(self.group_id, str):
            group_id = self.group_id
        else:
            group_id = self.group_id

        search = self.search

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort

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
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if search is not UNSET:
            field_dict["search"] = search
        if sort is not UNSET:
            field_dict["sort"] = sort
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

        def _parse_group_id(data: object) -> int | NoGroup | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contacts_group_filter_no_group = check_no_group(data)

                return componentsschemas_contacts_group_filter_no_group
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | NoGroup | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        search = d.pop("search", UNSET)

        _sort = d.pop("sort", UNSET)
        sort: ContactSortField | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = check_contact_sort_field(_sort)

        _order = d.pop("order", UNSET)
        order: SortOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = check_sort_order(_order)

        contacts_index_request = cls(
            username=username,
            password=password,
            system=system,
            page=page,
            limit=limit,
            group_id=group_id,
            search=search,
            sort=sort,
            order=order,
        )

        contacts_index_request.additional_properties = d
        return contacts_index_request

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
