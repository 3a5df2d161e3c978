from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.price_list_response import PriceListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tariff: int,
    *,
    x_api_source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_source, Unset):
        headers["X-API-SOURCE"] = x_api_source

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/prices/{tariff}".format(
            tariff=quote(str(tariff), safe=""),
        ),
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
    tariff: int,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | PriceListResponse]:
    """List SMS prices of a tariff

     Returns the SMS price list of tariff `tariff` (0–9). An unknown tariff gives error 6
    (`Invalid tariff code`, sent as the string `"6"`) in an HTTP 200 body.

    Args:
        tariff (int):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | PriceListResponse]
    """

    kwargs = _get_kwargs(
        tariff=tariff,
        x_api_source=x_api_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tariff: int,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | PriceListResponse | None:
    """List SMS prices of a tariff

     Returns the SMS price list of tariff `tariff` (0–9). An unknown tariff gives error 6
    (`Invalid tariff code`, sent as the string `"6"`) in an HTTP 200 body.

    Args:
        tariff (int):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | PriceListResponse
    """

    return sync_detailed(
        tariff=tariff,
        client=client,
        x_api_source=x_api_source,
    ).parsed


async def asyncio_detailed(
    tariff: int,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | PriceListResponse]:
    """List SMS prices of a tariff

     Returns the SMS price list of tariff `tariff` (0–9). An unknown tariff gives error 6
    (`Invalid tariff code`, sent as the string `"6"`) in an HTTP 200 body.

    Args:
        tariff (int):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | PriceListResponse]
    """

    kwargs = _get_kwargs(
        tariff=tariff,
        x_api_source=x_api_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tariff: int,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | PriceListResponse | None:
    """List SMS prices of a tariff

     Returns the SMS price list of tariff `tariff` (0–9). An unknown tariff gives error 6
    (`Invalid tariff code`, sent as the string `"6"`) in an HTTP 200 body.

    Args:
        tariff (int):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | PriceListResponse
    """

    return (
        await asyncio_detailed(
            tariff=tariff,
            client=client,
            x_api_source=x_api_source,
        )
    ).parsed
