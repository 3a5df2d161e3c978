from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType, check_product_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupMessageHistory")


@_attrs_define
class GroupMessageHistory:
    """One message send (to one or more recipients) in the grouped history.

    Attributes:
        id (int): Group message history id (the `groupHistoryId` of the send; pass it as `id` to `GET
            /getAllMessageHistory`).
        customer_id (int | Unset): Id of the Boolky account.
        selected_receiver_count (int | Unset): Number of recipients selected.
        total_received_count (int | Unset): Number of recipients that received the message.
        cost (float | str | Unset): A monetary amount in the account currency. The vendor sends it as a decimal string
            in sendSms and the
            history (`"0.0295"`, `"0.1200"`) and as a JSON number in the price calculations and sendMms (`0.047`).
        total_part_count (int | Unset): Total number of message parts.
        charge_count (int | Unset): Number of charged parts.
        sent_date (str | Unset): Date and time `YYYY-MM-DD HH:MM:SS` with a space and no time zone (server local time).
        type_ (ProductType | Unset): Message type: `1` = SMS, `2` = MMS.
        text (str | Unset): Message text.
        finished (bool | Unset): Whether sending to every recipient has finished.
        show_date (str | Unset): ISO 8601 date and time `YYYY-MM-DDTHH:MM:SS` without a time zone (server local time).
    """

    id: int
    customer_id: int | Unset = UNSET
    selected_receiver_count: int | Unset = UNSET
    total_received_count: int | Unset = UNSET
    cost: float | str | Unset = UNSET
    total_part_count: int | Unset = UNSET
    charge_count: int | Unset = UNSET
    sent_date: str | Unset = UNSET
    type_: ProductType | Unset = UNSET
    text: str | Unset = UNSET
    finished: bool | Unset = UNSET
    show_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        selected_receiver_count = self.selected_receiver_count

        total_received_count = self.total_received_count

        cost: float | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        total_part_count = self.total_part_count

        charge_count = self.charge_count

        sent_date = self.sent_date

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        text = self.text

        finished = self.finished

        show_date = self.show_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if selected_receiver_count is not UNSET:
            field_dict["selectedReceiverCount"] = selected_receiver_count
        if total_received_count is not UNSET:
            field_dict["totalReceivedCount"] = total_received_count
        if cost is not UNSET:
            field_dict["cost"] = cost
        if total_part_count is not UNSET:
            field_dict["totalPartCount"] = total_part_count
        if charge_count is not UNSET:
            field_dict["chargeCount"] = charge_count
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if finished is not UNSET:
            field_dict["finished"] = finished
        if show_date is not UNSET:
            field_dict["showDate"] = show_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customerId", UNSET)

        selected_receiver_count = d.pop("selectedReceiverCount", UNSET)

        total_received_count = d.pop("totalReceivedCount", UNSET)

        def _parse_cost(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        total_part_count = d.pop("totalPartCount", UNSET)

        charge_count = d.pop("chargeCount", UNSET)

        sent_date = d.pop("sentDate", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_product_type(_type_)

        text = d.pop("text", UNSET)

        finished = d.pop("finished", UNSET)

        show_date = d.pop("showDate", UNSET)

        group_message_history = cls(
            id=id,
            customer_id=customer_id,
            selected_receiver_count=selected_receiver_count,
            total_received_count=total_received_count,
            cost=cost,
            total_part_count=total_part_count,
            charge_count=charge_count,
            sent_date=sent_date,
            type_=type_,
            text=text,
            finished=finished,
            show_date=show_date,
        )

        group_message_history.additional_properties = d
        return group_message_history

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
