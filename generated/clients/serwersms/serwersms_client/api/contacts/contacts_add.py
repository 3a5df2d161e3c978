from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contacts_add_request import ContactsAddRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.success_id_result import SuccessIdResult
from ...types import Response


def _get_kwargs(
    *,
    body: ContactsAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SuccessIdResult | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SuccessIdResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SuccessIdResult.from_dict(data)

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
) -> Response[ErrorEnvelope | SuccessIdResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsAddRequest,
) -> Response[ErrorEnvelope | SuccessIdResult]:
    """Create a contact

     Adds a contact to one group, or to several groups when `group_id` is an array, and returns its
    identifier.
    Text fields take at most 255 characters.

    Args:
        body (ContactsAddRequest): Body of `contacts/add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SuccessIdResult]
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
    body: ContactsAddRequest,
) -> ErrorEnvelope | SuccessIdResult | None:
    """Create a contact

     Adds a contact to one group, or to several groups when `group_id` is an array, and returns its
    identifier.
    Text fields take at most 255 characters.

    Args:
        body (ContactsAddRequest): Body of `contacts/add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SuccessIdResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsAddRequest,
) -> Response[ErrorEnvelope | SuccessIdResult]:
    """Create a contact

     Adds a contact to one group, or to several groups when `group_id` is an array, and returns its
    identifier.
    Text fields take at most 255 characters.

    Args:
        body (ContactsAddRequest): Body of `contacts/add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SuccessIdResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsAddRequest,
) -> ErrorEnvelope | SuccessIdResult | None:
    """Create a contact

     Adds a contact to one group, or to several groups when `group_id` is an array, and returns its
    identifier.
    Text fields take at most 255 characters.

    Args:
        body (ContactsAddRequest): Body of `contacts/add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SuccessIdResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
