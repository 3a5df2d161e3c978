from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.group_list import GroupList
from ...models.groups_index_request import GroupsIndexRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GroupsIndexRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/index",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GroupList | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GroupList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GroupList.from_dict(data)

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
) -> Response[ErrorEnvelope | GroupList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupsIndexRequest | Unset = UNSET,
) -> Response[ErrorEnvelope | GroupList]:
    """List groups

     Lists the contact groups of the account with the number of contacts in each. Filter by a phrase in
    the
    group name with `search`, sort by `name`, and page through long lists with `page`/`limit` (the
    response then
    also carries `paging`). All parameters are optional, so with a Bearer token the body may be empty.

    Args:
        body (GroupsIndexRequest | Unset): Body of `groups/index`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GroupList]
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
    body: GroupsIndexRequest | Unset = UNSET,
) -> ErrorEnvelope | GroupList | None:
    """List groups

     Lists the contact groups of the account with the number of contacts in each. Filter by a phrase in
    the
    group name with `search`, sort by `name`, and page through long lists with `page`/`limit` (the
    response then
    also carries `paging`). All parameters are optional, so with a Bearer token the body may be empty.

    Args:
        body (GroupsIndexRequest | Unset): Body of `groups/index`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GroupList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupsIndexRequest | Unset = UNSET,
) -> Response[ErrorEnvelope | GroupList]:
    """List groups

     Lists the contact groups of the account with the number of contacts in each. Filter by a phrase in
    the
    group name with `search`, sort by `name`, and page through long lists with `page`/`limit` (the
    response then
    also carries `paging`). All parameters are optional, so with a Bearer token the body may be empty.

    Args:
        body (GroupsIndexRequest | Unset): Body of `groups/index`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GroupList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupsIndexRequest | Unset = UNSET,
) -> ErrorEnvelope | GroupList | None:
    """List groups

     Lists the contact groups of the account with the number of contacts in each. Filter by a phrase in
    the
    group name with `search`, sort by `name`, and page through long lists with `page`/`limit` (the
    response then
    also carries `paging`). All parameters are optional, so with a Bearer token the body may be empty.

    Args:
        body (GroupsIndexRequest | Unset): Body of `groups/index`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GroupList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
