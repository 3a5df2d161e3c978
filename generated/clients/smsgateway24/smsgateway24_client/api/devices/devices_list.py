from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_list_result import DeviceListResult
from ...models.error_envelope import ErrorEnvelope
from ...models.token_only_request import TokenOnlyRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TokenOnlyRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/getalldevices",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceListResult | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DeviceListResult | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DeviceListResult.from_dict(data)

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
) -> Response[DeviceListResult | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenOnlyRequest | Unset = UNSET,
) -> Response[DeviceListResult | ErrorEnvelope]:
    """List devices

     Returns the Android devices connected to the account, with their SIM cards, app version and
    settings. `device`
    is an object keyed by device id, not an array; the device id is what `addsms` expects as
    `device_id`. Dates
    are PHP `DateTime` objects plus `…humanformat` strings. The request body is optional: it only
    carries the
    token when it is not sent in the query.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (TokenOnlyRequest | Unset): A request whose only field is the token (when it is not
            sent in the query).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceListResult | ErrorEnvelope]
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
    body: TokenOnlyRequest | Unset = UNSET,
) -> DeviceListResult | ErrorEnvelope | None:
    """List devices

     Returns the Android devices connected to the account, with their SIM cards, app version and
    settings. `device`
    is an object keyed by device id, not an array; the device id is what `addsms` expects as
    `device_id`. Dates
    are PHP `DateTime` objects plus `…humanformat` strings. The request body is optional: it only
    carries the
    token when it is not sent in the query.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (TokenOnlyRequest | Unset): A request whose only field is the token (when it is not
            sent in the query).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceListResult | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenOnlyRequest | Unset = UNSET,
) -> Response[DeviceListResult | ErrorEnvelope]:
    """List devices

     Returns the Android devices connected to the account, with their SIM cards, app version and
    settings. `device`
    is an object keyed by device id, not an array; the device id is what `addsms` expects as
    `device_id`. Dates
    are PHP `DateTime` objects plus `…humanformat` strings. The request body is optional: it only
    carries the
    token when it is not sent in the query.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (TokenOnlyRequest | Unset): A request whose only field is the token (when it is not
            sent in the query).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceListResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenOnlyRequest | Unset = UNSET,
) -> DeviceListResult | ErrorEnvelope | None:
    """List devices

     Returns the Android devices connected to the account, with their SIM cards, app version and
    settings. `device`
    is an object keyed by device id, not an array; the device id is what `addsms` expects as
    `device_id`. Dates
    are PHP `DateTime` objects plus `…humanformat` strings. The request body is optional: it only
    carries the
    token when it is not sent in the query.

    The official examples post `application/x-www-form-urlencoded` (PHP curl with an array body sends
    `multipart/form-data`, which the server accepts as well). The token can be sent as the `token` query
    parameter
    or as the `token` form field.

    Args:
        body (TokenOnlyRequest | Unset): A request whose only field is the token (when it is not
            sent in the query).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceListResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
