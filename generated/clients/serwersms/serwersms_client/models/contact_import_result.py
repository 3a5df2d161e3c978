from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactImportResult")


@_attrs_define
class ContactImportResult:
    """Result of `contacts/import`.

    Attributes:
        success (bool): Whether the import ran.
        id (int | Unset): Identifier of the group the contacts were imported into.
        correct (int | Unset): Number of contacts imported correctly.
        failed (int | Unset): Number of contacts that could not be imported.
    """

    success: bool
    id: int | Unset = UNSET
    correct: int | Unset = UNSET
    failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        id = self.id

        correct = self.correct

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if correct is not UNSET:
            field_dict["correct"] = correct
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        id = d.pop("id", UNSET)

        correct = d.pop("correct", UNSET)

        failed = d.pop("failed", UNSET)

        contact_import_result = cls(
            success=success,
            id=id,
            correct=correct,
            failed=failed,
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
