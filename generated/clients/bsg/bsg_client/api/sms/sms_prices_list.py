from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.price_list_response import PriceListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x_api_source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_source, Unset):
        headers["X-API-SOURCE"] = x_api_source

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/prices",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | PriceListResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | PriceListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PriceListResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | PriceListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | PriceListResponse]:
    """List SMS prices (default tariff)

     Returns the SMS price list of the account's default tariff: one entry per country (and network),
    with the price as a decimal string. The entry with an empty `country` is "Other countries".

    Args:
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | PriceListResponse]
    """

    kwargs = _get_kwargs(
        x_api_source=x_api_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | PriceListResponse | None:
    """List SMS prices (default tariff)

     Returns the SMS price list of the account's default tariff: one entry per country (and network),
    with the price as a decimal string. The entry with an empty `country` is "Other countries".

    Args:
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | PriceListResponse
    """

    return sync_detailed(
        client=client,
        x_api_source=x_api_source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | PriceListResponse]:
    """List SMS prices (default tariff)

     Returns the SMS price list of the account's default tariff: one entry per country (and network),
    with the price as a decimal string. The entry with an empty `country` is "Other countries".

    Args:
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | PriceListResponse]
    """

    kwargs = _get_kwargs(
        x_api_source=x_api_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | PriceListResponse | None:
    """List SMS prices (default tariff)

     Returns the SMS price list of the account's default tariff: one entry per country (and network),
    with the price as a decimal string. The entry with an empty `country` is "Other countries".

    Args:
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | PriceListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            x_api_source=x_api_source,
        )
    ).parsed
