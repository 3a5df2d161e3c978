from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.calculate_sms_price_request import CalculateSmsPriceRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.message_cost_response import MessageCostResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CalculateSmsPriceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calculateSmsPrice",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | MessageCostResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | MessageCostResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MessageCostResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | MessageCostResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CalculateSmsPriceRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | MessageCostResponse]:
    """Calculate the price of an SMS

     Calculates what sending an SMS would cost, without sending it. The body is that of `POST /sendSms`
    without `saveContacts`. Here `cost` is a JSON **number** (a string in the send response). The
    response
    has no `result.message`.

    The path `/calculateSmsPrice` is not confirmed by the documentation: it follows the operation's
    name.

    Args:
        body (CalculateSmsPriceRequest): Body of the SMS price calculation. Same as sending an
            SMS, without `saveContacts`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | MessageCostResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CalculateSmsPriceRequest,
) -> ErrorEnvelope | ErrorEnvelope | MessageCostResponse | None:
    """Calculate the price of an SMS

     Calculates what sending an SMS would cost, without sending it. The body is that of `POST /sendSms`
    without `saveContacts`. Here `cost` is a JSON **number** (a string in the send response). The
    response
    has no `result.message`.

    The path `/calculateSmsPrice` is not confirmed by the documentation: it follows the operation's
    name.

    Args:
        body (CalculateSmsPriceRequest): Body of the SMS price calculation. Same as sending an
            SMS, without `saveContacts`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | MessageCostResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CalculateSmsPriceRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | MessageCostResponse]:
    """Calculate the price of an SMS

     Calculates what sending an SMS would cost, without sending it. The body is that of `POST /sendSms`
    without `saveContacts`. Here `cost` is a JSON **number** (a string in the send response). The
    response
    has no `result.message`.

    The path `/calculateSmsPrice` is not confirmed by the documentation: it follows the operation's
    name.

    Args:
        body (CalculateSmsPriceRequest): Body of the SMS price calculation. Same as sending an
            SMS, without `saveContacts`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | MessageCostResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CalculateSmsPriceRequest,
) -> ErrorEnvelope | ErrorEnvelope | MessageCostResponse | None:
    """Calculate the price of an SMS

     Calculates what sending an SMS would cost, without sending it. The body is that of `POST /sendSms`
    without `saveContacts`. Here `cost` is a JSON **number** (a string in the send response). The
    response
    has no `result.message`.

    The path `/calculateSmsPrice` is not confirmed by the documentation: it follows the operation's
    name.

    Args:
        body (CalculateSmsPriceRequest): Body of the SMS price calculation. Same as sending an
            SMS, without `saveContacts`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | MessageCostResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
