from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sender_id_sms_request import SenderIdSmsRequest
from ...models.sender_id_sms_result import SenderIdSmsResult
from ...types import Response


def _get_kwargs(
    *,
    body: SenderIdSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/addsmstosenderid",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SenderIdSmsResult | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SenderIdSmsResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SenderIdSmsResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | SenderIdSmsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SenderIdSmsRequest,
) -> Response[ErrorEnvelope | SenderIdSmsResult]:
    """Send an SMS through a Sender ID template

     Sends a message through a registered Sender ID using a message template: `template_data` fills the
    template's
    placeholders. Unlike every other method this one takes a JSON body, with the token inside it. An
    optional
    `webhook_callback_url` receives status callbacks for the message.

    Not on the main API page; documented on the vendor's Sender ID page, whose response example is
    truncated after
    `error`/`message`.

    Args:
        body (SenderIdSmsRequest): An SMS sent through a registered Sender ID with a message
            template (JSON body, token inside).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SenderIdSmsResult]
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
    body: SenderIdSmsRequest,
) -> ErrorEnvelope | SenderIdSmsResult | None:
    """Send an SMS through a Sender ID template

     Sends a message through a registered Sender ID using a message template: `template_data` fills the
    template's
    placeholders. Unlike every other method this one takes a JSON body, with the token inside it. An
    optional
    `webhook_callback_url` receives status callbacks for the message.

    Not on the main API page; documented on the vendor's Sender ID page, whose response example is
    truncated after
    `error`/`message`.

    Args:
        body (SenderIdSmsRequest): An SMS sent through a registered Sender ID with a message
            template (JSON body, token inside).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SenderIdSmsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SenderIdSmsRequest,
) -> Response[ErrorEnvelope | SenderIdSmsResult]:
    """Send an SMS through a Sender ID template

     Sends a message through a registered Sender ID using a message template: `template_data` fills the
    template's
    placeholders. Unlike every other method this one takes a JSON body, with the token inside it. An
    optional
    `webhook_callback_url` receives status callbacks for the message.

    Not on the main API page; documented on the vendor's Sender ID page, whose response example is
    truncated after
    `error`/`message`.

    Args:
        body (SenderIdSmsRequest): An SMS sent through a registered Sender ID with a message
            template (JSON body, token inside).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SenderIdSmsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SenderIdSmsRequest,
) -> ErrorEnvelope | SenderIdSmsResult | None:
    """Send an SMS through a Sender ID template

     Sends a message through a registered Sender ID using a message template: `template_data` fills the
    template's
    placeholders. Unlike every other method this one takes a JSON body, with the token inside it. An
    optional
    `webhook_callback_url` receives status callbacks for the message.

    Not on the main API page; documented on the vendor's Sender ID page, whose response example is
    truncated after
    `error`/`message`.

    Args:
        body (SenderIdSmsRequest): An SMS sent through a registered Sender ID with a message
            template (JSON body, token inside).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SenderIdSmsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
