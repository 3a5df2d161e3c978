from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_contacts_request import DeleteContactsRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.message_only_response import MessageOnlyResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteContactsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deleteContacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | MessageOnlyResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | MessageOnlyResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MessageOnlyResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | MessageOnlyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteContactsRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | MessageOnlyResponse]:
    """Delete contacts

     Deletes contacts (`permanent: true`) or removes them from one group only (`permanent: false` with
    `groupId`). The success envelope has no `data`, only `result.message`.

    The body is documented but the path `/deleteContacts` follows the operation's name.

    Args:
        body (DeleteContactsRequest): Body of the contact deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | MessageOnlyResponse]
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
    body: DeleteContactsRequest,
) -> ErrorEnvelope | ErrorEnvelope | MessageOnlyResponse | None:
    """Delete contacts

     Deletes contacts (`permanent: true`) or removes them from one group only (`permanent: false` with
    `groupId`). The success envelope has no `data`, only `result.message`.

    The body is documented but the path `/deleteContacts` follows the operation's name.

    Args:
        body (DeleteContactsRequest): Body of the contact deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | MessageOnlyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteContactsRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | MessageOnlyResponse]:
    """Delete contacts

     Deletes contacts (`permanent: true`) or removes them from one group only (`permanent: false` with
    `groupId`). The success envelope has no `data`, only `result.message`.

    The body is documented but the path `/deleteContacts` follows the operation's name.

    Args:
        body (DeleteContactsRequest): Body of the contact deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | MessageOnlyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteContactsRequest,
) -> ErrorEnvelope | ErrorEnvelope | MessageOnlyResponse | None:
    """Delete contacts

     Deletes contacts (`permanent: true`) or removes them from one group only (`permanent: false` with
    `groupId`). The success envelope has no `data`, only `result.message`.

    The body is documented but the path `/deleteContacts` follows the operation's name.

    Args:
        body (DeleteContactsRequest): Body of the contact deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | MessageOnlyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
