from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.token_request import TokenRequest
from ...models.token_result import TokenResult
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/gettoken",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TokenResult | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | TokenResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TokenResult.from_dict(data)

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
) -> Response[ErrorEnvelope | TokenResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorEnvelope | TokenResult]:
    """Get an API token

     Exchanges the account login (`email`) and password (`pass`) for the API token that every other
    method expects
    in its `token` parameter. Needs no token itself. On wrong credentials the answer is still HTTP 200,
    with
    `{"error": 1, "message": "Login or password incorrect"}`.

    The official examples post `application/x-www-form-urlencoded` (or `multipart/form-data`).

    Args:
        body (TokenRequest): Credentials exchanged for an API token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TokenResult]
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
    body: TokenRequest,
) -> ErrorEnvelope | TokenResult | None:
    """Get an API token

     Exchanges the account login (`email`) and password (`pass`) for the API token that every other
    method expects
    in its `token` parameter. Needs no token itself. On wrong credentials the answer is still HTTP 200,
    with
    `{"error": 1, "message": "Login or password incorrect"}`.

    The official examples post `application/x-www-form-urlencoded` (or `multipart/form-data`).

    Args:
        body (TokenRequest): Credentials exchanged for an API token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TokenResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorEnvelope | TokenResult]:
    """Get an API token

     Exchanges the account login (`email`) and password (`pass`) for the API token that every other
    method expects
    in its `token` parameter. Needs no token itself. On wrong credentials the answer is still HTTP 200,
    with
    `{"error": 1, "message": "Login or password incorrect"}`.

    The official examples post `application/x-www-form-urlencoded` (or `multipart/form-data`).

    Args:
        body (TokenRequest): Credentials exchanged for an API token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TokenResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ErrorEnvelope | TokenResult | None:
    """Get an API token

     Exchanges the account login (`email`) and password (`pass`) for the API token that every other
    method expects
    in its `token` parameter. Needs no token itself. On wrong credentials the answer is still HTTP 200,
    with
    `{"error": 1, "message": "Login or password incorrect"}`.

    The official examples post `application/x-www-form-urlencoded` (or `multipart/form-data`).

    Args:
        body (TokenRequest): Credentials exchanged for an API token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TokenResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
