from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString, check_boolean_string
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personalized_message import PersonalizedMessage


T = TypeVar("T", bound="SendPersonalizedRequest")


@_attrs_define
class SendPersonalizedRequest:
    """Body of `messages/send_personalized`: a different text per number (at most 10 000 messages per request),
    or one `text` to the groups in `group_id`.

        Attributes:
            username (str | Unset): Login of an API user created in the Client Panel (*Interface settings* → *HTTPS API* →
                *API users*).
                Only used when the request carries no Bearer token; send it together with `password`.
            password (str | Unset): Password of the API user named in `username`. Only used when the request carries no
                Bearer token.
            system (str | Unset): Name of the calling client library, e.g. `client_php`, `client_python` or `client_nodejs`.
                Optional and
                informational; it does not change the behaviour of the action.
            sender (str | Unset): Sender field. **Omitted or empty → SMS ECO+** (sent from a generic number); **filled → SMS
                FULL**. Use an
                alphanumeric name added in the panel or through the API and approved by SerwerSMS.pl (e.g. `INFORMACJA`),
                a 4- or 9-digit number, or `2waySMS` (a random 9-digit number that recipients can reply to).
            details (bool | BooleanString | Unset): Optional on/off switch. JSON bodies normally use `true`/`false`; the
                Python SDK sends the strings `'true'` and
                `'false'`, and form-encoded requests built with PHP's `http_build_query` (PHP SDK) send `1`/`0`. Omitting the
                field means off.
            utf (bool | BooleanString | Unset): Optional on/off switch. JSON bodies normally use `true`/`false`; the Python
                SDK sends the strings `'true'` and
                `'false'`, and form-encoded requests built with PHP's `http_build_query` (PHP SDK) send `1`/`0`. Omitting the
                field means off.
            flash (bool | BooleanString | Unset): Optional on/off switch. JSON bodies normally use `true`/`false`; the
                Python SDK sends the strings `'true'` and
                `'false'`, and form-encoded requests built with PHP's `http_build_query` (PHP SDK) send `1`/`0`. Omitting the
                field means off.
            speed (bool | BooleanString | Unset): Optional on/off switch. JSON bodies normally use `true`/`false`; the
                Python SDK sends the strings `'true'` and
                `'false'`, and form-encoded requests built with PHP's `http_build_query` (PHP SDK) send `1`/`0`. Omitting the
                field means off.
            test (bool | BooleanString | Unset): Optional on/off switch. JSON bodies normally use `true`/`false`; the Python
                SDK sends the strings `'true'` and
                `'false'`, and form-encoded requests built with PHP's `http_build_query` (PHP SDK) send `1`/`0`. Omitting the
                field means off.
            date (str | Unset): Date and time as the API prints it, e.g. `2014-10-20 11:54:20` (`YYYY-MM-DD HH:MM:SS`,
                Polish local time).
                Not an RFC 3339 value.
            group_id (int | list[int] | Unset): One numeric identifier, or an array of them (e.g. several groups). In form
                encoding an array is sent with
                PHP bracket keys (`group_id[0]=…&group_id[1]=…`).
            unique_id (list[str] | str | Unset): One own identifier or an array of them. When sending to several numbers (or
                several personalised messages),
                give one identifier per number, in the same order; if the counts differ nothing is sent and a general error
                is returned.
            messages (list[PersonalizedMessage] | Unset): The personalised messages. In form encoding use PHP bracket keys
                (`messages[0][phone]=…&messages[0][text]=…`).
            text (str | Unset): Message content used when sending to `group_id` instead of `messages`.
            voice (bool | BooleanString | Unset): Optional on/off switch. JSON bodies normally use `true`/`false`; the
                Python SDK sends the strings `'true'` and
                `'false'`, and form-encoded requests built with PHP's `http_build_query` (PHP SDK) send `1`/`0`. Omitting the
                field means off.
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    system: str | Unset = UNSET
    sender: str | Unset = UNSET
    details: bool | BooleanString | Unset = UNSET
    utf: bool | BooleanString | Unset = UNSET
    flash: bool | BooleanString | Unset = UNSET
    speed: bool | BooleanString | Unset = UNSET
    test: bool | BooleanString | Unset = UNSET
    date: str | Unset = UNSET
    group_id: int | list[int] | Unset = UNSET
    unique_id: list[str] | str | Unset = UNSET
    messages: list[PersonalizedMessage] | Unset = UNSET
    text: str | Unset = UNSET
    voice: bool | BooleanString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        system = self.system

        sender = self.sender

        details: bool | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, str):
            details = self.details
        else:
            details = self.details

        utf: bool | str | Unset
        if isinstance(self.utf, Unset):
            utf = UNSET
        elif isinstance(self.utf, str):
            utf = self.utf
        else:
            utf = self.utf

        flash: bool | str | Unset
        if isinstance(self.flash, Unset):
            flash = UNSET
        elif isinstance(self.flash, str):
            flash = self.flash
        else:
            flash = self.flash

        speed: bool | str | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        elif isinstance(self.speed, str):
            speed = self.speed
        else:
            speed = self.speed

        test: bool | str | Unset
        if isinstance(self.test, Unset):
            test = UNSET
        elif isinstance(self.test, str):
            test = self.test
        else:
            test = self.test

        date = self.date

        group_id: int | list[int] | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        elif isinstance(self.group_id, list):
            group_id = self.group_id

        else:
            group_id = self.group_id

        unique_id: list[str] | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        elif isinstance(self.unique_id, list):
            unique_id = self.unique_id

        else:
            unique_id = self.unique_id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        text = self.text

        voice: bool | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, str):
            voice = self.voice
        else:
            voice = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if system is not UNSET:
            field_dict["system"] = system
        if sender is not UNSET:
            field_dict["sender"] = sender
        if details is not UNSET:
            field_dict["details"] = details
        if utf is not UNSET:
            field_dict["utf"] = utf
        if flash is not UNSET:
            field_dict["flash"] = flash
        if speed is not UNSET:
            field_dict["speed"] = speed
        if test is not UNSET:
            field_dict["test"] = test
        if date is not UNSET:
            field_dict["date"] = date
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if text is not UNSET:
            field_dict["text"] = text
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.personalized_message import PersonalizedMessage  # noqa: PLC0415

        d = dict(src_dict)
        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        system = d.pop("system", UNSET)

        sender = d.pop("sender", UNSET)

        def _parse_details(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_flag_type_1 = check_boolean_string(data)

                return componentsschemas_boolean_flag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_utf(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_flag_type_1 = check_boolean_string(data)

                return componentsschemas_boolean_flag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        utf = _parse_utf(d.pop("utf", UNSET))

        def _parse_flash(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_flag_type_1 = check_boolean_string(data)

                return componentsschemas_boolean_flag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        flash = _parse_flash(d.pop("flash", UNSET))

        def _parse_speed(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_flag_type_1 = check_boolean_string(data)

                return componentsschemas_boolean_flag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        speed = _parse_speed(d.pop("speed", UNSET))

        def _parse_test(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_flag_type_1 = check_boolean_string(data)

                return componentsschemas_boolean_flag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        test = _parse_test(d.pop("test", UNSET))

        date = d.pop("date", UNSET)

        def _parse_group_id(data: object) -> int | list[int] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_id_or_ids_type_1 = cast(list[int], data)

                return componentsschemas_id_or_ids_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int] | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        def _parse_unique_id(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_unique_ids_type_1 = cast(list[str], data)

                return componentsschemas_unique_ids_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        unique_id = _parse_unique_id(d.pop("unique_id", UNSET))

        _messages = d.pop("messages", UNSET)
        messages: list[PersonalizedMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = PersonalizedMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        text = d.pop("text", UNSET)

        def _parse_voice(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_flag_type_1 = check_boolean_string(data)

                return componentsschemas_boolean_flag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        send_personalized_request = cls(
            username=username,
            password=password,
            system=system,
            sender=sender,
            details=details,
            utf=utf,
            flash=flash,
            speed=speed,
            test=test,
            date=date,
            group_id=group_id,
            unique_id=unique_id,
            messages=messages,
            text=text,
            voice=voice,
        )

        send_personalized_request.additional_properties = d
        return send_personalized_request

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
