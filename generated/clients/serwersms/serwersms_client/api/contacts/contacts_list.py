from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list import ContactList
from ...models.contacts_index_request import ContactsIndexRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactsIndexRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/index",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactList | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ContactList | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ContactList.from_dict(data)

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
) -> Response[ContactList | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsIndexRequest | Unset = UNSET,
) -> Response[ContactList | ErrorEnvelope]:
    """List contacts

     Lists address-book contacts, optionally only those of one group (`group_id`), or those without a
    group
    (`group_id: none`). Filter by a phrase with `search`, sort by a column, and page with `page`/`limit`
    (the
    response then also carries `paging`). Each item names its group in `group_id`/`group_name`. Empty
    fields
    are returned as `""`, not `null`.

    Args:
        body (ContactsIndexRequest | Unset): Body of `contacts/index`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | ErrorEnvelope]
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
    body: ContactsIndexRequest | Unset = UNSET,
) -> ContactList | ErrorEnvelope | None:
    """List contacts

     Lists address-book contacts, optionally only those of one group (`group_id`), or those without a
    group
    (`group_id: none`). Filter by a phrase with `search`, sort by a column, and page with `page`/`limit`
    (the
    response then also carries `paging`). Each item names its group in `group_id`/`group_name`. Empty
    fields
    are returned as `""`, not `null`.

    Args:
        body (ContactsIndexRequest | Unset): Body of `contacts/index`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsIndexRequest | Unset = UNSET,
) -> Response[ContactList | ErrorEnvelope]:
    """List contacts

     Lists address-book contacts, optionally only those of one group (`group_id`), or those without a
    group
    (`group_id: none`). Filter by a phrase with `search`, sort by a column, and page with `page`/`limit`
    (the
    response then also carries `paging`). Each item names its group in `group_id`/`group_name`. Empty
    fields
    are returned as `""`, not `null`.

    Args:
        body (ContactsIndexRequest | Unset): Body of `contacts/index`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsIndexRequest | Unset = UNSET,
) -> ContactList | ErrorEnvelope | None:
    """List contacts

     Lists address-book contacts, optionally only those of one group (`group_id`), or those without a
    group
    (`group_id: none`). Filter by a phrase with `search`, sort by a column, and page with `page`/`limit`
    (the
    response then also carries `paging`). Each item names its group in `group_id`/`group_name`. Empty
    fields
    are returned as `""`, not `null`.

    Args:
        body (ContactsIndexRequest | Unset): Body of `contacts/index`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
