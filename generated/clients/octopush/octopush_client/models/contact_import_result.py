from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_import_result_status import ContactImportResultStatus, check_contact_import_result_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactImportResult")


@_attrs_define
class ContactImportResult:
    """Outcome for one submitted contact.

    Attributes:
        phone_number (str): Phone number in international E.164 format with a leading `+` (country code, then the
            subscriber
            number, at most 15 digits in all), e.g. `+33612345678`. Octopush requires the international format.
        status (ContactImportResultStatus): `added` = new contact, `updated` = existing contact overwritten, `skipped` =
            existing contact left untouched (`do_not_overwrite`).
        email (str | Unset): E-mail address stored on the contact.
    """

    phone_number: str
    status: ContactImportResultStatus
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        status: str = self.status

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "status": status,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        status = check_contact_import_result_status(d.pop("status"))

        email = d.pop("email", UNSET)

        contact_import_result = cls(
            phone_number=phone_number,
            status=status,
            email=email,
        )

        contact_import_result.additional_properties = d
        return contact_import_result

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
