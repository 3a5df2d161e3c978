from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_data import TemplateData


T = TypeVar("T", bound="SenderIdSmsRequest")


@_attrs_define
class SenderIdSmsRequest:
    """An SMS sent through a registered Sender ID with a message template (JSON body, token inside).

    Attributes:
        token (str): API token issued by `gettoken` (usually 32 hexadecimal characters, e.g.
            `1f0e86f9fe7ee6b52724fd5fd3511225`). It does not expire on its own; request a new one with `gettoken` if it
            stops working.
        send_to (str): Recipient phone number, e.g. `+4915752982212`.
        sender_id (int | str): Sender ID (name or numeric id) registered in your account.
        template_id (int | str): Id of the message template.
        webhook_callback_url (str | Unset): Optional URL that receives status callbacks for this message.
        template_data (TemplateData | Unset): Free key/value pairs substituted into the template's placeholders.
    """

    token: str
    send_to: str
    sender_id: int | str
    template_id: int | str
    webhook_callback_url: str | Unset = UNSET
    template_data: TemplateData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        send_to = self.send_to

        sender_id: int | str
        sender_id = self.sender_id

        template_id: int | str
        template_id = self.template_id

        webhook_callback_url = self.webhook_callback_url

        template_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_data, Unset):
            template_data = self.template_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "send_to": send_to,
                "sender_id": sender_id,
                "template_id": template_id,
            }
        )
        if webhook_callback_url is not UNSET:
            field_dict["webhook_callback_url"] = webhook_callback_url
        if template_data is not UNSET:
            field_dict["template_data"] = template_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_data import TemplateData  # noqa: PLC0415

        d = dict(src_dict)
        token = d.pop("token")

        send_to = d.pop("send_to")

        def _parse_sender_id(data: object) -> int | str:
            return cast(int | str, data)

        sender_id = _parse_sender_id(d.pop("sender_id"))

        def _parse_template_id(data: object) -> int | str:
            return cast(int | str, data)

        template_id = _parse_template_id(d.pop("template_id"))

        webhook_callback_url = d.pop("webhook_callback_url", UNSET)

        _template_data = d.pop("template_data", UNSET)
        template_data: TemplateData | Unset
        if isinstance(_template_data, Unset):
            template_data = UNSET
        else:
            template_data = TemplateData.from_dict(_template_data)

        sender_id_sms_request = cls(
            token=token,
            send_to=send_to,
            sender_id=sender_id,
            template_id=template_id,
            webhook_callback_url=webhook_callback_url,
            template_data=template_data,
        )

        sender_id_sms_request.additional_properties = d
        return sender_id_sms_request

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
