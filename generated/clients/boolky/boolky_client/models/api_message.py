from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiMessage")


@_attrs_define
class ApiMessage:
    """A human-readable message with a stable key. Used as `result.message` in success envelopes and as `error`
    in the error envelope.

        Attributes:
            localized_message (str): Text for humans, in the language of the `language` header. Capitalisation varies
                between endpoints ("Session expired" / "Session Expired").
            message_key (str): Stable machine-readable key. Known values: `success` (in `result.message`), `sessionExpired`
                (API key
                wrong or missing), `insufficientFunds` (balance too low for the purchase), `reject` (payment error).
                The list is not closed.
    """

    localized_message: str
    message_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        localized_message = self.localized_message

        message_key = self.message_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "localizedMessage": localized_message,
                "messageKey": message_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        localized_message = d.pop("localizedMessage")

        message_key = d.pop("messageKey")

        api_message = cls(
            localized_message=localized_message,
            message_key=message_key,
        )

        api_message.additional_properties = d
        return api_message

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
