from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_sms_with_login_request import AddSmsWithLoginRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.sms_saved_result import SmsSavedResult
from ...types import Response


def _get_kwargs(
    *,
    body: AddSmsWithLoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/smstosend",
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
    client: AuthenticatedClient,
    body: AddSmsWithLoginRequest,
) -> Response[ErrorEnvelope | SmsSavedResult]:
    """Send an SMS with login and password

     Same as `addsms`, but authenticated with the account login (`email`) and password (`pass`) in the
    request
    instead of a token, which saves the `gettoken` round trip. The GitHub copy of the vendor docs lists
    `token`
    here instead; the live page shows `email`/`pass`. Both are accepted by this description: send
    `email` +
    `pass`, or a token. The response is the same as for `addsms`.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (AddSmsWithLoginRequest): Same fields as `addsms`, authenticated with the account
            login and password instead of a token. Send `email` and `pass` together (or,
            alternatively, a token).

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
    client: AuthenticatedClient,
    body: AddSmsWithLoginRequest,
) -> ErrorEnvelope | SmsSavedResult | None:
    """Send an SMS with login and password

     Same as `addsms`, but authenticated with the account login (`email`) and password (`pass`) in the
    request
    instead of a token, which saves the `gettoken` round trip. The GitHub copy of the vendor docs lists
    `token`
    here instead; the live page shows `email`/`pass`. Both are accepted by this description: send
    `email` +
    `pass`, or a token. The response is the same as for `addsms`.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (AddSmsWithLoginRequest): Same fields as `addsms`, authenticated with the account
            login and password instead of a token. Send `email` and `pass` together (or,
            alternatively, a token).

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
    client: AuthenticatedClient,
    body: AddSmsWithLoginRequest,
) -> Response[ErrorEnvelope | SmsSavedResult]:
    """Send an SMS with login and password

     Same as `addsms`, but authenticated with the account login (`email`) and password (`pass`) in the
    request
    instead of a token, which saves the `gettoken` round trip. The GitHub copy of the vendor docs lists
    `token`
    here instead; the live page shows `email`/`pass`. Both are accepted by this description: send
    `email` +
    `pass`, or a token. The response is the same as for `addsms`.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (AddSmsWithLoginRequest): Same fields as `addsms`, authenticated with the account
            login and password instead of a token. Send `email` and `pass` together (or,
            alternatively, a token).

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
    client: AuthenticatedClient,
    body: AddSmsWithLoginRequest,
) -> ErrorEnvelope | SmsSavedResult | None:
    """Send an SMS with login and password

     Same as `addsms`, but authenticated with the account login (`email`) and password (`pass`) in the
    request
    instead of a token, which saves the `gettoken` round trip. The GitHub copy of the vendor docs lists
    `token`
    here instead; the live page shows `email`/`pass`. Both are accepted by this description: send
    `email` +
    `pass`, or a token. The response is the same as for `addsms`.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (AddSmsWithLoginRequest): Same fields as `addsms`, authenticated with the account
            login and password instead of a token. Send `email` and `pass` together (or,
            alternatively, a token).

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
