from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.groups_list_response import GroupsListResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/GetAllGroups",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GroupsListResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GroupsListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GroupsListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GroupsListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | ErrorEnvelope | GroupsListResponse]:
    """List groups with their contacts

     Returns every group of the account with its contacts. No parameters, no paging; an account without
    groups gets an empty array. Note the capital `G` in the path, unlike the other endpoints. In this
    response a group's `notValid` is the integer `0`/`1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GroupsListResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | ErrorEnvelope | GroupsListResponse | None:
    """List groups with their contacts

     Returns every group of the account with its contacts. No parameters, no paging; an account without
    groups gets an empty array. Note the capital `G` in the path, unlike the other endpoints. In this
    response a group's `notValid` is the integer `0`/`1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GroupsListResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | ErrorEnvelope | GroupsListResponse]:
    """List groups with their contacts

     Returns every group of the account with its contacts. No parameters, no paging; an account without
    groups gets an empty array. Note the capital `G` in the path, unlike the other endpoints. In this
    response a group's `notValid` is the integer `0`/`1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GroupsListResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | ErrorEnvelope | GroupsListResponse | None:
    """List groups with their contacts

     Returns every group of the account with its contacts. No parameters, no paging; an account without
    groups gets an empty array. Note the capital `G` in the path, unlike the other endpoints. In this
    response a group's `notValid` is the integer `0`/`1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GroupsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
