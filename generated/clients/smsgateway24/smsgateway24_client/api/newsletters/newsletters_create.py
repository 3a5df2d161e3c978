from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.newsletter_saved_result import NewsletterSavedResult
from ...models.save_newsletter_request import SaveNewsletterRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SaveNewsletterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/savepaket",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | NewsletterSavedResult | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | NewsletterSavedResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = NewsletterSavedResult.from_dict(data)

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
) -> Response[ErrorEnvelope | NewsletterSavedResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SaveNewsletterRequest,
) -> Response[ErrorEnvelope | NewsletterSavedResult]:
    """Create a newsletter

     Creates a newsletter ("paket"): one text sent by one device to every contact carrying one of the
    given tags
    (comma-separated tag ids). The newsletter must then be started on the device ("tap start"). Note the
    spelling
    `time_to_send` (with underscores, format `DD.MM.YYYY H:i:s`), unlike `timetosend` of `addsms`.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (SaveNewsletterRequest): A newsletter ("paket"): one text sent by one device to every
            contact carrying one of the given tags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NewsletterSavedResult]
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
    body: SaveNewsletterRequest,
) -> ErrorEnvelope | NewsletterSavedResult | None:
    """Create a newsletter

     Creates a newsletter ("paket"): one text sent by one device to every contact carrying one of the
    given tags
    (comma-separated tag ids). The newsletter must then be started on the device ("tap start"). Note the
    spelling
    `time_to_send` (with underscores, format `DD.MM.YYYY H:i:s`), unlike `timetosend` of `addsms`.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (SaveNewsletterRequest): A newsletter ("paket"): one text sent by one device to every
            contact carrying one of the given tags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NewsletterSavedResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SaveNewsletterRequest,
) -> Response[ErrorEnvelope | NewsletterSavedResult]:
    """Create a newsletter

     Creates a newsletter ("paket"): one text sent by one device to every contact carrying one of the
    given tags
    (comma-separated tag ids). The newsletter must then be started on the device ("tap start"). Note the
    spelling
    `time_to_send` (with underscores, format `DD.MM.YYYY H:i:s`), unlike `timetosend` of `addsms`.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (SaveNewsletterRequest): A newsletter ("paket"): one text sent by one device to every
            contact carrying one of the given tags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NewsletterSavedResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SaveNewsletterRequest,
) -> ErrorEnvelope | NewsletterSavedResult | None:
    """Create a newsletter

     Creates a newsletter ("paket"): one text sent by one device to every contact carrying one of the
    given tags
    (comma-separated tag ids). The newsletter must then be started on the device ("tap start"). Note the
    spelling
    `time_to_send` (with underscores, format `DD.MM.YYYY H:i:s`), unlike `timetosend` of `addsms`.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (SaveNewsletterRequest): A newsletter ("paket"): one text sent by one device to every
            contact carrying one of the given tags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NewsletterSavedResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
