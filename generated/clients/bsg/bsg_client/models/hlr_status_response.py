from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hlr_lookup_status import HlrLookupStatus, check_hlr_lookup_status
from ..models.success_code_integer import SuccessCodeInteger, check_success_code_integer
from ..models.success_code_string import SuccessCodeString, check_success_code_string
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hlr_details import HlrDetails


T = TypeVar("T", bound="HlrStatusResponse")


@_attrs_define
class HlrStatusResponse:
    """Result of an HLR lookup (`GET /hlr/{id}`, `GET /hlr/reference/{reference}`). Fields from the SDKs (Java
    `HlrInfo`); the newer docs add `country_name`, `brand_name`, `imsi`, `ported`, `roaming`, `price` and
    `currency`.

        Attributes:
            id (int | str): An identifier created by BSG (message id, HLR id, task id). Documented and usually sent as a
                string of
                digits (`"470093225"`); the type drifts like BSG's other numbers, so an integer is accepted too.
            error (SuccessCodeInteger | SuccessCodeString | Unset): The code `0` ("No errors") of a successful response, as
                the integer `0` or the string `"0"` (type drift,
                see `ErrorCode`). Successful object reads may omit `error` altogether.
            error_description (str | Unset): `No errors`.
            reference (str | Unset): Client reference.
            msisdn (str | Unset): Looked-up phone number.
            network (None | str | Unset): Network code, MCC followed by MNC, e.g. `25501`.
            status (HlrLookupStatus | Unset): Status of an HLR lookup. The full `details` object is filled only when the
                status is `active`.
            details (HlrDetails | None | Unset): Network details of the number; filled only when `status` is `active`,
                otherwise null.
            name (None | str | Unset): Name returned by the lookup (not described by the docs or SDKs).
            name_en (None | str | Unset): Country name in English.
            name_ru (None | str | Unset): Country name in Russian.
            brand (None | str | Unset): Operator brand (not described by the docs or SDKs).
            country_name (None | str | Unset): Country name (newer docs).
            brand_name (None | str | Unset): Operator brand name (newer docs).
            imsi (None | str | Unset): IMSI of the subscriber (newer docs).
            ported (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g. `3`
                or `"3"`).
            roaming (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g. `3`
                or `"3"`).
            created_datetime (datetime.datetime | str | Unset): HLR timestamp. The SDKs and older docs show ISO 8601 with an
                offset (`2017-03-03T13:04:56+00:00`); the
                newer docs say `Y-m-d H:i:s` (`2017-03-03 13:04:56`). Both are accepted.
            status_datetime (datetime.datetime | str | Unset): HLR timestamp. The SDKs and older docs show ISO 8601 with an
                offset (`2017-03-03T13:04:56+00:00`); the
                newer docs say `Y-m-d H:i:s` (`2017-03-03 13:04:56`). Both are accepted.
            price (float | str | Unset): A decimal amount (price, balance) that BSG sends either as a JSON number (`0.23`)
                or as a decimal string
                (`"0.023"`, `"0.0200000"`, `"-0.2800005"`).
            currency (str | Unset): ISO 4217 currency code of the account, e.g. `EUR`.
    """

    id: int | str
    error: SuccessCodeInteger | SuccessCodeString | Unset = UNSET
    error_description: str | Unset = UNSET
    reference: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    network: None | str | Unset = UNSET
    status: HlrLookupStatus | Unset = UNSET
    details: HlrDetails | None | Unset = UNSET
    name: None | str | Unset = UNSET
    name_en: None | str | Unset = UNSET
    name_ru: None | str | Unset = UNSET
    brand: None | str | Unset = UNSET
    country_name: None | str | Unset = UNSET
    brand_name: None | str | Unset = UNSET
    imsi: None | str | Unset = UNSET
    ported: int | str | Unset = UNSET
    roaming: int | str | Unset = UNSET
    created_datetime: datetime.datetime | str | Unset = UNSET
    status_datetime: datetime.datetime | str | Unset = UNSET
    price: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hlr_details import HlrDetails  # noqa: PLC0415

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

        reference = self.reference

        msisdn = self.msisdn

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, HlrDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

        name_ru: None | str | Unset
        if isinstance(self.name_ru, Unset):
            name_ru = UNSET
        else:
            name_ru = self.name_ru

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        country_name: None | str | Unset
        if isinstance(self.country_name, Unset):
            country_name = UNSET
        else:
            country_name = self.country_name

        brand_name: None | str | Unset
        if isinstance(self.brand_name, Unset):
            brand_name = UNSET
        else:
            brand_name = self.brand_name

        imsi: None | str | Unset
        if isinstance(self.imsi, Unset):
            imsi = UNSET
        else:
            imsi = self.imsi

        ported: int | str | Unset
        if isinstance(self.ported, Unset):
            ported = UNSET
        else:
            ported = self.ported

        roaming: int | str | Unset
        if isinstance(self.roaming, Unset):
            roaming = UNSET
        else:
            roaming = self.roaming

        created_datetime: str | Unset
        if isinstance(self.created_datetime, Unset):
            created_datetime = UNSET
        elif isinstance(self.created_datetime, datetime.datetime):
            created_datetime = self.created_datetime.isoformat()
        else:
            created_datetime = self.created_datetime

        status_datetime: str | Unset
        if isinstance(self.status_datetime, Unset):
            status_datetime = UNSET
        elif isinstance(self.status_datetime, datetime.datetime):
            status_datetime = self.status_datetime.isoformat()
        else:
            status_datetime = self.status_datetime

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        currency = self.currency

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
        if reference is not UNSET:
            field_dict["reference"] = reference
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if network is not UNSET:
            field_dict["network"] = network
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details
        if name is not UNSET:
            field_dict["name"] = name
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if name_ru is not UNSET:
            field_dict["name_ru"] = name_ru
        if brand is not UNSET:
            field_dict["brand"] = brand
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if brand_name is not UNSET:
            field_dict["brand_name"] = brand_name
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if ported is not UNSET:
            field_dict["ported"] = ported
        if roaming is not UNSET:
            field_dict["roaming"] = roaming
        if created_datetime is not UNSET:
            field_dict["createdDatetime"] = created_datetime
        if status_datetime is not UNSET:
            field_dict["statusDatetime"] = status_datetime
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hlr_details import HlrDetails  # noqa: PLC0415

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

        reference = d.pop("reference", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        _status = d.pop("status", UNSET)
        status: HlrLookupStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_hlr_lookup_status(_status)

        def _parse_details(data: object) -> HlrDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = HlrDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HlrDetails | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))

        def _parse_name_ru(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_ru = _parse_name_ru(d.pop("name_ru", UNSET))

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_country_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_name = _parse_country_name(d.pop("country_name", UNSET))

        def _parse_brand_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_name = _parse_brand_name(d.pop("brand_name", UNSET))

        def _parse_imsi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imsi = _parse_imsi(d.pop("imsi", UNSET))

        def _parse_ported(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ported = _parse_ported(d.pop("ported", UNSET))

        def _parse_roaming(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        roaming = _parse_roaming(d.pop("roaming", UNSET))

        def _parse_created_datetime(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_hlr_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_hlr_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        created_datetime = _parse_created_datetime(d.pop("createdDatetime", UNSET))

        def _parse_status_datetime(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_hlr_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_hlr_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        status_datetime = _parse_status_datetime(d.pop("statusDatetime", UNSET))

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        currency = d.pop("currency", UNSET)

        hlr_status_response = cls(
            id=id,
            error=error,
            error_description=error_description,
            reference=reference,
            msisdn=msisdn,
            network=network,
            status=status,
            details=details,
            name=name,
            name_en=name_en,
            name_ru=name_ru,
            brand=brand,
            country_name=country_name,
            brand_name=brand_name,
            imsi=imsi,
            ported=ported,
            roaming=roaming,
            created_datetime=created_datetime,
            status_datetime=status_datetime,
            price=price,
            currency=currency,
        )

        hlr_status_response.additional_properties = d
        return hlr_status_response

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
