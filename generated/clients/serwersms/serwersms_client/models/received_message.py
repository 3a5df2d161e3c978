from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.received_message_type import ReceivedMessageType, check_received_message_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_contact import MessageContact
    from ..models.received_attachment import ReceivedAttachment


T = TypeVar("T", bound="ReceivedMessage")


@_attrs_define
class ReceivedMessage:
    """An incoming message (a reply, a message to an ND/NDI number, or an MMS).

    Attributes:
        id (int): Identifier of the received message.
        type_ (ReceivedMessageType | Unset): Kind of incoming message: `eco` (reply to an SMS ECO+), `nd` or `ndi`
            (message to your ND/NDI number),
            `mms` (incoming MMS).
        phone (str | Unset): Phone number in international format with the country prefix, e.g. `+48500600700`. Polish
            numbers sent
            without the `+48` prefix are corrected automatically where possible; the documented responses show numbers with
            the prefix.
        recived (str | Unset): Date and time as the API prints it, e.g. `2014-10-20 11:54:20` (`YYYY-MM-DD HH:MM:SS`,
            Polish local time).
            Not an RFC 3339 value.
        message_id (str | Unset): Identifier of the outgoing message this is a reply to (SMS ECO+ replies only).
        blacklist (bool | Unset): Whether the sender's number is on the blacklist.
        text (str | Unset): Message content.
        to_number (str | Unset): Number the message was sent to (MMS only).
        title (str | Unset): Title of the message (MMS only).
        attachments (list[ReceivedAttachment] | Unset): Attached files (MMS only).
        contact (MessageContact | Unset): Address-book entry of the phone number: the recipient of a sent message
            (returned when `show_contact` is set) or the sender of a received message.
    """

    id: int
    type_: ReceivedMessageType | Unset = UNSET
    phone: str | Unset = UNSET
    recived: str | Unset = UNSET
    message_id: str | Unset = UNSET
    blacklist: bool | Unset = UNSET
    text: str | Unset = UNSET
    to_number: str | Unset = UNSET
    title: str | Unset = UNSET
    attachments: list[ReceivedAttachment] | Unset = UNSET
    contact: MessageContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        phone = self.phone

        recived = self.recived

        message_id = self.message_id

        blacklist = self.blacklist

        text = self.text

        to_number = self.to_number

        title = self.title

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if phone is not UNSET:
            field_dict["phone"] = phone
        if recived is not UNSET:
            field_dict["recived"] = recived
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if blacklist is not UNSET:
            field_dict["blacklist"] = blacklist
        if text is not UNSET:
            field_dict["text"] = text
        if to_number is not UNSET:
            field_dict["to_number"] = to_number
        if title is not UNSET:
            field_dict["title"] = title
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_contact import MessageContact  # noqa: PLC0415
        from ..models.received_attachment import ReceivedAttachment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _type_ = d.pop("type", UNSET)
        type_: ReceivedMessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_received_message_type(_type_)

        phone = d.pop("phone", UNSET)

        recived = d.pop("recived", UNSET)

        message_id = d.pop("message_id", UNSET)

        blacklist = d.pop("blacklist", UNSET)

        text = d.pop("text", UNSET)

        to_number = d.pop("to_number", UNSET)

        title = d.pop("title", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[ReceivedAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = ReceivedAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _contact = d.pop("contact", UNSET)
        contact: MessageContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = MessageContact.from_dict(_contact)

        received_message = cls(
            id=id,
            type_=type_,
            phone=phone,
            recived=recived,
            message_id=message_id,
            blacklist=blacklist,
            text=text,
            to_number=to_number,
            title=title,
            attachments=attachments,
            contact=contact,
        )

        received_message.additional_properties = d
        return received_message

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
