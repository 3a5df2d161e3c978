from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_saved_result import ContactSavedResult
from ...models.error_envelope import ErrorEnvelope
from ...models.save_contact_request import SaveContactRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SaveContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/savecontact",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactSavedResult | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ContactSavedResult | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ContactSavedResult.from_dict(data)

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
) -> Response[ContactSavedResult | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SaveContactRequest,
) -> Response[ContactSavedResult | ErrorEnvelope]:
    """Add a contact with a tag

     Creates a contact (phone number and optional name) attached to a tag. The live documentation page
    names the
    tag field `ctag_id` and shows an unnamed required "customer's name" row; the GitHub docs, the SDKs
    and the
    examples use `tag_id` and an optional `fullname`, which this description follows.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (SaveContactRequest): A new contact, attached to a tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSavedResult | ErrorEnvelope]
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
    body: SaveContactRequest,
) -> ContactSavedResult | ErrorEnvelope | None:
    """Add a contact with a tag

     Creates a contact (phone number and optional name) attached to a tag. The live documentation page
    names the
    tag field `ctag_id` and shows an unnamed required "customer's name" row; the GitHub docs, the SDKs
    and the
    examples use `tag_id` and an optional `fullname`, which this description follows.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (SaveContactRequest): A new contact, attached to a tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSavedResult | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SaveContactRequest,
) -> Response[ContactSavedResult | ErrorEnvelope]:
    """Add a contact with a tag

     Creates a contact (phone number and optional name) attached to a tag. The live documentation page
    names the
    tag field `ctag_id` and shows an unnamed required "customer's name" row; the GitHub docs, the SDKs
    and the
    examples use `tag_id` and an optional `fullname`, which this description follows.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (SaveContactRequest): A new contact, attached to a tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSavedResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SaveContactRequest,
) -> ContactSavedResult | ErrorEnvelope | None:
    """Add a contact with a tag

     Creates a contact (phone number and optional name) attached to a tag. The live documentation page
    names the
    tag field `ctag_id` and shows an unnamed required "customer's name" row; the GitHub docs, the SDKs
    and the
    examples use `tag_id` and an optional `fullname`, which this description follows.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (SaveContactRequest): A new contact, attached to a tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSavedResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
