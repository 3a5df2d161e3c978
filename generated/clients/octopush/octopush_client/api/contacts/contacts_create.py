from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_contacts_request import CreateContactsRequest
from ...models.create_contacts_response import CreateContactsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateContactsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateContactsResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateContactsResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateContactsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactsRequest,
) -> Response[CreateContactsResponse | ErrorResponse]:
    """Add or update contacts

     Adds one or more contacts to the account, optionally into a list (`list_name`, created if needed)
    and
    with a tag (`tag_name`).

    There is no separate update endpoint: a contact whose number already exists is **overwritten** with
    the
    new data (result status `updated`), unless `do_not_overwrite` is true (result status `skipped`).
    `auto_remove_blacklisted_numbers` drops blacklisted numbers. The vendor's sample contact prints
    `"param3": Mme` unquoted (invalid JSON); the parameters are strings.

    Args:
        body (CreateContactsRequest): Body of `POST /contact/create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateContactsResponse | ErrorResponse]
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
    body: CreateContactsRequest,
) -> CreateContactsResponse | ErrorResponse | None:
    """Add or update contacts

     Adds one or more contacts to the account, optionally into a list (`list_name`, created if needed)
    and
    with a tag (`tag_name`).

    There is no separate update endpoint: a contact whose number already exists is **overwritten** with
    the
    new data (result status `updated`), unless `do_not_overwrite` is true (result status `skipped`).
    `auto_remove_blacklisted_numbers` drops blacklisted numbers. The vendor's sample contact prints
    `"param3": Mme` unquoted (invalid JSON); the parameters are strings.

    Args:
        body (CreateContactsRequest): Body of `POST /contact/create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateContactsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactsRequest,
) -> Response[CreateContactsResponse | ErrorResponse]:
    """Add or update contacts

     Adds one or more contacts to the account, optionally into a list (`list_name`, created if needed)
    and
    with a tag (`tag_name`).

    There is no separate update endpoint: a contact whose number already exists is **overwritten** with
    the
    new data (result status `updated`), unless `do_not_overwrite` is true (result status `skipped`).
    `auto_remove_blacklisted_numbers` drops blacklisted numbers. The vendor's sample contact prints
    `"param3": Mme` unquoted (invalid JSON); the parameters are strings.

    Args:
        body (CreateContactsRequest): Body of `POST /contact/create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateContactsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactsRequest,
) -> CreateContactsResponse | ErrorResponse | None:
    """Add or update contacts

     Adds one or more contacts to the account, optionally into a list (`list_name`, created if needed)
    and
    with a tag (`tag_name`).

    There is no separate update endpoint: a contact whose number already exists is **overwritten** with
    the
    new data (result status `updated`), unless `do_not_overwrite` is true (result status `skipped`).
    `auto_remove_blacklisted_numbers` drops blacklisted numbers. The vendor's sample contact prints
    `"param3": Mme` unquoted (invalid JSON); the parameters are strings.

    Args:
        body (CreateContactsRequest): Body of `POST /contact/create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateContactsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
