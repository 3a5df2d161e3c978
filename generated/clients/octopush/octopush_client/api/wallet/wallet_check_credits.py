from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credits_by_country import CreditsByCountry
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country_codes: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_country_codes: list[str] | Unset = UNSET
    if not isinstance(country_codes, Unset):
        json_country_codes = country_codes

    params["country_codes[]"] = json_country_codes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/wallet/check-credits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditsByCountry | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreditsByCountry.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditsByCountry | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country_codes: list[str] | Unset = UNSET,
) -> Response[CreditsByCountry | ErrorResponse]:
    """Check credits per product and country

     Returns, country by country, the number of credits (sendable units) for each product: Premium SMS,
    Low Cost SMS, Voice SMS and HLR. The response is a map keyed by country code. Without
    `country_codes[]` the vendor's example lists many countries.

    Note that the product keys here (`premium_sms`, `low_cost_sms`) differ from the product names used
    elsewhere (`sms_premium`, `sms_low_cost`).

    Args:
        country_codes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsByCountry | ErrorResponse]
    """

    kwargs = _get_kwargs(
        country_codes=country_codes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country_codes: list[str] | Unset = UNSET,
) -> CreditsByCountry | ErrorResponse | None:
    """Check credits per product and country

     Returns, country by country, the number of credits (sendable units) for each product: Premium SMS,
    Low Cost SMS, Voice SMS and HLR. The response is a map keyed by country code. Without
    `country_codes[]` the vendor's example lists many countries.

    Note that the product keys here (`premium_sms`, `low_cost_sms`) differ from the product names used
    elsewhere (`sms_premium`, `sms_low_cost`).

    Args:
        country_codes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsByCountry | ErrorResponse
    """

    return sync_detailed(
        client=client,
        country_codes=country_codes,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country_codes: list[str] | Unset = UNSET,
) -> Response[CreditsByCountry | ErrorResponse]:
    """Check credits per product and country

     Returns, country by country, the number of credits (sendable units) for each product: Premium SMS,
    Low Cost SMS, Voice SMS and HLR. The response is a map keyed by country code. Without
    `country_codes[]` the vendor's example lists many countries.

    Note that the product keys here (`premium_sms`, `low_cost_sms`) differ from the product names used
    elsewhere (`sms_premium`, `sms_low_cost`).

    Args:
        country_codes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsByCountry | ErrorResponse]
    """

    kwargs = _get_kwargs(
        country_codes=country_codes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country_codes: list[str] | Unset = UNSET,
) -> CreditsByCountry | ErrorResponse | None:
    """Check credits per product and country

     Returns, country by country, the number of credits (sendable units) for each product: Premium SMS,
    Low Cost SMS, Voice SMS and HLR. The response is a map keyed by country code. Without
    `country_codes[]` the vendor's example lists many countries.

    Note that the product keys here (`premium_sms`, `low_cost_sms`) differ from the product names used
    elsewhere (`sms_premium`, `sms_low_cost`).

    Args:
        country_codes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsByCountry | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            country_codes=country_codes,
        )
    ).parsed
