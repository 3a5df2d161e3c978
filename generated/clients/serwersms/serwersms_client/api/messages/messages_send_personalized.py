from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.send_personalized_request import SendPersonalizedRequest
from ...models.send_result import SendResult
from ...types import Response


def _get_kwargs(
    *,
    body: SendPersonalizedRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages/send_personalized",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SendResult | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SendResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SendResult.from_dict(data)

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
) -> Response[ErrorEnvelope | SendResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendPersonalizedRequest,
) -> Response[ErrorEnvelope | SendResult]:
    """Send personalised SMS

     Sends a different text to each number (`messages`, at most 10 000 per request), or one `text` to the
    groups in `group_id`. The options work as in `messages/send_sms`: an empty or omitted `sender` sends
    SMS
    ECO+, a filled one SMS FULL; `test`, `details`, `date`, `utf`, `flash`, `speed`; `unique_id` gives
    one own
    identifier per message, in order; `voice` sends voice messages instead.

    Args:
        body (SendPersonalizedRequest): Body of `messages/send_personalized`: a different text per
            number (at most 10 000 messages per request),
            or one `text` to the groups in `group_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SendResult]
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
    body: SendPersonalizedRequest,
) -> ErrorEnvelope | SendResult | None:
    """Send personalised SMS

     Sends a different text to each number (`messages`, at most 10 000 per request), or one `text` to the
    groups in `group_id`. The options work as in `messages/send_sms`: an empty or omitted `sender` sends
    SMS
    ECO+, a filled one SMS FULL; `test`, `details`, `date`, `utf`, `flash`, `speed`; `unique_id` gives
    one own
    identifier per message, in order; `voice` sends voice messages instead.

    Args:
        body (SendPersonalizedRequest): Body of `messages/send_personalized`: a different text per
            number (at most 10 000 messages per request),
            or one `text` to the groups in `group_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SendResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendPersonalizedRequest,
) -> Response[ErrorEnvelope | SendResult]:
    """Send personalised SMS

     Sends a different text to each number (`messages`, at most 10 000 per request), or one `text` to the
    groups in `group_id`. The options work as in `messages/send_sms`: an empty or omitted `sender` sends
    SMS
    ECO+, a filled one SMS FULL; `test`, `details`, `date`, `utf`, `flash`, `speed`; `unique_id` gives
    one own
    identifier per message, in order; `voice` sends voice messages instead.

    Args:
        body (SendPersonalizedRequest): Body of `messages/send_personalized`: a different text per
            number (at most 10 000 messages per request),
            or one `text` to the groups in `group_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SendResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendPersonalizedRequest,
) -> ErrorEnvelope | SendResult | None:
    """Send personalised SMS

     Sends a different text to each number (`messages`, at most 10 000 per request), or one `text` to the
    groups in `group_id`. The options work as in `messages/send_sms`: an empty or omitted `sender` sends
    SMS
    ECO+, a filled one SMS FULL; `test`, `details`, `date`, `utf`, `flash`, `speed`; `unique_id` gives
    one own
    identifier per message, in order; `voice` sends voice messages instead.

    Args:
        body (SendPersonalizedRequest): Body of `messages/send_personalized`: a different text per
            number (at most 10 000 messages per request),
            or one `text` to the groups in `group_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SendResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
