from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_code_integer import SuccessCodeInteger, check_success_code_integer
from ..models.success_code_string import SuccessCodeString, check_success_code_string
from ..models.viber_delivery_status import ViberDeliveryStatus, check_viber_delivery_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.viber_alt_route_status import ViberAltRouteStatus


T = TypeVar("T", bound="ViberStatusResponse")


@_attrs_define
class ViberStatusResponse:
    """A Viber message as returned by `GET /viber/{id}` and `GET /viber/reference/{reference}`.

    Attributes:
        id (int | str): An identifier created by BSG (message id, HLR id, task id). Documented and usually sent as a
            string of
            digits (`"470093225"`); the type drifts like BSG's other numbers, so an integer is accepted too.
        error (SuccessCodeInteger | SuccessCodeString | Unset): The code `0` ("No errors") of a successful response, as
            the integer `0` or the string `"0"` (type drift,
            see `ErrorCode`). Successful object reads may omit `error` altogether.
        error_description (str | Unset): `No errors`.
        msisdn (str | Unset): Recipient phone number.
        reference (str | Unset): Client reference.
        time_in (str | Unset): Date and time as `YYYY-MM-DD HH:MM:SS` (no time zone), e.g. `2017-01-17 09:20:02`.
        time_sent (str | Unset): Date and time as `YYYY-MM-DD HH:MM:SS` (no time zone), e.g. `2017-01-17 09:20:02`.
        time_dr (str | Unset): Date and time as `YYYY-MM-DD HH:MM:SS` (no time zone), e.g. `2017-01-17 09:20:02`.
        status (ViberDeliveryStatus | Unset): Delivery status of a Viber message (or of its SMS fallback); `read` exists
            only for Viber.
        price (float | str | Unset): A decimal amount (price, balance) that BSG sends either as a JSON number (`0.23`)
            or as a decimal string
            (`"0.023"`, `"0.0200000"`, `"-0.2800005"`).
        currency (str | Unset): ISO 4217 currency code of the account, e.g. `EUR`.
        alt_route (list[ViberAltRouteStatus] | Unset): The SMS fallback; present only when a fallback was sent.
    """

    id: int | str
    error: SuccessCodeInteger | SuccessCodeString | Unset = UNSET
    error_description: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    reference: str | Unset = UNSET
    time_in: str | Unset = UNSET
    time_sent: str | Unset = UNSET
    time_dr: str | Unset = UNSET
    status: ViberDeliveryStatus | Unset = UNSET
    price: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    alt_route: list[ViberAltRouteStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        error: int | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, int):
            error = self.error
        else:
            error = self.error

        error_description = self.error_description

        msisdn = self.msisdn

        reference = self.reference

        time_in = self.time_in

        time_sent = self.time_sent

        time_dr = self.time_dr

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        currency = self.currency

        alt_route: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alt_route, Unset):
            alt_route = []
            for alt_route_item_data in self.alt_route:
                alt_route_item = alt_route_item_data.to_dict()
                alt_route.append(alt_route_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if reference is not UNSET:
            field_dict["reference"] = reference
        if time_in is not UNSET:
            field_dict["time_in"] = time_in
        if time_sent is not UNSET:
            field_dict["time_sent"] = time_sent
        if time_dr is not UNSET:
            field_dict["time_dr"] = time_dr
        if status is not UNSET:
            field_dict["status"] = status
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if alt_route is not UNSET:
            field_dict["alt_route"] = alt_route

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.viber_alt_route_status import ViberAltRouteStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_error(data: object) -> SuccessCodeInteger | SuccessCodeString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_success_code_success_code_integer = check_success_code_integer(data)

                return componentsschemas_success_code_success_code_integer
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_success_code_success_code_string = check_success_code_string(data)

            return componentsschemas_success_code_success_code_string

        error = _parse_error(d.pop("error", UNSET))

        error_description = d.pop("errorDescription", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        reference = d.pop("reference", UNSET)

        time_in = d.pop("time_in", UNSET)

        time_sent = d.pop("time_sent", UNSET)

        time_dr = d.pop("time_dr", UNSET)

        _status = d.pop("status", UNSET)
        status: ViberDeliveryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_viber_delivery_status(_status)

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        currency = d.pop("currency", UNSET)

        _alt_route = d.pop("alt_route", UNSET)
        alt_route: list[ViberAltRouteStatus] | Unset = UNSET
        if _alt_route is not UNSET:
            alt_route = []
            for alt_route_item_data in _alt_route:
                alt_route_item = ViberAltRouteStatus.from_dict(alt_route_item_data)

                alt_route.append(alt_route_item)

        viber_status_response = cls(
            id=id,
            error=error,
            error_description=error_description,
            msisdn=msisdn,
            reference=reference,
            time_in=time_in,
            time_sent=time_sent,
            time_dr=time_dr,
            status=status,
            price=price,
            currency=currency,
            alt_route=alt_route,
        )

        viber_status_response.additional_properties = d
        return viber_status_response

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
