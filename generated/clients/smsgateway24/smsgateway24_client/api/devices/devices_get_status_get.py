from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_status_result import DeviceStatusResult
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    device_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["device_id"] = device_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/getdevicestatus",
        "params": params,
    }

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
    device_id: str,
) -> Response[DeviceStatusResult | ErrorEnvelope]:
    """Get the status of one device (GET)

     Tells whether a device is online, when it last contacted the server and how many seconds ago. Not on
    the
    vendor's documentation page; documented by the vendor's example code and SDKs.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceStatusResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    device_id: str,
) -> DeviceStatusResult | ErrorEnvelope | None:
    """Get the status of one device (GET)

     Tells whether a device is online, when it last contacted the server and how many seconds ago. Not on
    the
    vendor's documentation page; documented by the vendor's example code and SDKs.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceStatusResult | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        device_id=device_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    device_id: str,
) -> Response[DeviceStatusResult | ErrorEnvelope]:
    """Get the status of one device (GET)

     Tells whether a device is online, when it last contacted the server and how many seconds ago. Not on
    the
    vendor's documentation page; documented by the vendor's example code and SDKs.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceStatusResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    device_id: str,
) -> DeviceStatusResult | ErrorEnvelope | None:
    """Get the status of one device (GET)

     Tells whether a device is online, when it last contacted the server and how many seconds ago. Not on
    the
    vendor's documentation page; documented by the vendor's example code and SDKs.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceStatusResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            device_id=device_id,
        )
    ).parsed
