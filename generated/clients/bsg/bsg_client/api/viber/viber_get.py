from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.viber_status_response import ViberStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    x_api_source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_source, Unset):
        headers["X-API-SOURCE"] = x_api_source

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/viber/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | ViberStatusResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | ViberStatusResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ViberStatusResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | ViberStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | ViberStatusResponse]:
    """Get a Viber message status by id

     Returns a Viber message (recipient, times, delivery `status`, price, and the SMS fallback in
    `alt_route` when one was sent) by the BSG `id` returned on creation. An unknown id gives error 40
    (`Message not found`) in an HTTP 200 body.

    Args:
        id (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | ViberStatusResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x_api_source=x_api_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | ViberStatusResponse | None:
    """Get a Viber message status by id

     Returns a Viber message (recipient, times, delivery `status`, price, and the SMS fallback in
    `alt_route` when one was sent) by the BSG `id` returned on creation. An unknown id gives error 40
    (`Message not found`) in an HTTP 200 body.

    Args:
        id (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | ViberStatusResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        x_api_source=x_api_source,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | ViberStatusResponse]:
    """Get a Viber message status by id

     Returns a Viber message (recipient, times, delivery `status`, price, and the SMS fallback in
    `alt_route` when one was sent) by the BSG `id` returned on creation. An unknown id gives error 40
    (`Message not found`) in an HTTP 200 body.

    Args:
        id (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | ViberStatusResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x_api_source=x_api_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | ViberStatusResponse | None:
    """Get a Viber message status by id

     Returns a Viber message (recipient, times, delivery `status`, price, and the SMS fallback in
    `alt_route` when one was sent) by the BSG `id` returned on creation. An unknown id gives error 40
    (`Message not found`) in an HTTP 200 body.

    Args:
        id (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | ViberStatusResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_api_source=x_api_source,
        )
    ).parsed
