from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.price_quote_response import PriceQuoteResponse
from ...models.viber_send_request import ViberSendRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ViberSendRequest,
    x_api_source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_source, Unset):
        headers["X-API-SOURCE"] = x_api_source

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/viber/price",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | PriceQuoteResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | PriceQuoteResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PriceQuoteResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | PriceQuoteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ViberSendRequest,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | PriceQuoteResponse]:
    """Preview the cost of a Viber request

     Calculates the price of a Viber request without sending anything; the body is identical to
    `/viber/create` (the PHP SDK sends the same payload with `PUT` to this path). The shape of the
    answer is
    not documented; it is modelled like the SMS price preview (`totalprice`, `currency`). Errors come as
    a
    top-level non-zero `error` in an HTTP 200 body.

    Args:
        x_api_source (str | Unset):
        body (ViberSendRequest): Body of `/viber/create` and `/viber/price`: one or more Viber
            messages, at most 50 phones in total per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | PriceQuoteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_api_source=x_api_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ViberSendRequest,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | PriceQuoteResponse | None:
    """Preview the cost of a Viber request

     Calculates the price of a Viber request without sending anything; the body is identical to
    `/viber/create` (the PHP SDK sends the same payload with `PUT` to this path). The shape of the
    answer is
    not documented; it is modelled like the SMS price preview (`totalprice`, `currency`). Errors come as
    a
    top-level non-zero `error` in an HTTP 200 body.

    Args:
        x_api_source (str | Unset):
        body (ViberSendRequest): Body of `/viber/create` and `/viber/price`: one or more Viber
            messages, at most 50 phones in total per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | PriceQuoteResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_api_source=x_api_source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ViberSendRequest,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | PriceQuoteResponse]:
    """Preview the cost of a Viber request

     Calculates the price of a Viber request without sending anything; the body is identical to
    `/viber/create` (the PHP SDK sends the same payload with `PUT` to this path). The shape of the
    answer is
    not documented; it is modelled like the SMS price preview (`totalprice`, `currency`). Errors come as
    a
    top-level non-zero `error` in an HTTP 200 body.

    Args:
        x_api_source (str | Unset):
        body (ViberSendRequest): Body of `/viber/create` and `/viber/price`: one or more Viber
            messages, at most 50 phones in total per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | PriceQuoteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_api_source=x_api_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ViberSendRequest,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | PriceQuoteResponse | None:
    """Preview the cost of a Viber request

     Calculates the price of a Viber request without sending anything; the body is identical to
    `/viber/create` (the PHP SDK sends the same payload with `PUT` to this path). The shape of the
    answer is
    not documented; it is modelled like the SMS price preview (`totalprice`, `currency`). Errors come as
    a
    top-level non-zero `error` in an HTTP 200 body.

    Args:
        x_api_source (str | Unset):
        body (ViberSendRequest): Body of `/viber/create` and `/viber/price`: one or more Viber
            messages, at most 50 phones in total per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | PriceQuoteResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_api_source=x_api_source,
        )
    ).parsed
