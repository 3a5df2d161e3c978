from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.price_quote_response import PriceQuoteResponse
from ...models.sms_send_bulk_request import SmsSendBulkRequest
from ...models.sms_send_individual_request import SmsSendIndividualRequest
from ...models.sms_send_single_request import SmsSendSingleRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest,
    x_api_source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_source, Unset):
        headers["X-API-SOURCE"] = x_api_source

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sms/price",
    }

    if isinstance(body, SmsSendSingleRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SmsSendBulkRequest):
        _kwargs["json"] = body.to_dict()
    else:
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
    body: SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | PriceQuoteResponse]:
    """Preview the cost of an SMS request

     Calculates the price of an SMS request without sending anything. The body is identical to
    `/sms/create` (same `destination` modes and limits). The docs show the answer as `error`,
    `totalprice`
    and `currency`, all as strings; whether per-recipient prices are returned is not documented. Errors
    come
    as a top-level non-zero `error` in an HTTP 200 body. Only `PUT` is documented for this path.

    Args:
        x_api_source (str | Unset):
        body (SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest): Body of
            `/sms/create` and `/sms/price`. The `destination` field selects the shape: `phone` (one
            recipient), `phones` (one text to many) or `individual` (a text per recipient).
            `addressbook` is announced
            by the docs as a future value and is not accepted yet.

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
    body: SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | PriceQuoteResponse | None:
    """Preview the cost of an SMS request

     Calculates the price of an SMS request without sending anything. The body is identical to
    `/sms/create` (same `destination` modes and limits). The docs show the answer as `error`,
    `totalprice`
    and `currency`, all as strings; whether per-recipient prices are returned is not documented. Errors
    come
    as a top-level non-zero `error` in an HTTP 200 body. Only `PUT` is documented for this path.

    Args:
        x_api_source (str | Unset):
        body (SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest): Body of
            `/sms/create` and `/sms/price`. The `destination` field selects the shape: `phone` (one
            recipient), `phones` (one text to many) or `individual` (a text per recipient).
            `addressbook` is announced
            by the docs as a future value and is not accepted yet.

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
    body: SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | PriceQuoteResponse]:
    """Preview the cost of an SMS request

     Calculates the price of an SMS request without sending anything. The body is identical to
    `/sms/create` (same `destination` modes and limits). The docs show the answer as `error`,
    `totalprice`
    and `currency`, all as strings; whether per-recipient prices are returned is not documented. Errors
    come
    as a top-level non-zero `error` in an HTTP 200 body. Only `PUT` is documented for this path.

    Args:
        x_api_source (str | Unset):
        body (SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest): Body of
            `/sms/create` and `/sms/price`. The `destination` field selects the shape: `phone` (one
            recipient), `phones` (one text to many) or `individual` (a text per recipient).
            `addressbook` is announced
            by the docs as a future value and is not accepted yet.

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
    body: SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | PriceQuoteResponse | None:
    """Preview the cost of an SMS request

     Calculates the price of an SMS request without sending anything. The body is identical to
    `/sms/create` (same `destination` modes and limits). The docs show the answer as `error`,
    `totalprice`
    and `currency`, all as strings; whether per-recipient prices are returned is not documented. Errors
    come
    as a top-level non-zero `error` in an HTTP 200 body. Only `PUT` is documented for this path.

    Args:
        x_api_source (str | Unset):
        body (SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest): Body of
            `/sms/create` and `/sms/price`. The `destination` field selects the shape: `phone` (one
            recipient), `phones` (one text to many) or `individual` (a text per recipient).
            `addressbook` is announced
            by the docs as a future value and is not accepted yet.

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
