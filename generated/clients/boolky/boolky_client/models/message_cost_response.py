from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_cost_result import MessageCostResult


T = TypeVar("T", bound="MessageCostResponse")


@_attrs_define
class MessageCostResponse:
    """Success envelope of the price calculations and of `POST /sendMms`.

    Attributes:
        result (MessageCostResult):
    """

    result: MessageCostResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_cost_result import MessageCostResult  # noqa: PLC0415

        d = dict(src_dict)
        result = MessageCostResult.from_dict(d.pop("result"))

        message_cost_response = cls(
            result=result,
        )

        message_cost_response.additional_properties = d
        return message_cost_response

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
