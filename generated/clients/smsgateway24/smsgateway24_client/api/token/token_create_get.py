from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.token_result import TokenResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    email: str,
    pass_: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["pass"] = pass_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gettoken",
        "params": params,
    }

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
    email: str,
    pass_: str,
) -> Response[ErrorEnvelope | TokenResult]:
    """Get an API token (GET)

     Exchanges the account login (`email`) and password (`pass`) for the API token that every other
    method expects
    in its `token` parameter. Needs no token itself. On wrong credentials the answer is still HTTP 200,
    with
    `{"error": 1, "message": "Login or password incorrect"}`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        email (str): Your login in the SmsGateway24 system, usually the e-mail address you
            registered with.
        pass_ (str): Your SmsGateway24 account password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TokenResult]
    """

    kwargs = _get_kwargs(
        email=email,
        pass_=pass_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    email: str,
    pass_: str,
) -> ErrorEnvelope | TokenResult | None:
    """Get an API token (GET)

     Exchanges the account login (`email`) and password (`pass`) for the API token that every other
    method expects
    in its `token` parameter. Needs no token itself. On wrong credentials the answer is still HTTP 200,
    with
    `{"error": 1, "message": "Login or password incorrect"}`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        email (str): Your login in the SmsGateway24 system, usually the e-mail address you
            registered with.
        pass_ (str): Your SmsGateway24 account password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TokenResult
    """

    return sync_detailed(
        client=client,
        email=email,
        pass_=pass_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str,
    pass_: str,
) -> Response[ErrorEnvelope | TokenResult]:
    """Get an API token (GET)

     Exchanges the account login (`email`) and password (`pass`) for the API token that every other
    method expects
    in its `token` parameter. Needs no token itself. On wrong credentials the answer is still HTTP 200,
    with
    `{"error": 1, "message": "Login or password incorrect"}`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        email (str): Your login in the SmsGateway24 system, usually the e-mail address you
            registered with.
        pass_ (str): Your SmsGateway24 account password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TokenResult]
    """

    kwargs = _get_kwargs(
        email=email,
        pass_=pass_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    email: str,
    pass_: str,
) -> ErrorEnvelope | TokenResult | None:
    """Get an API token (GET)

     Exchanges the account login (`email`) and password (`pass`) for the API token that every other
    method expects
    in its `token` parameter. Needs no token itself. On wrong credentials the answer is still HTTP 200,
    with
    `{"error": 1, "message": "Login or password incorrect"}`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        email (str): Your login in the SmsGateway24 system, usually the e-mail address you
            registered with.
        pass_ (str): Your SmsGateway24 account password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TokenResult
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
            pass_=pass_,
        )
    ).parsed
