from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error body of Octopush v1 (`400 Bad Request`, and presumably `401`/`403`):
    a numeric `code` and a human-readable `message`, e.g.
    `{"code": 121, "message": "STOP mention ([STOP au 30101]) is missing from your text."}`.

    The codes reuse the vendor's numeric return-code table:

    | code | meaning |
    |---|---|
    | 0 (`000`) | OK |
    | 100 | POST request missing |
    | 101 | wrong login details |
    | 102 | SMS longer than 160 characters |
    | 103 | no recipients |
    | 104 | out of credit |
    | 105 | not enough credit, last order awaiting validation |
    | 106 | invalid sender (3–11 characters, 0-9 a-z A-Z, no accents, spaces or punctuation) |
    | 107 | message text missing |
    | 108 | login missing |
    | 109 | password missing |
    | 110 | recipient list missing |
    | 111 | no recipient input method chosen |
    | 112 | message quality/type not defined |
    | 113 | account not validated |
    | 114 | account under fraud investigation |
    | 115 | number of recipients differs from the number of values of a related parameter |
    | 116 | mailing option only works with a contact list |
    | 117 | no valid number in the recipient list (international format needed) |
    | 118 | test-SMS confirmation box not ticked |
    | 119 | more than 160 characters not allowed for this SMS type |
    | 120 | an SMS with the same `request_id` was already sent |
    | 121 | Premium SMS must contain the "STOP au XXXXX" mention (case-sensitive) |
    | 122 | Standard SMS must contain the "no PUB=STOP" mention |

    Codes above 122 exist but their table was not retrieved.

        Attributes:
            code (int): Numeric error code (see the table above).
            message (str): Human-readable explanation of the error.
    """

    code: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        error_response = cls(
            code=code,
            message=message,
        )

        error_response.additional_properties = d
        return error_response

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
