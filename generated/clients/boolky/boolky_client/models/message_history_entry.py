from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType, check_product_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageHistoryEntry")


@_attrs_define
class MessageHistoryEntry:
    """One message sent to one recipient.

    Attributes:
        id (int): Message history id.
        customer_id (int | Unset): Id of the Boolky account.
        country_id (int | Unset): Vendor id of the recipient's country.
        group_history_id (int | str | Unset): An integer that the vendor sends either as a JSON integer or as a numeric
            string, depending on the endpoint
            (e.g. `groupHistoryId` is `0` in the sendSms response but `"14874"` in the callBack webhook).
        sent (bool | Unset): Whether the message was sent.
        message (str | Unset): Message text.
        product_type (ProductType | Unset): Product: `1` = SMS, `2` = MMS.
        operator (int | Unset): Vendor id of the recipient's mobile operator.
        sender_number (str | Unset): Sender number; `-` when none.
        sid (str | Unset): Carrier message id; may be an empty string.
        sender_name (str | Unset): Sender name; `-` when none.
        to_phone (str | Unset): Recipient phone number.
        sent_date (str | Unset): Date and time `YYYY-MM-DD HH:MM:SS` with a space and no time zone (server local time).
        customer_name (str | Unset): Name shown for the recipient.
    """

    id: int
    customer_id: int | Unset = UNSET
    country_id: int | Unset = UNSET
    group_history_id: int | str | Unset = UNSET
    sent: bool | Unset = UNSET
    message: str | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    operator: int | Unset = UNSET
    sender_number: str | Unset = UNSET
    sid: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    to_phone: str | Unset = UNSET
    sent_date: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        country_id = self.country_id

        group_history_id: int | str | Unset
        if isinstance(self.group_history_id, Unset):
            group_history_id = UNSET
        else:
            group_history_id = self.group_history_id

        sent = self.sent

        message = self.message

        product_type: int | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type

        operator = self.operator

        sender_number = self.sender_number

        sid = self.sid

        sender_name = self.sender_name

        to_phone = self.to_phone

        sent_date = self.sent_date

        customer_name = self.customer_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if country_id is not UNSET:
            field_dict["countryId"] = country_id
        if group_history_id is not UNSET:
            field_dict["groupHistoryId"] = group_history_id
        if sent is not UNSET:
            field_dict["sent"] = sent
        if message is not UNSET:
            field_dict["message"] = message
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if operator is not UNSET:
            field_dict["operator"] = operator
        if sender_number is not UNSET:
            field_dict["senderNumber"] = sender_number
        if sid is not UNSET:
            field_dict["sid"] = sid
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if to_phone is not UNSET:
            field_dict["toPhone"] = to_phone
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customerId", UNSET)

        country_id = d.pop("countryId", UNSET)

        def _parse_group_history_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        group_history_id = _parse_group_history_id(d.pop("groupHistoryId", UNSET))

        sent = d.pop("sent", UNSET)

        message = d.pop("message", UNSET)

        _product_type = d.pop("productType", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = check_product_type(_product_type)

        operator = d.pop("operator", UNSET)

        sender_number = d.pop("senderNumber", UNSET)

        sid = d.pop("sid", UNSET)

        sender_name = d.pop("senderName", UNSET)

        to_phone = d.pop("toPhone", UNSET)

        sent_date = d.pop("sentDate", UNSET)

        customer_name = d.pop("customerName", UNSET)

        message_history_entry = cls(
            id=id,
            customer_id=customer_id,
            country_id=country_id,
            group_history_id=group_history_id,
            sent=sent,
            message=message,
            product_type=product_type,
            operator=operator,
            sender_number=sender_number,
            sid=sid,
            sender_name=sender_name,
            to_phone=to_phone,
            sent_date=sent_date,
            customer_name=customer_name,
        )

        message_history_entry.additional_properties = d
        return message_history_entry

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
