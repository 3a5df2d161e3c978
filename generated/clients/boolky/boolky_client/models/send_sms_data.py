from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_recipient_id import SmsRecipientId


T = TypeVar("T", bound="SendSmsData")


@_attrs_define
class SendSmsData:
    """Result of an SMS send (`result.data` of `POST /sendSms`).

    Attributes:
        cost (float | str): A monetary amount in the account currency. The vendor sends it as a decimal string in
            sendSms and the
            history (`"0.0295"`, `"0.1200"`) and as a JSON number in the price calculations and sendMms (`0.047`).
        total_part_count (int): Total number of SMS segments sent.
        receiver_count (int): Number of recipients.
        b_coin_cost (int | Unset): Price in Boolky's internal bCoin unit (the documented example pairs 0.0295 with 295).
        text (str | Unset): Echo of the message text.
        send_anyway_cost (float | str | Unset): A monetary amount in the account currency. The vendor sends it as a
            decimal string in sendSms and the
            history (`"0.0295"`, `"0.1200"`) and as a JSON number in the price calculations and sendMms (`0.047`).
        b_coin_send_anyway_cost (int | Unset): `sendAnywayCost` in bCoin.
        international_total_part_count (int | Unset): SMS segments sent to international recipients.
        international_receiver_count (int | Unset): Number of international recipients.
        selected_contacts_size (int | Unset): Number of recipients selected.
        black_list_contacts_size (int | Unset): Number of blacklisted recipients.
        invalid_contacts_size (int | Unset): Number of recipients with an invalid number.
        blocked_country_contacts_size (int | Unset): Number of recipients in blocked countries.
        invalid_contacts (list[Any] | Unset): Recipients with an invalid number.
        black_list_contacts (list[Any] | Unset): Blacklisted recipients.
        blocked_country_contacts (list[Any] | Unset): Recipients in blocked countries.
        group_history_id (int | str | Unset): An integer that the vendor sends either as a JSON integer or as a numeric
            string, depending on the endpoint
            (e.g. `groupHistoryId` is `0` in the sendSms response but `"14874"` in the callBack webhook).
        message_id (UUID | Unset): Id of the whole send.
        ids (list[SmsRecipientId] | Unset): One id per recipient.
    """

    cost: float | str
    total_part_count: int
    receiver_count: int
    b_coin_cost: int | Unset = UNSET
    text: str | Unset = UNSET
    send_anyway_cost: float | str | Unset = UNSET
    b_coin_send_anyway_cost: int | Unset = UNSET
    international_total_part_count: int | Unset = UNSET
    international_receiver_count: int | Unset = UNSET
    selected_contacts_size: int | Unset = UNSET
    black_list_contacts_size: int | Unset = UNSET
    invalid_contacts_size: int | Unset = UNSET
    blocked_country_contacts_size: int | Unset = UNSET
    invalid_contacts: list[Any] | Unset = UNSET
    black_list_contacts: list[Any] | Unset = UNSET
    blocked_country_contacts: list[Any] | Unset = UNSET
    group_history_id: int | str | Unset = UNSET
    message_id: UUID | Unset = UNSET
    ids: list[SmsRecipientId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost: float | str
        cost = self.cost

        total_part_count = self.total_part_count

        receiver_count = self.receiver_count

        b_coin_cost = self.b_coin_cost

        text = self.text

        send_anyway_cost: float | str | Unset
        if isinstance(self.send_anyway_cost, Unset):
            send_anyway_cost = UNSET
        else:
            send_anyway_cost = self.send_anyway_cost

        b_coin_send_anyway_cost = self.b_coin_send_anyway_cost

        international_total_part_count = self.international_total_part_count

        international_receiver_count = self.international_receiver_count

        selected_contacts_size = self.selected_contacts_size

        black_list_contacts_size = self.black_list_contacts_size

        invalid_contacts_size = self.invalid_contacts_size

        blocked_country_contacts_size = self.blocked_country_contacts_size

        invalid_contacts: list[Any] | Unset = UNSET
        if not isinstance(self.invalid_contacts, Unset):
            invalid_contacts = self.invalid_contacts

        black_list_contacts: list[Any] | Unset = UNSET
        if not isinstance(self.black_list_contacts, Unset):
            black_list_contacts = self.black_list_contacts

        blocked_country_contacts: list[Any] | Unset = UNSET
        if not isinstance(self.blocked_country_contacts, Unset):
            blocked_country_contacts = self.blocked_country_contacts

        group_history_id: int | str | Unset
        if isinstance(self.group_history_id, Unset):
            group_history_id = UNSET
        else:
            group_history_id = self.group_history_id

        message_id: str | Unset = UNSET
        if not isinstance(self.message_id, Unset):
            message_id = str(self.message_id)

        ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item = ids_item_data.to_dict()
                ids.append(ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "totalPartCount": total_part_count,
                "receiverCount": receiver_count,
            }
        )
        if b_coin_cost is not UNSET:
            field_dict["bCoinCost"] = b_coin_cost
        if text is not UNSET:
            field_dict["text"] = text
        if send_anyway_cost is not UNSET:
            field_dict["sendAnywayCost"] = send_anyway_cost
        if b_coin_send_anyway_cost is not UNSET:
            field_dict["bCoinSendAnywayCost"] = b_coin_send_anyway_cost
        if international_total_part_count is not UNSET:
            field_dict["internationalTotalPartCount"] = international_total_part_count
        if international_receiver_count is not UNSET:
            field_dict["internationalReceiverCount"] = international_receiver_count
        if selected_contacts_size is not UNSET:
            field_dict["selectedContactsSize"] = selected_contacts_size
        if black_list_contacts_size is not UNSET:
            field_dict["blackListContactsSize"] = black_list_contacts_size
        if invalid_contacts_size is not UNSET:
            field_dict["invalidContactsSize"] = invalid_contacts_size
        if blocked_country_contacts_size is not UNSET:
            field_dict["blockedCountryContactsSize"] = blocked_country_contacts_size
        if invalid_contacts is not UNSET:
            field_dict["invalidContacts"] = invalid_contacts
        if black_list_contacts is not UNSET:
            field_dict["blackListContacts"] = black_list_contacts
        if blocked_country_contacts is not UNSET:
            field_dict["blockedCountryContacts"] = blocked_country_contacts
        if group_history_id is not UNSET:
            field_dict["groupHistoryId"] = group_history_id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_recipient_id import SmsRecipientId  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cost(data: object) -> float | str:
            return cast(float | str, data)

        cost = _parse_cost(d.pop("cost"))

        total_part_count = d.pop("totalPartCount")

        receiver_count = d.pop("receiverCount")

        b_coin_cost = d.pop("bCoinCost", UNSET)

        text = d.pop("text", UNSET)

        def _parse_send_anyway_cost(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        send_anyway_cost = _parse_send_anyway_cost(d.pop("sendAnywayCost", UNSET))

        b_coin_send_anyway_cost = d.pop("bCoinSendAnywayCost", UNSET)

        international_total_part_count = d.pop("internationalTotalPartCount", UNSET)

        international_receiver_count = d.pop("internationalReceiverCount", UNSET)

        selected_contacts_size = d.pop("selectedContactsSize", UNSET)

        black_list_contacts_size = d.pop("blackListContactsSize", UNSET)

        invalid_contacts_size = d.pop("invalidContactsSize", UNSET)

        blocked_country_contacts_size = d.pop("blockedCountryContactsSize", UNSET)

        invalid_contacts = cast(list[Any], d.pop("invalidContacts", UNSET))

        black_list_contacts = cast(list[Any], d.pop("blackListContacts", UNSET))

        blocked_country_contacts = cast(list[Any], d.pop("blockedCountryContacts", UNSET))

        def _parse_group_history_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        group_history_id = _parse_group_history_id(d.pop("groupHistoryId", UNSET))

        _message_id = d.pop("messageId", UNSET)
        message_id: UUID | Unset
        if isinstance(_message_id, Unset):
            message_id = UNSET
        else:
            message_id = UUID(_message_id)

        _ids = d.pop("ids", UNSET)
        ids: list[SmsRecipientId] | Unset = UNSET
        if _ids is not UNSET:
            ids = []
            for ids_item_data in _ids:
                ids_item = SmsRecipientId.from_dict(ids_item_data)

                ids.append(ids_item)

        send_sms_data = cls(
            cost=cost,
            total_part_count=total_part_count,
            receiver_count=receiver_count,
            b_coin_cost=b_coin_cost,
            text=text,
            send_anyway_cost=send_anyway_cost,
            b_coin_send_anyway_cost=b_coin_send_anyway_cost,
            international_total_part_count=international_total_part_count,
            international_receiver_count=international_receiver_count,
            selected_contacts_size=selected_contacts_size,
            black_list_contacts_size=black_list_contacts_size,
            invalid_contacts_size=invalid_contacts_size,
            blocked_country_contacts_size=blocked_country_contacts_size,
            invalid_contacts=invalid_contacts,
            black_list_contacts=black_list_contacts,
            blocked_country_contacts=blocked_country_contacts,
            group_history_id=group_history_id,
            message_id=message_id,
            ids=ids,
        )

        send_sms_data.additional_properties = d
        return send_sms_data

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
