from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hlr_status_response import HlrStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reference: str,
    *,
    x_api_source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_source, Unset):
        headers["X-API-SOURCE"] = x_api_source

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hlr/reference/{reference}".format(
            reference=quote(str(reference), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | HlrStatusResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | HlrStatusResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = HlrStatusResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | HlrStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reference: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HlrStatusResponse]:
    """Get an HLR lookup result by reference

     Returns the result of an HLR lookup by the client `reference` given on creation. An unknown
    reference
    gives error 60 in an HTTP 200 body.

    Args:
        reference (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HlrStatusResponse]
    """

    kwargs = _get_kwargs(
        reference=reference,
        x_api_source=x_api_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reference: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HlrStatusResponse | None:
    """Get an HLR lookup result by reference

     Returns the result of an HLR lookup by the client `reference` given on creation. An unknown
    reference
    gives error 60 in an HTTP 200 body.

    Args:
        reference (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HlrStatusResponse
    """

    return sync_detailed(
        reference=reference,
        client=client,
        x_api_source=x_api_source,
    ).parsed


async def asyncio_detailed(
    reference: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HlrStatusResponse]:
    """Get an HLR lookup result by reference

     Returns the result of an HLR lookup by the client `reference` given on creation. An unknown
    reference
    gives error 60 in an HTTP 200 body.

    Args:
        reference (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HlrStatusResponse]
    """

    kwargs = _get_kwargs(
        reference=reference,
        x_api_source=x_api_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reference: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HlrStatusResponse | None:
    """Get an HLR lookup result by reference

     Returns the result of an HLR lookup by the client `reference` given on creation. An unknown
    reference
    gives error 60 in an HTTP 200 body.

    Args:
        reference (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HlrStatusResponse
    """

    return (
        await asyncio_detailed(
            reference=reference,
            client=client,
            x_api_source=x_api_source,
        )
    ).parsed
