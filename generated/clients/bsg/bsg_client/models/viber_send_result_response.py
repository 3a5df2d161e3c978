from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_code_integer import SuccessCodeInteger, check_success_code_integer
from ..models.success_code_string import SuccessCodeString, check_success_code_string
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_result import MessageResult


T = TypeVar("T", bound="ViberSendResultResponse")


@_attrs_define
class ViberSendResultResponse:
    """Answer to `/viber/create`: one result per recipient (errors per item, e.g. 43 duplicate reference) and the
    total price of the accepted messages.

        Attributes:
            result (list[MessageResult]): One entry per recipient, in request order.
            error (SuccessCodeInteger | SuccessCodeString | Unset): The code `0` ("No errors") of a successful response, as
                the integer `0` or the string `"0"` (type drift,
                see `ErrorCode`). Successful object reads may omit `error` altogether.
            currency (str | Unset): ISO 4217 currency code of the account, e.g. `EUR`.
            total_price (float | str | Unset): A decimal amount (price, balance) that BSG sends either as a JSON number
                (`0.23`) or as a decimal string
                (`"0.023"`, `"0.0200000"`, `"-0.2800005"`).
    """

    result: list[MessageResult]
    error: SuccessCodeInteger | SuccessCodeString | Unset = UNSET
    currency: str | Unset = UNSET
    total_price: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        error: int | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, int):
            error = self.error
        else:
            error = self.error

        currency = self.currency

        total_price: float | str | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_price is not UNSET:
            field_dict["total_price"] = total_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_result import MessageResult  # noqa: PLC0415

        d = dict(src_dict)
        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = MessageResult.from_dict(result_item_data)

            result.append(result_item)

        def _parse_error(data: object) -> SuccessCodeInteger | SuccessCodeString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_success_code_success_code_integer = check_success_code_integer(data)

                return componentsschemas_success_code_success_code_integer
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_success_code_success_code_string = check_success_code_string(data)

            return componentsschemas_success_code_success_code_string

        error = _parse_error(d.pop("error", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_total_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        total_price = _parse_total_price(d.pop("total_price", UNSET))

        viber_send_result_response = cls(
            result=result,
            error=error,
            currency=currency,
            total_price=total_price,
        )

        viber_send_result_response.additional_properties = d
        return viber_send_result_response

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
