from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.message_history_response import MessageHistoryResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/getAllMessageHistory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | MessageHistoryResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | MessageHistoryResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MessageHistoryResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | MessageHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Response[ErrorEnvelope | ErrorEnvelope | MessageHistoryResponse]:
    """List the messages of one send

     Returns the per-recipient messages of one send, identified by its group message history id (the `id`
    of a `getAllGroupsHistory` entry, or the `groupHistoryId` of a send). `senderNumber` and
    `senderName`
    are `-` when there is none and `sid` may be an empty string.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | MessageHistoryResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> ErrorEnvelope | ErrorEnvelope | MessageHistoryResponse | None:
    """List the messages of one send

     Returns the per-recipient messages of one send, identified by its group message history id (the `id`
    of a `getAllGroupsHistory` entry, or the `groupHistoryId` of a send). `senderNumber` and
    `senderName`
    are `-` when there is none and `sid` may be an empty string.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | MessageHistoryResponse
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Response[ErrorEnvelope | ErrorEnvelope | MessageHistoryResponse]:
    """List the messages of one send

     Returns the per-recipient messages of one send, identified by its group message history id (the `id`
    of a `getAllGroupsHistory` entry, or the `groupHistoryId` of a send). `senderNumber` and
    `senderName`
    are `-` when there is none and `sid` may be an empty string.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | MessageHistoryResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> ErrorEnvelope | ErrorEnvelope | MessageHistoryResponse | None:
    """List the messages of one send

     Returns the per-recipient messages of one send, identified by its group message history id (the `id`
    of a `getAllGroupsHistory` entry, or the `groupHistoryId` of a send). `senderNumber` and
    `senderName`
    are `-` when there is none and `sid` may be an empty string.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | MessageHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
