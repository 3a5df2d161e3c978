from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hlr_create_batch_response import HlrCreateBatchResponse
from ...models.hlr_create_single_response import HlrCreateSingleResponse
from ...models.hlr_request_item import HlrRequestItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: HlrRequestItem | list[HlrRequestItem],
    x_api_source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_source, Unset):
        headers["X-API-SOURCE"] = x_api_source

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/hlr/create",
    }

    if isinstance(body, HlrRequestItem):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = []
        for componentsschemas_hlr_batch_request_item_data in body:
            componentsschemas_hlr_batch_request_item = componentsschemas_hlr_batch_request_item_data.to_dict()
            _kwargs["json"].append(componentsschemas_hlr_batch_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_hlr_create_response_type_0 = HlrCreateSingleResponse.from_dict(data)

                return componentsschemas_hlr_create_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_hlr_create_response_type_1 = HlrCreateBatchResponse.from_dict(data)

                return componentsschemas_hlr_create_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_hlr_create_response_type_2 = ErrorResponse.from_dict(data)

            return componentsschemas_hlr_create_response_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HlrRequestItem | list[HlrRequestItem],
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse]:
    """Request HLR lookups

     Starts HLR (home location register) lookups that tell whether numbers are active, absent or unknown
    and
    which network serves them. The body is one lookup object, or a JSON array of lookup objects (at most
    50).
    Each lookup needs a `reference` unique per account (62 missing, 63 duplicate, 65 invalid); 61
    invalid
    phone, 64 invalid payload, 66 duplicate phone.

    A single lookup is answered with its `id` and `price` at the top level; an array with `result[]`.
    The
    lookup result is read later with `GET /hlr/{id}` or pushed to `callback_url` (payload not
    documented).
    Errors come in HTTP 200 bodies.

    Args:
        x_api_source (str | Unset):
        body (HlrRequestItem | list[HlrRequestItem]): Body of `/hlr/create`, either one lookup
            object or an array of lookup objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_api_source=x_api_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: HlrRequestItem | list[HlrRequestItem],
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse | None:
    """Request HLR lookups

     Starts HLR (home location register) lookups that tell whether numbers are active, absent or unknown
    and
    which network serves them. The body is one lookup object, or a JSON array of lookup objects (at most
    50).
    Each lookup needs a `reference` unique per account (62 missing, 63 duplicate, 65 invalid); 61
    invalid
    phone, 64 invalid payload, 66 duplicate phone.

    A single lookup is answered with its `id` and `price` at the top level; an array with `result[]`.
    The
    lookup result is read later with `GET /hlr/{id}` or pushed to `callback_url` (payload not
    documented).
    Errors come in HTTP 200 bodies.

    Args:
        x_api_source (str | Unset):
        body (HlrRequestItem | list[HlrRequestItem]): Body of `/hlr/create`, either one lookup
            object or an array of lookup objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_api_source=x_api_source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HlrRequestItem | list[HlrRequestItem],
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse]:
    """Request HLR lookups

     Starts HLR (home location register) lookups that tell whether numbers are active, absent or unknown
    and
    which network serves them. The body is one lookup object, or a JSON array of lookup objects (at most
    50).
    Each lookup needs a `reference` unique per account (62 missing, 63 duplicate, 65 invalid); 61
    invalid
    phone, 64 invalid payload, 66 duplicate phone.

    A single lookup is answered with its `id` and `price` at the top level; an array with `result[]`.
    The
    lookup result is read later with `GET /hlr/{id}` or pushed to `callback_url` (payload not
    documented).
    Errors come in HTTP 200 bodies.

    Args:
        x_api_source (str | Unset):
        body (HlrRequestItem | list[HlrRequestItem]): Body of `/hlr/create`, either one lookup
            object or an array of lookup objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_api_source=x_api_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: HlrRequestItem | list[HlrRequestItem],
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse | None:
    """Request HLR lookups

     Starts HLR (home location register) lookups that tell whether numbers are active, absent or unknown
    and
    which network serves them. The body is one lookup object, or a JSON array of lookup objects (at most
    50).
    Each lookup needs a `reference` unique per account (62 missing, 63 duplicate, 65 invalid); 61
    invalid
    phone, 64 invalid payload, 66 duplicate phone.

    A single lookup is answered with its `id` and `price` at the top level; an array with `result[]`.
    The
    lookup result is read later with `GET /hlr/{id}` or pushed to `callback_url` (payload not
    documented).
    Errors come in HTTP 200 bodies.

    Args:
        x_api_source (str | Unset):
        body (HlrRequestItem | list[HlrRequestItem]): Body of `/hlr/create`, either one lookup
            object or an array of lookup objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HlrCreateBatchResponse | HlrCreateSingleResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_api_source=x_api_source,
        )
    ).parsed
