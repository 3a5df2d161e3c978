from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.send_result import SendResult
from ...models.send_sms_request import SendSmsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages/send_sms",
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
    body: SendSmsRequest,
) -> Response[ErrorEnvelope | SendResult]:
    """Send an SMS

     Sends one text to one or many recipients: numbers in `phone` (at most 100 000 per request; 50–200
    are
    recommended), every contact of the groups in `group_id`, or the contacts in `contact_id`.

    **The `sender` field chooses the product:** omitted or empty sends an **SMS ECO+**, a sender name or
    number
    sends an **SMS FULL** (`utf`, `speed` work only with SMS FULL). Set `test` for a dry run that
    answers like a
    real request without sending, `details` to get one item per message, `date` to schedule, and
    `unique_id` to
    attach your own identifiers (one per number, same order; a count mismatch rejects the whole
    request).
    Per-number failures come back as items with `status: unsent`; failures of the whole request
    (exhausted
    limit, no permission, empty text…) as the error envelope.

    Args:
        body (SendSmsRequest): Body of `messages/send_sms`: one text to one or many recipients.
            Give the recipients as `phone`,
            `group_id` and/or `contact_id`.

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
    body: SendSmsRequest,
) -> ErrorEnvelope | SendResult | None:
    """Send an SMS

     Sends one text to one or many recipients: numbers in `phone` (at most 100 000 per request; 50–200
    are
    recommended), every contact of the groups in `group_id`, or the contacts in `contact_id`.

    **The `sender` field chooses the product:** omitted or empty sends an **SMS ECO+**, a sender name or
    number
    sends an **SMS FULL** (`utf`, `speed` work only with SMS FULL). Set `test` for a dry run that
    answers like a
    real request without sending, `details` to get one item per message, `date` to schedule, and
    `unique_id` to
    attach your own identifiers (one per number, same order; a count mismatch rejects the whole
    request).
    Per-number failures come back as items with `status: unsent`; failures of the whole request
    (exhausted
    limit, no permission, empty text…) as the error envelope.

    Args:
        body (SendSmsRequest): Body of `messages/send_sms`: one text to one or many recipients.
            Give the recipients as `phone`,
            `group_id` and/or `contact_id`.

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
    body: SendSmsRequest,
) -> Response[ErrorEnvelope | SendResult]:
    """Send an SMS

     Sends one text to one or many recipients: numbers in `phone` (at most 100 000 per request; 50–200
    are
    recommended), every contact of the groups in `group_id`, or the contacts in `contact_id`.

    **The `sender` field chooses the product:** omitted or empty sends an **SMS ECO+**, a sender name or
    number
    sends an **SMS FULL** (`utf`, `speed` work only with SMS FULL). Set `test` for a dry run that
    answers like a
    real request without sending, `details` to get one item per message, `date` to schedule, and
    `unique_id` to
    attach your own identifiers (one per number, same order; a count mismatch rejects the whole
    request).
    Per-number failures come back as items with `status: unsent`; failures of the whole request
    (exhausted
    limit, no permission, empty text…) as the error envelope.

    Args:
        body (SendSmsRequest): Body of `messages/send_sms`: one text to one or many recipients.
            Give the recipients as `phone`,
            `group_id` and/or `contact_id`.

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
    body: SendSmsRequest,
) -> ErrorEnvelope | SendResult | None:
    """Send an SMS

     Sends one text to one or many recipients: numbers in `phone` (at most 100 000 per request; 50–200
    are
    recommended), every contact of the groups in `group_id`, or the contacts in `contact_id`.

    **The `sender` field chooses the product:** omitted or empty sends an **SMS ECO+**, a sender name or
    number
    sends an **SMS FULL** (`utf`, `speed` work only with SMS FULL). Set `test` for a dry run that
    answers like a
    real request without sending, `details` to get one item per message, `date` to schedule, and
    `unique_id` to
    attach your own identifiers (one per number, same order; a count mismatch rejects the whole
    request).
    Per-number failures come back as items with `status: unsent`; failures of the whole request
    (exhausted
    limit, no permission, empty text…) as the error envelope.

    Args:
        body (SendSmsRequest): Body of `messages/send_sms`: one text to one or many recipients.
            Give the recipients as `phone`,
            `group_id` and/or `contact_id`.

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
