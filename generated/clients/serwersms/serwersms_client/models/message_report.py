from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_failure_reason import MessageFailureReason, check_message_failure_reason
from ..models.message_status import MessageStatus, check_message_status
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_attachment import MessageAttachment
    from ..models.message_contact import MessageContact


T = TypeVar("T", bound="MessageReport")


@_attrs_define
class MessageReport:
    """A sent message with its delivery state: the result of `messages/view` and each item of `messages/reports`.
    `messages/view` returns the first group of fields (`id` … `reason`, `contact`); `messages/reports` adds
    `flash`, `utf`, `parts`, `cost`, `method`, `mnc`, `country`, `network` and `attachments`.

        Attributes:
            id (str): Message identifier assigned by SerwerSMS.pl (alphanumeric, e.g. `aca3944055`).
            phone (str | Unset): Phone number in international format with the country prefix, e.g. `+48500600700`. Polish
                numbers sent
                without the `+48` prefix are corrected automatically where possible; the documented responses show numbers with
                the prefix.
            status (MessageStatus | Unset): Delivery state of a sent message:
                `delivered` (sent and delivered), `undelivered` (sent but not delivered), `sent` (sent, waiting for the
                delivery report), `unsent` (not sent), `in_progress` (queued for sending), `saved` (stored in the scheduler).
            queued (str | Unset): Date and time as the API prints it, e.g. `2014-10-20 11:54:20` (`YYYY-MM-DD HH:MM:SS`,
                Polish local time).
                Not an RFC 3339 value.
            sent (str | Unset): Date and time as the API prints it, e.g. `2014-10-20 11:54:20` (`YYYY-MM-DD HH:MM:SS`,
                Polish local time).
                Not an RFC 3339 value.
            delivered (str | Unset): Date and time as the API prints it, e.g. `2014-10-20 11:54:20` (`YYYY-MM-DD HH:MM:SS`,
                Polish local time).
                Not an RFC 3339 value.
            sender (str | Unset): Sender name or number the message was sent with.
            type_ (MessageType | Unset): Kind of outgoing message: `eco` (SMS ECO+, no sender name), `full` (SMS FULL, with
                a sender name), `mms`, `voice`.
            text (str | Unset): Message content.
            reason (MessageFailureReason | None | Unset): Why the message was not sent or not delivered (see
                `MessageFailureReason`).
            contact (MessageContact | Unset): Address-book entry of the phone number: the recipient of a sent message
                (returned when `show_contact` is set) or the sender of a received message.
            flash (bool | Unset): Whether it was a Flash SMS (reports only).
            utf (bool | Unset): Whether it was sent with UTF-8 encoding (reports only).
            parts (int | Unset): Number of SMS parts (reports only).
            cost (float | Unset): Cost of the message (reports only).
            method (str | Unset): Channel the message was submitted through, e.g. the API or the panel (reports only).
            mnc (int | Unset): Mobile network code of the recipient's network (reports only).
            country (str | Unset): Recipient's country (reports only).
            network (str | Unset): Recipient's network operator (reports only).
            attachments (list[MessageAttachment] | Unset): Files attached to an MMS (reports only).
    """

    id: str
    phone: str | Unset = UNSET
    status: MessageStatus | Unset = UNSET
    queued: str | Unset = UNSET
    sent: str | Unset = UNSET
    delivered: str | Unset = UNSET
    sender: str | Unset = UNSET
    type_: MessageType | Unset = UNSET
    text: str | Unset = UNSET
    reason: MessageFailureReason | None | Unset = UNSET
    contact: MessageContact | Unset = UNSET
    flash: bool | Unset = UNSET
    utf: bool | Unset = UNSET
    parts: int | Unset = UNSET
    cost: float | Unset = UNSET
    method: str | Unset = UNSET
    mnc: int | Unset = UNSET
    country: str | Unset = UNSET
    network: str | Unset = UNSET
    attachments: list[MessageAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone = self.phone

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        queued = self.queued

        sent = self.sent

        delivered = self.delivered

        sender = self.sender

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        text = self.text

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, str):
            reason = self.reason
        else:
            reason = self.reason

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        flash = self.flash

        utf = self.utf

        parts = self.parts

        cost = self.cost

        method = self.method

        mnc = self.mnc

        country = self.country

        network = self.network

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if status is not UNSET:
            field_dict["status"] = status
        if queued is not UNSET:
            field_dict["queued"] = queued
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if sender is not UNSET:
            field_dict["sender"] = sender
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if reason is not UNSET:
            field_dict["reason"] = reason
        if contact is not UNSET:
            field_dict["contact"] = contact
        if flash is not UNSET:
            field_dict["flash"] = flash
        if utf is not UNSET:
            field_dict["utf"] = utf
        if parts is not UNSET:
            field_dict["parts"] = parts
        if cost is not UNSET:
            field_dict["cost"] = cost
        if method is not UNSET:
            field_dict["method"] = method
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if country is not UNSET:
            field_dict["country"] = country
        if network is not UNSET:
            field_dict["network"] = network
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_attachment import MessageAttachment  # noqa: PLC0415
        from ..models.message_contact import MessageContact  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        phone = d.pop("phone", UNSET)

        _status = d.pop("status", UNSET)
        status: MessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_message_status(_status)

        queued = d.pop("queued", UNSET)

        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        sender = d.pop("sender", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: MessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_message_type(_type_)

        text = d.pop("text", UNSET)

        def _parse_reason(data: object) -> MessageFailureReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = check_message_failure_reason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageFailureReason | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        _contact = d.pop("contact", UNSET)
        contact: MessageContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = MessageContact.from_dict(_contact)

        flash = d.pop("flash", UNSET)

        utf = d.pop("utf", UNSET)

        parts = d.pop("parts", UNSET)

        cost = d.pop("cost", UNSET)

        method = d.pop("method", UNSET)

        mnc = d.pop("mnc", UNSET)

        country = d.pop("country", UNSET)

        network = d.pop("network", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[MessageAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = MessageAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        message_report = cls(
            id=id,
            phone=phone,
            status=status,
            queued=queued,
            sent=sent,
            delivered=delivered,
            sender=sender,
            type_=type_,
            text=text,
            reason=reason,
            contact=contact,
            flash=flash,
            utf=utf,
            parts=parts,
            cost=cost,
            method=method,
            mnc=mnc,
            country=country,
            network=network,
            attachments=attachments,
        )

        message_report.additional_properties = d
        return message_report

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
