from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contacts_list_response import ContactsListResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/getContacts",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactsListResponse | ErrorEnvelope | ErrorEnvelope:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ContactsListResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ContactsListResponse.from_dict(data)

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
) -> Response[ContactsListResponse | ErrorEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactsListResponse | ErrorEnvelope | ErrorEnvelope]:
    """List contacts and groups

     Returns every contact saved in the account together with the account's groups (without their
    contacts). There is no paging and no parameter. When the account has no contacts, the arrays are
    empty.

    In this response a contact's `notValid` is the integer `0`/`1` while a group's `notValid` is a
    boolean.
    A contact's `groupIds` uses `[0]` for "all groups", `[]` for the default "All" group, otherwise the
    list
    of group ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsListResponse | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ContactsListResponse | ErrorEnvelope | ErrorEnvelope | None:
    """List contacts and groups

     Returns every contact saved in the account together with the account's groups (without their
    contacts). There is no paging and no parameter. When the account has no contacts, the arrays are
    empty.

    In this response a contact's `notValid` is the integer `0`/`1` while a group's `notValid` is a
    boolean.
    A contact's `groupIds` uses `[0]` for "all groups", `[]` for the default "All" group, otherwise the
    list
    of group ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsListResponse | ErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactsListResponse | ErrorEnvelope | ErrorEnvelope]:
    """List contacts and groups

     Returns every contact saved in the account together with the account's groups (without their
    contacts). There is no paging and no parameter. When the account has no contacts, the arrays are
    empty.

    In this response a contact's `notValid` is the integer `0`/`1` while a group's `notValid` is a
    boolean.
    A contact's `groupIds` uses `[0]` for "all groups", `[]` for the default "All" group, otherwise the
    list
    of group ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsListResponse | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ContactsListResponse | ErrorEnvelope | ErrorEnvelope | None:
    """List contacts and groups

     Returns every contact saved in the account together with the account's groups (without their
    contacts). There is no paging and no parameter. When the account has no contacts, the arrays are
    empty.

    In this response a contact's `notValid` is the integer `0`/`1` while a group's `notValid` is a
    boolean.
    A contact's `groupIds` uses `[0]` for "all groups", `[]` for the default "All" group, otherwise the
    list
    of group ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsListResponse | ErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
