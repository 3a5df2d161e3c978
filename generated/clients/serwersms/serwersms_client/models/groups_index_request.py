from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_sort_field import GroupSortField, check_group_sort_field
from ..models.sort_order import SortOrder, check_sort_order
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupsIndexRequest")


@_attrs_define
class GroupsIndexRequest:
    """Body of `groups/index`. Every field is optional.

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
        search (str | Unset): Return only groups whose name contains this phrase.
        sort (GroupSortField | Unset): Column to sort groups by.
        order (SortOrder | Unset): Sort direction, ascending or descending.
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    system: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    search: str | Unset = UNSET
    sort: GroupSortField | Unset = UNSET
    order: SortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        system = self.system

        page = self.page

        limit = self.limit

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

        search = d.pop("search", UNSET)

        _sort = d.pop("sort", UNSET)
        sort: GroupSortField | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = check_group_sort_field(_sort)

        _order = d.pop("order", UNSET)
        order: SortOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = check_sort_order(_order)

        groups_index_request = cls(
            username=username,
            password=password,
            system=system,
            page=page,
            limit=limit,
            search=search,
            sort=sort,
            order=order,
        )

        groups_index_request.additional_properties = d
        return groups_index_request

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
