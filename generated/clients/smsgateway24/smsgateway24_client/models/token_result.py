from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResult")


@_attrs_define
class TokenResult:
    """A new API token.

    Attributes:
        token (str): API token issued by `gettoken` (usually 32 hexadecimal characters, e.g.
            `1f0e86f9fe7ee6b52724fd5fd3511225`). It does not expire on its own; request a new one with `gettoken` if it
            stops working.
        error (Literal[0] | Unset): `0` on success. Error bodies carry `1` instead (see `ErrorEnvelope`). Some success
            bodies (`getallsms`, `getalldevices`) omit the field.
        message (str | Unset): `OK` on success.
    """

    token: str
    error: Literal[0] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        error = cast(Literal[0] | Unset, d.pop("error", UNSET))
        if error != 0 and not isinstance(error, Unset):
            raise ValueError(f"error must match const 0, got '{error}'")

        message = d.pop("message", UNSET)

        token_result = cls(
            token=token,
            error=error,
            message=message,
        )

        token_result.additional_properties = d
        return token_result

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
