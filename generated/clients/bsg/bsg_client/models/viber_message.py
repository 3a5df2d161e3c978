from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.viber_message_options import ViberMessageOptions
    from ..models.viber_recipient import ViberRecipient


T = TypeVar("T", bound="ViberMessage")


@_attrs_define
class ViberMessage:
    """One Viber message (a text, a sender and its recipients).

    Attributes:
        to (list[ViberRecipient]): Recipients, at most 50 phones per request.
        text (str): Text of the Viber message (an empty or too long text gives error 46).
        alpha_name (str): Registered Viber sender name (error 45 when not registered).
        is_promotional (bool | Unset): Promotional (`true`) or transactional (`false`) message. Required by the current
            docs; the PHP SDK omits
            it when `true`. Its default is documented inconsistently (`true` in the PHP SDK, `false` on the Viber
            object page).
        callback_url (str | Unset): URL that BSG calls with delivery reports for this message; requires a `reference` on
            the recipients.
            The callback payload is not documented.
        scheduled_datetime (str | Unset): Scheduled sending time (current docs; the format is not specified).
        options (ViberMessageOptions | Unset): Channel options of a Viber message; only the `viber` key is documented.
    """

    to: list[ViberRecipient]
    text: str
    alpha_name: str
    is_promotional: bool | Unset = UNSET
    callback_url: str | Unset = UNSET
    scheduled_datetime: str | Unset = UNSET
    options: ViberMessageOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = []
        for to_item_data in self.to:
            to_item = to_item_data.to_dict()
            to.append(to_item)

        text = self.text

        alpha_name = self.alpha_name

        is_promotional = self.is_promotional

        callback_url = self.callback_url

        scheduled_datetime = self.scheduled_datetime

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "text": text,
                "alpha_name": alpha_name,
            }
        )
        if is_promotional is not UNSET:
            field_dict["is_promotional"] = is_promotional
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if scheduled_datetime is not UNSET:
            field_dict["scheduledDatetime"] = scheduled_datetime
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.viber_message_options import ViberMessageOptions  # noqa: PLC0415
        from ..models.viber_recipient import ViberRecipient  # noqa: PLC0415

        d = dict(src_dict)
        to = []
        _to = d.pop("to")
        for to_item_data in _to:
            to_item = ViberRecipient.from_dict(to_item_data)

            to.append(to_item)

        text = d.pop("text")

        alpha_name = d.pop("alpha_name")

        is_promotional = d.pop("is_promotional", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        scheduled_datetime = d.pop("scheduledDatetime", UNSET)

        _options = d.pop("options", UNSET)
        options: ViberMessageOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ViberMessageOptions.from_dict(_options)

        viber_message = cls(
            to=to,
            text=text,
            alpha_name=alpha_name,
            is_promotional=is_promotional,
            callback_url=callback_url,
            scheduled_datetime=scheduled_datetime,
            options=options,
        )

        viber_message.additional_properties = d
        return viber_message

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
