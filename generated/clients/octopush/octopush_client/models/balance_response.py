from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_pack import WalletPack


T = TypeVar("T", bound="BalanceResponse")


@_attrs_define
class BalanceResponse:
    """Response of `GET /wallet/check-balance` (200). Without a product the balance is in euros
    (`unit: euros`); with `country_code` + `product_name` it is the number of units of that product
    you can send to that country (`unit` = the product name).

        Attributes:
            amount (float): The balance, in `unit`.
            unit (str): `euros`, or the product name (`sms_premium`, `sms_low_cost`, `vocal_sms`, `hlr`) when a product was
                requested.
            wallet_packs (list[WalletPack] | None | Unset): Details of the packs in the wallet, present with
                `with_details=true` (the SDK shows `null` when there are none).
    """

    amount: float
    unit: str
    wallet_packs: list[WalletPack] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        unit = self.unit

        wallet_packs: list[dict[str, Any]] | None | Unset
        if isinstance(self.wallet_packs, Unset):
            wallet_packs = UNSET
        elif isinstance(self.wallet_packs, list):
            wallet_packs = []
            for wallet_packs_type_0_item_data in self.wallet_packs:
                wallet_packs_type_0_item = wallet_packs_type_0_item_data.to_dict()
                wallet_packs.append(wallet_packs_type_0_item)

        else:
            wallet_packs = self.wallet_packs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "unit": unit,
            }
        )
        if wallet_packs is not UNSET:
            field_dict["wallet_packs"] = wallet_packs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wallet_pack import WalletPack  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        unit = d.pop("unit")

        def _parse_wallet_packs(data: object) -> list[WalletPack] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                wallet_packs_type_0 = []
                _wallet_packs_type_0 = data
                for wallet_packs_type_0_item_data in _wallet_packs_type_0:
                    wallet_packs_type_0_item = WalletPack.from_dict(wallet_packs_type_0_item_data)

                    wallet_packs_type_0.append(wallet_packs_type_0_item)

                return wallet_packs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WalletPack] | None | Unset, data)

        wallet_packs = _parse_wallet_packs(d.pop("wallet_packs", UNSET))

        balance_response = cls(
            amount=amount,
            unit=unit,
            wallet_packs=wallet_packs,
        )

        balance_response.additional_properties = d
        return balance_response

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
