from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.viber_send_request import ViberSendRequest
from ...models.viber_send_result_response import ViberSendResultResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ViberSendRequest,
    x_api_source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_source, Unset):
        headers["X-API-SOURCE"] = x_api_source

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/viber/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | ViberSendResultResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | ViberSendResultResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_viber_send_response_type_0 = ViberSendResultResponse.from_dict(data)

                return componentsschemas_viber_send_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_viber_send_response_type_1 = ErrorResponse.from_dict(data)

            return componentsschemas_viber_send_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | ViberSendResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ViberSendRequest,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | ViberSendResultResponse]:
    """Send Viber messages

     Creates Viber messages, optionally with an SMS fallback (`options.viber.alt_route`) that BSG sends
    when
    the Viber message is not delivered (e.g. the recipient does not use Viber). Up to 50 phones per
    request;
    the fallback SMS is described inside the Viber options.

    Returns one `result[]` item per recipient (its `id` and `price`, or its `error`), plus `total_price`
    and
    `currency`. Errors about the whole request (e.g. 48 invalid validity) come as a top-level `error`;
    recipient errors per item (41 invalid phone, 43 duplicate reference, 44 invalid payload, 45
    unregistered
    sender, 46 empty text, 47 invalid reference, 49 invalid Viber options, 51 duplicate phone). Errors
    come in HTTP 200 bodies.

    A `callback_url` per message asks BSG to push delivery reports (the recipients need a `reference`);
    the callback payload is not documented.

    Args:
        x_api_source (str | Unset):
        body (ViberSendRequest): Body of `/viber/create` and `/viber/price`: one or more Viber
            messages, at most 50 phones in total per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | ViberSendResultResponse]
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
    body: ViberSendRequest,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | ViberSendResultResponse | None:
    """Send Viber messages

     Creates Viber messages, optionally with an SMS fallback (`options.viber.alt_route`) that BSG sends
    when
    the Viber message is not delivered (e.g. the recipient does not use Viber). Up to 50 phones per
    request;
    the fallback SMS is described inside the Viber options.

    Returns one `result[]` item per recipient (its `id` and `price`, or its `error`), plus `total_price`
    and
    `currency`. Errors about the whole request (e.g. 48 invalid validity) come as a top-level `error`;
    recipient errors per item (41 invalid phone, 43 duplicate reference, 44 invalid payload, 45
    unregistered
    sender, 46 empty text, 47 invalid reference, 49 invalid Viber options, 51 duplicate phone). Errors
    come in HTTP 200 bodies.

    A `callback_url` per message asks BSG to push delivery reports (the recipients need a `reference`);
    the callback payload is not documented.

    Args:
        x_api_source (str | Unset):
        body (ViberSendRequest): Body of `/viber/create` and `/viber/price`: one or more Viber
            messages, at most 50 phones in total per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | ViberSendResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_api_source=x_api_source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ViberSendRequest,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | ViberSendResultResponse]:
    """Send Viber messages

     Creates Viber messages, optionally with an SMS fallback (`options.viber.alt_route`) that BSG sends
    when
    the Viber message is not delivered (e.g. the recipient does not use Viber). Up to 50 phones per
    request;
    the fallback SMS is described inside the Viber options.

    Returns one `result[]` item per recipient (its `id` and `price`, or its `error`), plus `total_price`
    and
    `currency`. Errors about the whole request (e.g. 48 invalid validity) come as a top-level `error`;
    recipient errors per item (41 invalid phone, 43 duplicate reference, 44 invalid payload, 45
    unregistered
    sender, 46 empty text, 47 invalid reference, 49 invalid Viber options, 51 duplicate phone). Errors
    come in HTTP 200 bodies.

    A `callback_url` per message asks BSG to push delivery reports (the recipients need a `reference`);
    the callback payload is not documented.

    Args:
        x_api_source (str | Unset):
        body (ViberSendRequest): Body of `/viber/create` and `/viber/price`: one or more Viber
            messages, at most 50 phones in total per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | ViberSendResultResponse]
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
    body: ViberSendRequest,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | ViberSendResultResponse | None:
    """Send Viber messages

     Creates Viber messages, optionally with an SMS fallback (`options.viber.alt_route`) that BSG sends
    when
    the Viber message is not delivered (e.g. the recipient does not use Viber). Up to 50 phones per
    request;
    the fallback SMS is described inside the Viber options.

    Returns one `result[]` item per recipient (its `id` and `price`, or its `error`), plus `total_price`
    and
    `currency`. Errors about the whole request (e.g. 48 invalid validity) come as a top-level `error`;
    recipient errors per item (41 invalid phone, 43 duplicate reference, 44 invalid payload, 45
    unregistered
    sender, 46 empty text, 47 invalid reference, 49 invalid Viber options, 51 duplicate phone). Errors
    come in HTTP 200 bodies.

    A `callback_url` per message asks BSG to push delivery reports (the recipients need a `reference`);
    the callback payload is not documented.

    Args:
        x_api_source (str | Unset):
        body (ViberSendRequest): Body of `/viber/create` and `/viber/price`: one or more Viber
            messages, at most 50 phones in total per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | ViberSendResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_api_source=x_api_source,
        )
    ).parsed
