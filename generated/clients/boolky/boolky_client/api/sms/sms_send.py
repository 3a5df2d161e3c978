from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.send_sms_request import SendSmsRequest
from ...models.send_sms_response import SendSmsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sendSms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | SendSmsResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SendSmsResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SendSmsResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | SendSmsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | SendSmsResponse]:
    """Send an SMS

     Sends one SMS text to phone numbers and/or saved contacts and groups, and charges the account.
    Set `saveContacts` to also store the phone numbers as contacts.

    The response reports the cost (a decimal **string** here, unlike the price calculation), segment and
    recipient counts, the recipients that were skipped (invalid, blacklisted, blocked country), the
    `groupHistoryId` of the send and one `uuid` per recipient.

    Errors come as the error envelope: `sessionExpired` (bad API key), `insufficientFunds`, `reject`
    (payment error). The HTTP status of an error is not documented.

    Args:
        body (SendSmsRequest): Body of `POST /sendSms`. The message goes to the given phone
            numbers and/or to saved contacts
            (`contactIds`) and groups (`groupIds`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | SendSmsResponse]
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
    body: SendSmsRequest,
) -> ErrorEnvelope | ErrorEnvelope | SendSmsResponse | None:
    """Send an SMS

     Sends one SMS text to phone numbers and/or saved contacts and groups, and charges the account.
    Set `saveContacts` to also store the phone numbers as contacts.

    The response reports the cost (a decimal **string** here, unlike the price calculation), segment and
    recipient counts, the recipients that were skipped (invalid, blacklisted, blocked country), the
    `groupHistoryId` of the send and one `uuid` per recipient.

    Errors come as the error envelope: `sessionExpired` (bad API key), `insufficientFunds`, `reject`
    (payment error). The HTTP status of an error is not documented.

    Args:
        body (SendSmsRequest): Body of `POST /sendSms`. The message goes to the given phone
            numbers and/or to saved contacts
            (`contactIds`) and groups (`groupIds`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | SendSmsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | SendSmsResponse]:
    """Send an SMS

     Sends one SMS text to phone numbers and/or saved contacts and groups, and charges the account.
    Set `saveContacts` to also store the phone numbers as contacts.

    The response reports the cost (a decimal **string** here, unlike the price calculation), segment and
    recipient counts, the recipients that were skipped (invalid, blacklisted, blocked country), the
    `groupHistoryId` of the send and one `uuid` per recipient.

    Errors come as the error envelope: `sessionExpired` (bad API key), `insufficientFunds`, `reject`
    (payment error). The HTTP status of an error is not documented.

    Args:
        body (SendSmsRequest): Body of `POST /sendSms`. The message goes to the given phone
            numbers and/or to saved contacts
            (`contactIds`) and groups (`groupIds`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | SendSmsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> ErrorEnvelope | ErrorEnvelope | SendSmsResponse | None:
    """Send an SMS

     Sends one SMS text to phone numbers and/or saved contacts and groups, and charges the account.
    Set `saveContacts` to also store the phone numbers as contacts.

    The response reports the cost (a decimal **string** here, unlike the price calculation), segment and
    recipient counts, the recipients that were skipped (invalid, blacklisted, blocked country), the
    `groupHistoryId` of the send and one `uuid` per recipient.

    Errors come as the error envelope: `sessionExpired` (bad API key), `insufficientFunds`, `reject`
    (payment error). The HTTP status of an error is not documented.

    Args:
        body (SendSmsRequest): Body of `POST /sendSms`. The message goes to the given phone
            numbers and/or to saved contacts
            (`contactIds`) and groups (`groupIds`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | SendSmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
