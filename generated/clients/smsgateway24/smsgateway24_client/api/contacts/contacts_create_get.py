from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_saved_result import ContactSavedResult
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    phone: str,
    tag_id: int,
    ctag_id: int | Unset = UNSET,
    fullname: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone"] = phone

    params["tag_id"] = tag_id

    params["ctag_id"] = ctag_id

    params["fullname"] = fullname

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/savecontact",
        "params": params,
    }

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
    phone: str,
    tag_id: int,
    ctag_id: int | Unset = UNSET,
    fullname: str | Unset = UNSET,
) -> Response[ContactSavedResult | ErrorEnvelope]:
    """Add a contact with a tag (GET)

     Creates a contact (phone number and optional name) attached to a tag. The live documentation page
    names the
    tag field `ctag_id` and shows an unnamed required "customer's name" row; the GitHub docs, the SDKs
    and the
    examples use `tag_id` and an optional `fullname`, which this description follows.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        phone (str):
        tag_id (int):
        ctag_id (int | Unset):
        fullname (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSavedResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        phone=phone,
        tag_id=tag_id,
        ctag_id=ctag_id,
        fullname=fullname,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    phone: str,
    tag_id: int,
    ctag_id: int | Unset = UNSET,
    fullname: str | Unset = UNSET,
) -> ContactSavedResult | ErrorEnvelope | None:
    """Add a contact with a tag (GET)

     Creates a contact (phone number and optional name) attached to a tag. The live documentation page
    names the
    tag field `ctag_id` and shows an unnamed required "customer's name" row; the GitHub docs, the SDKs
    and the
    examples use `tag_id` and an optional `fullname`, which this description follows.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        phone (str):
        tag_id (int):
        ctag_id (int | Unset):
        fullname (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSavedResult | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        phone=phone,
        tag_id=tag_id,
        ctag_id=ctag_id,
        fullname=fullname,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    phone: str,
    tag_id: int,
    ctag_id: int | Unset = UNSET,
    fullname: str | Unset = UNSET,
) -> Response[ContactSavedResult | ErrorEnvelope]:
    """Add a contact with a tag (GET)

     Creates a contact (phone number and optional name) attached to a tag. The live documentation page
    names the
    tag field `ctag_id` and shows an unnamed required "customer's name" row; the GitHub docs, the SDKs
    and the
    examples use `tag_id` and an optional `fullname`, which this description follows.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        phone (str):
        tag_id (int):
        ctag_id (int | Unset):
        fullname (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSavedResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        phone=phone,
        tag_id=tag_id,
        ctag_id=ctag_id,
        fullname=fullname,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    phone: str,
    tag_id: int,
    ctag_id: int | Unset = UNSET,
    fullname: str | Unset = UNSET,
) -> ContactSavedResult | ErrorEnvelope | None:
    """Add a contact with a tag (GET)

     Creates a contact (phone number and optional name) attached to a tag. The live documentation page
    names the
    tag field `ctag_id` and shows an unnamed required "customer's name" row; the GitHub docs, the SDKs
    and the
    examples use `tag_id` and an optional `fullname`, which this description follows.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        phone (str):
        tag_id (int):
        ctag_id (int | Unset):
        fullname (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSavedResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            phone=phone,
            tag_id=tag_id,
            ctag_id=ctag_id,
            fullname=fullname,
        )
    ).parsed
