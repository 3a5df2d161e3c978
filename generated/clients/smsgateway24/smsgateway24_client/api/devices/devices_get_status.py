from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_status_request import DeviceStatusRequest
from ...models.device_status_result import DeviceStatusResult
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: DeviceStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/getdevicestatus",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceStatusResult | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DeviceStatusResult | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DeviceStatusResult.from_dict(data)

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
) -> Response[DeviceStatusResult | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceStatusRequest,
) -> Response[DeviceStatusResult | ErrorEnvelope]:
    """Get the status of one device

     Tells whether a device is online, when it last contacted the server and how many seconds ago. Not on
    the
    vendor's documentation page; documented by the vendor's example code and SDKs.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (DeviceStatusRequest): Which device to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceStatusResult | ErrorEnvelope]
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
    body: DeviceStatusRequest,
) -> DeviceStatusResult | ErrorEnvelope | None:
    """Get the status of one device

     Tells whether a device is online, when it last contacted the server and how many seconds ago. Not on
    the
    vendor's documentation page; documented by the vendor's example code and SDKs.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (DeviceStatusRequest): Which device to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceStatusResult | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceStatusRequest,
) -> Response[DeviceStatusResult | ErrorEnvelope]:
    """Get the status of one device

     Tells whether a device is online, when it last contacted the server and how many seconds ago. Not on
    the
    vendor's documentation page; documented by the vendor's example code and SDKs.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (DeviceStatusRequest): Which device to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceStatusResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceStatusRequest,
) -> DeviceStatusResult | ErrorEnvelope | None:
    """Get the status of one device

     Tells whether a device is online, when it last contacted the server and how many seconds ago. Not on
    the
    vendor's documentation page; documented by the vendor's example code and SDKs.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (DeviceStatusRequest): Which device to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceStatusResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
