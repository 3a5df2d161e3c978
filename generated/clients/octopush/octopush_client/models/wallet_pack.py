from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletPack")


@_attrs_define
class WalletPack:
    """One credit pack of the wallet (returned with `with_details=true`).

    Attributes:
        wallet_pack_id (UUID | Unset): Identifier of the pack (field name used by the vendor documentation).
        id (UUID | Unset): Identifier of the pack (field name used by the official SDK's README instead of
            `wallet_pack_id`).
        credit (float | Unset): Credit remaining in the pack.
        expiration_date (datetime.datetime | Unset): Expiry date of the pack, ISO 8601 with offset.
    """

    wallet_pack_id: UUID | Unset = UNSET
    id: UUID | Unset = UNSET
    credit: float | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_pack_id: str | Unset = UNSET
        if not isinstance(self.wallet_pack_id, Unset):
            wallet_pack_id = str(self.wallet_pack_id)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        credit = self.credit

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallet_pack_id is not UNSET:
            field_dict["wallet_pack_id"] = wallet_pack_id
        if id is not UNSET:
            field_dict["id"] = id
        if credit is not UNSET:
            field_dict["credit"] = credit
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _wallet_pack_id = d.pop("wallet_pack_id", UNSET)
        wallet_pack_id: UUID | Unset
        if isinstance(_wallet_pack_id, Unset):
            wallet_pack_id = UNSET
        else:
            wallet_pack_id = UUID(_wallet_pack_id)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        credit = d.pop("credit", UNSET)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.datetime.fromisoformat(_expiration_date)

        wallet_pack = cls(
            wallet_pack_id=wallet_pack_id,
            id=id,
            credit=credit,
            expiration_date=expiration_date,
        )

        wallet_pack.additional_properties = d
        return wallet_pack

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
