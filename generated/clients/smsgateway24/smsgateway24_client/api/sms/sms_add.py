from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_sms_request import AddSmsRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.sms_saved_result import SmsSavedResult
from ...types import Response


def _get_kwargs(
    *,
    body: AddSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/addsms",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SmsSavedResult | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SmsSavedResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SmsSavedResult.from_dict(data)

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
) -> Response[ErrorEnvelope | SmsSavedResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddSmsRequest,
) -> Response[ErrorEnvelope | SmsSavedResult]:
    """Send an SMS

     Stores an SMS on the server; the chosen device (an Android phone running the SmsGateway24 app) picks
    it up and
    sends it, immediately or at `timetosend`. `sendto` may hold several comma-separated numbers. Returns
    the new
    `sms_id`, whose progress can be followed with `getsmsstatus`, `getallsms` or the delivery-status
    webhook.

    The 2026 documentation adds an optional image upload: a `file` field (JPEG, PNG, WebP or GIF) sent
    as
    `multipart/form-data`, whose URL replaces `body` (which then becomes optional), intended for the
    WhatsApp
    channels (`sim` 2 or 3, `sim` then required). It is not modelled as a second media type here because
    the
    pinned client generator mishandles operations with two body media types.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (AddSmsRequest): One SMS (or the same text to several comma-separated numbers) to be
            sent by one of your devices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsSavedResult]
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
    body: AddSmsRequest,
) -> ErrorEnvelope | SmsSavedResult | None:
    """Send an SMS

     Stores an SMS on the server; the chosen device (an Android phone running the SmsGateway24 app) picks
    it up and
    sends it, immediately or at `timetosend`. `sendto` may hold several comma-separated numbers. Returns
    the new
    `sms_id`, whose progress can be followed with `getsmsstatus`, `getallsms` or the delivery-status
    webhook.

    The 2026 documentation adds an optional image upload: a `file` field (JPEG, PNG, WebP or GIF) sent
    as
    `multipart/form-data`, whose URL replaces `body` (which then becomes optional), intended for the
    WhatsApp
    channels (`sim` 2 or 3, `sim` then required). It is not modelled as a second media type here because
    the
    pinned client generator mishandles operations with two body media types.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (AddSmsRequest): One SMS (or the same text to several comma-separated numbers) to be
            sent by one of your devices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsSavedResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddSmsRequest,
) -> Response[ErrorEnvelope | SmsSavedResult]:
    """Send an SMS

     Stores an SMS on the server; the chosen device (an Android phone running the SmsGateway24 app) picks
    it up and
    sends it, immediately or at `timetosend`. `sendto` may hold several comma-separated numbers. Returns
    the new
    `sms_id`, whose progress can be followed with `getsmsstatus`, `getallsms` or the delivery-status
    webhook.

    The 2026 documentation adds an optional image upload: a `file` field (JPEG, PNG, WebP or GIF) sent
    as
    `multipart/form-data`, whose URL replaces `body` (which then becomes optional), intended for the
    WhatsApp
    channels (`sim` 2 or 3, `sim` then required). It is not modelled as a second media type here because
    the
    pinned client generator mishandles operations with two body media types.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (AddSmsRequest): One SMS (or the same text to several comma-separated numbers) to be
            sent by one of your devices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsSavedResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddSmsRequest,
) -> ErrorEnvelope | SmsSavedResult | None:
    """Send an SMS

     Stores an SMS on the server; the chosen device (an Android phone running the SmsGateway24 app) picks
    it up and
    sends it, immediately or at `timetosend`. `sendto` may hold several comma-separated numbers. Returns
    the new
    `sms_id`, whose progress can be followed with `getsmsstatus`, `getallsms` or the delivery-status
    webhook.

    The 2026 documentation adds an optional image upload: a `file` field (JPEG, PNG, WebP or GIF) sent
    as
    `multipart/form-data`, whose URL replaces `body` (which then becomes optional), intended for the
    WhatsApp
    channels (`sim` 2 or 3, `sim` then required). It is not modelled as a second media type here because
    the
    pinned client generator mishandles operations with two body media types.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (AddSmsRequest): One SMS (or the same text to several comma-separated numbers) to be
            sent by one of your devices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsSavedResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
