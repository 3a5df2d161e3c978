from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sent_message_status import SentMessageStatus, check_sent_message_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="SentMessage")


@_attrs_define
class SentMessage:
    """Outcome for one recipient of a send request (listed when `details` is set).

    Attributes:
        phone (str): Phone number in international format with the country prefix, e.g. `+48500600700`. Polish numbers
            sent
            without the `+48` prefix are corrected automatically where possible; the documented responses show numbers with
            the prefix.
        status (SentMessageStatus): `queued` when the message was accepted for sending, `unsent` when it was rejected
            (see `error_code`).
        id (str | Unset): Message identifier assigned by SerwerSMS.pl; use it with `messages/view`, `messages/reports`
            and `messages/delete`.
        queued (str | Unset): Date and time as the API prints it, e.g. `2014-10-20 11:54:20` (`YYYY-MM-DD HH:MM:SS`,
            Polish local time).
            Not an RFC 3339 value.
        parts (int | Unset): Number of SMS parts the message takes.
        error_code (int | Unset): Error code when `status` is `unsent` (see the error code table).
        error_message (str | Unset): Error description when `status` is `unsent`.
        text (str | Unset): The message content as sent.
    """

    phone: str
    status: SentMessageStatus
    id: str | Unset = UNSET
    queued: str | Unset = UNSET
    parts: int | Unset = UNSET
    error_code: int | Unset = UNSET
    error_message: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        status: str = self.status

        id = self.id

        queued = self.queued

        parts = self.parts

        error_code = self.error_code

        error_message = self.error_message

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if queued is not UNSET:
            field_dict["queued"] = queued
        if parts is not UNSET:
            field_dict["parts"] = parts
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        status = check_sent_message_status(d.pop("status"))

        id = d.pop("id", UNSET)

        queued = d.pop("queued", UNSET)

        parts = d.pop("parts", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        text = d.pop("text", UNSET)

        sent_message = cls(
            phone=phone,
            status=status,
            id=id,
            queued=queued,
            parts=parts,
            error_code=error_code,
            error_message=error_message,
            text=text,
        )

        sent_message.additional_properties = d
        return sent_message

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
