from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.add_contacts_request import AddContactsRequest
from ...models.add_contacts_response import AddContactsResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AddContactsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/addContacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddContactsResponse | ErrorEnvelope | ErrorEnvelope:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AddContactsResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AddContactsResponse.from_dict(data)

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
) -> Response[AddContactsResponse | ErrorEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddContactsRequest,
) -> Response[AddContactsResponse | ErrorEnvelope | ErrorEnvelope]:
    """Add contacts

     Saves one or more contacts. `groupIds` (top level, applies to every contact) puts them in these
    groups;
    without it they go to the default "All" group. The response lists the stored contacts (`data` is an
    **array** here), with `notValid` as a boolean.

    The birthday key is spelled `birthday` in the vendor's example body and `birthDay` in its field
    table;
    its format is `DD-MM-YYYY`.

    Args:
        body (AddContactsRequest): Body of `PUT /addContacts`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactsResponse | ErrorEnvelope | ErrorEnvelope]
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
    body: AddContactsRequest,
) -> AddContactsResponse | ErrorEnvelope | ErrorEnvelope | None:
    """Add contacts

     Saves one or more contacts. `groupIds` (top level, applies to every contact) puts them in these
    groups;
    without it they go to the default "All" group. The response lists the stored contacts (`data` is an
    **array** here), with `notValid` as a boolean.

    The birthday key is spelled `birthday` in the vendor's example body and `birthDay` in its field
    table;
    its format is `DD-MM-YYYY`.

    Args:
        body (AddContactsRequest): Body of `PUT /addContacts`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactsResponse | ErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddContactsRequest,
) -> Response[AddContactsResponse | ErrorEnvelope | ErrorEnvelope]:
    """Add contacts

     Saves one or more contacts. `groupIds` (top level, applies to every contact) puts them in these
    groups;
    without it they go to the default "All" group. The response lists the stored contacts (`data` is an
    **array** here), with `notValid` as a boolean.

    The birthday key is spelled `birthday` in the vendor's example body and `birthDay` in its field
    table;
    its format is `DD-MM-YYYY`.

    Args:
        body (AddContactsRequest): Body of `PUT /addContacts`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactsResponse | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddContactsRequest,
) -> AddContactsResponse | ErrorEnvelope | ErrorEnvelope | None:
    """Add contacts

     Saves one or more contacts. `groupIds` (top level, applies to every contact) puts them in these
    groups;
    without it they go to the default "All" group. The response lists the stored contacts (`data` is an
    **array** here), with `notValid` as a boolean.

    The birthday key is spelled `birthday` in the vendor's example body and `birthDay` in its field
    table;
    its format is `DD-MM-YYYY`.

    Args:
        body (AddContactsRequest): Body of `PUT /addContacts`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactsResponse | ErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
