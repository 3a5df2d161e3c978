from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.error_view_request import ErrorViewRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: int,
    *,
    body: ErrorViewRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/error/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ErrorEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: int,
    *,
    client: AuthenticatedClient | Client,
    body: ErrorViewRequest | Unset = UNSET,
) -> Response[ErrorEnvelope]:
    """Describe an error code

     Returns the type and text of an error code, e.g. `https://api2.serwersms.pl/error/1000`. The answer
    uses
    the **same `error` envelope** as a failed action (there is no separate success shape); an unknown
    code
    yields error `2002` (`ValidationCodeError`). The docs show the call as a bare URL; the SDKs send it
    like any
    other action (POST, with credentials).

    Args:
        code (int):
        body (ErrorViewRequest | Unset): Body of `error/{code}`: credentials only (or no body with
            a Bearer token).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: int,
    *,
    client: AuthenticatedClient | Client,
    body: ErrorViewRequest | Unset = UNSET,
) -> ErrorEnvelope | None:
    """Describe an error code

     Returns the type and text of an error code, e.g. `https://api2.serwersms.pl/error/1000`. The answer
    uses
    the **same `error` envelope** as a failed action (there is no separate success shape); an unknown
    code
    yields error `2002` (`ValidationCodeError`). The docs show the call as a bare URL; the SDKs send it
    like any
    other action (POST, with credentials).

    Args:
        code (int):
        body (ErrorViewRequest | Unset): Body of `error/{code}`: credentials only (or no body with
            a Bearer token).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    code: int,
    *,
    client: AuthenticatedClient | Client,
    body: ErrorViewRequest | Unset = UNSET,
) -> Response[ErrorEnvelope]:
    """Describe an error code

     Returns the type and text of an error code, e.g. `https://api2.serwersms.pl/error/1000`. The answer
    uses
    the **same `error` envelope** as a failed action (there is no separate success shape); an unknown
    code
    yields error `2002` (`ValidationCodeError`). The docs show the call as a bare URL; the SDKs send it
    like any
    other action (POST, with credentials).

    Args:
        code (int):
        body (ErrorViewRequest | Unset): Body of `error/{code}`: credentials only (or no body with
            a Bearer token).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: int,
    *,
    client: AuthenticatedClient | Client,
    body: ErrorViewRequest | Unset = UNSET,
) -> ErrorEnvelope | None:
    """Describe an error code

     Returns the type and text of an error code, e.g. `https://api2.serwersms.pl/error/1000`. The answer
    uses
    the **same `error` envelope** as a failed action (there is no separate success shape); an unknown
    code
    yields error `2002` (`ValidationCodeError`). The docs show the call as a bare URL; the SDKs send it
    like any
    other action (POST, with credentials).

    Args:
        code (int):
        body (ErrorViewRequest | Unset): Body of `error/{code}`: credentials only (or no body with
            a Bearer token).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
        )
    ).parsed
