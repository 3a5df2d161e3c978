from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_messages_by_id import SmsMessagesById


T = TypeVar("T", bound="SmsListResult")


@_attrs_define
class SmsListResult:
    """Matching messages. `smss` is an object keyed by SMS id, not an array. The vendor's own example omits `error`,
    `count` and `message`.

        Attributes:
            error (Literal[0] | Unset): `0` on success. Error bodies carry `1` instead (see `ErrorEnvelope`). Some success
                bodies (`getallsms`, `getalldevices`) omit the field.
            message (str | Unset): `Ok` on success.
            count (int | Unset): Number of matching messages.
            smss (SmsMessagesById | Unset): Messages keyed by their id (the key equals the message's `id`).
    """

    error: Literal[0] | Unset = UNSET
    message: str | Unset = UNSET
    count: int | Unset = UNSET
    smss: SmsMessagesById | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        count = self.count

        smss: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smss, Unset):
            smss = self.smss.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if count is not UNSET:
            field_dict["count"] = count
        if smss is not UNSET:
            field_dict["smss"] = smss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_messages_by_id import SmsMessagesById  # noqa: PLC0415

        d = dict(src_dict)
        error = cast(Literal[0] | Unset, d.pop("error", UNSET))
        if error != 0 and not isinstance(error, Unset):
            raise ValueError(f"error must match const 0, got '{error}'")

        message = d.pop("message", UNSET)

        count = d.pop("count", UNSET)

        _smss = d.pop("smss", UNSET)
        smss: SmsMessagesById | Unset
        if isinstance(_smss, Unset):
            smss = UNSET
        else:
            smss = SmsMessagesById.from_dict(_smss)

        sms_list_result = cls(
            error=error,
            message=message,
            count=count,
            smss=smss,
        )

        sms_list_result.additional_properties = d
        return sms_list_result

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
