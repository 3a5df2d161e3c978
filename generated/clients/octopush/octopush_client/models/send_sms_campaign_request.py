from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_purpose import CampaignPurpose, check_campaign_purpose
from ..models.sms_type import SmsType, check_sms_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="SendSmsCampaignRequest")


@_attrs_define
class SendSmsCampaignRequest:
    """Body of `POST /sms-campaign/send`.

    Attributes:
        recipients (list[Contact]): The recipients, 1 to 500 (a single SMS is a campaign with one recipient).
        text (str): Message text, from 1 to 1224 characters. Personalisation placeholders `{param1}` … `{param5}`
            (and the contact's names) are replaced per recipient. Depending on the campaign type and purpose the
            text must contain the opt-out mention ("STOP au XXXXX" for Premium marketing SMS, error 121).
        type_ (SmsType): Campaign type (SMS product): `sms_premium` (Premium route, custom sender allowed) or
            `sms_low_cost`
            (Low Cost route). Note that the wallet endpoints of `/wallet/check-credits` name the same products
            `premium_sms` / `low_cost_sms`.
        sender (str | Unset): Sender name shown to the recipient (if the operator allows it): 3 to 11 alphanumeric
            characters
            (`a-zA-Z0-9`, no accents or punctuation; error 106 otherwise). The transactional-SMS page also
            allows spaces, so spaces are accepted here.
        purpose (CampaignPurpose | Unset): Purpose of the campaign: `alert` = transactional (non-commercial:
            confirmations, alerts, reminders,
            may be sent 24/7) or `wholesale` = marketing. Sending advertising with `alert` is fined under the
            vendor's terms.
        send_at (str | Unset): Date and time of a scheduled sending. The documented format is ISO 8601 with a UTC offset
            (`2018-10-03T07:42:39-07:00`); the official PHP SDK notes that `YYYY-MM-DD HH:MM:SS` without an offset
            also works and is then read in the Central European time zone.
        with_replies (bool | Unset): When true, the recipients' replies are collected (reply-capable route).
        simulation_mode (bool | Unset): When true, the request is only simulated (minimal validation) and a fake result
            is returned; nothing is sent or charged.
        request_id (str | Unset): Optional idempotency key. A second request with the same `request_id` within 24 hours
            is rejected
            with a validation error (code 120) instead of being sent twice.
        auto_optimize_text (bool | Unset): When false, the text is sent as-is; by default the Octopush robot optimises
            it (removes useless spaces and unicode characters that would increase the number of SMS needed).
        auto_remove_blacklisted_numbers (bool | Unset): When true, blacklisted numbers are silently removed from the
            recipients.
        auto_delete_optout_contacts (bool | Unset): When true, contacts who opted out are removed (readme.io reference).
        list_name (str | Unset): Name of a contact list (at most 30 characters).
        recipient_tracking (bool | Unset): When true, recipient tracking is enabled (readme.io reference).
    """

    recipients: list[Contact]
    text: str
    type_: SmsType
    sender: str | Unset = UNSET
    purpose: CampaignPurpose | Unset = UNSET
    send_at: str | Unset = UNSET
    with_replies: bool | Unset = UNSET
    simulation_mode: bool | Unset = UNSET
    request_id: str | Unset = UNSET
    auto_optimize_text: bool | Unset = UNSET
    auto_remove_blacklisted_numbers: bool | Unset = UNSET
    auto_delete_optout_contacts: bool | Unset = UNSET
    list_name: str | Unset = UNSET
    recipient_tracking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        text = self.text

        type_: str = self.type_

        sender = self.sender

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose

        send_at: str | Unset
        if isinstance(self.send_at, Unset):
            send_at = UNSET
        else:
            send_at = self.send_at

        with_replies = self.with_replies

        simulation_mode = self.simulation_mode

        request_id = self.request_id

        auto_optimize_text = self.auto_optimize_text

        auto_remove_blacklisted_numbers = self.auto_remove_blacklisted_numbers

        auto_delete_optout_contacts = self.auto_delete_optout_contacts

        list_name = self.list_name

        recipient_tracking = self.recipient_tracking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
                "text": text,
                "type": type_,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if with_replies is not UNSET:
            field_dict["with_replies"] = with_replies
        if simulation_mode is not UNSET:
            field_dict["simulation_mode"] = simulation_mode
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if auto_optimize_text is not UNSET:
            field_dict["auto_optimize_text"] = auto_optimize_text
        if auto_remove_blacklisted_numbers is not UNSET:
            field_dict["auto_remove_blacklisted_numbers"] = auto_remove_blacklisted_numbers
        if auto_delete_optout_contacts is not UNSET:
            field_dict["auto_delete_optout_contacts"] = auto_delete_optout_contacts
        if list_name is not UNSET:
            field_dict["list_name"] = list_name
        if recipient_tracking is not UNSET:
            field_dict["recipient_tracking"] = recipient_tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = Contact.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        text = d.pop("text")

        type_ = check_sms_type(d.pop("type"))

        sender = d.pop("sender", UNSET)

        _purpose = d.pop("purpose", UNSET)
        purpose: CampaignPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = check_campaign_purpose(_purpose)

        def _parse_send_at(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        send_at = _parse_send_at(d.pop("send_at", UNSET))

        with_replies = d.pop("with_replies", UNSET)

        simulation_mode = d.pop("simulation_mode", UNSET)

        request_id = d.pop("request_id", UNSET)

        auto_optimize_text = d.pop("auto_optimize_text", UNSET)

        auto_remove_blacklisted_numbers = d.pop("auto_remove_blacklisted_numbers", UNSET)

        auto_delete_optout_contacts = d.pop("auto_delete_optout_contacts", UNSET)

        list_name = d.pop("list_name", UNSET)

        recipient_tracking = d.pop("recipient_tracking", UNSET)

        send_sms_campaign_request = cls(
            recipients=recipients,
            text=text,
            type_=type_,
            sender=sender,
            purpose=purpose,
            send_at=send_at,
            with_replies=with_replies,
            simulation_mode=simulation_mode,
            request_id=request_id,
            auto_optimize_text=auto_optimize_text,
            auto_remove_blacklisted_numbers=auto_remove_blacklisted_numbers,
            auto_delete_optout_contacts=auto_delete_optout_contacts,
            list_name=list_name,
            recipient_tracking=recipient_tracking,
        )

        send_sms_campaign_request.additional_properties = d
        return send_sms_campaign_request

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
