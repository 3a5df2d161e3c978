from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_campaign_status_response import ListCampaignStatusResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    ticket_number: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticket_number"] = ticket_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms-campaign-on-list/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCampaignStatusResponse | None:
    if response.status_code == 200:
        response_200 = ListCampaignStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListCampaignStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticket_number: str,
) -> Response[ErrorResponse | ListCampaignStatusResponse]:
    """Get the preparation status of a list campaign

     Returns the number of contacts, the cost and the preparation status of a campaign created with
    `POST /sms-campaign-on-list/create`. Poll until the status is `ready_to_be_sent` (then confirm it)
    or
    `failed`. The vendor documents a `400` as long as the campaign is not ready.

    Args:
        ticket_number (str): Identifier of a campaign returned by Octopush (for list campaigns:
            `ticket_number` returned by
            `POST /sms-campaign-on-list/create`), e.g. `sms_624b06226b091819434905`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCampaignStatusResponse]
    """

    kwargs = _get_kwargs(
        ticket_number=ticket_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticket_number: str,
) -> ErrorResponse | ListCampaignStatusResponse | None:
    """Get the preparation status of a list campaign

     Returns the number of contacts, the cost and the preparation status of a campaign created with
    `POST /sms-campaign-on-list/create`. Poll until the status is `ready_to_be_sent` (then confirm it)
    or
    `failed`. The vendor documents a `400` as long as the campaign is not ready.

    Args:
        ticket_number (str): Identifier of a campaign returned by Octopush (for list campaigns:
            `ticket_number` returned by
            `POST /sms-campaign-on-list/create`), e.g. `sms_624b06226b091819434905`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCampaignStatusResponse
    """

    return sync_detailed(
        client=client,
        ticket_number=ticket_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticket_number: str,
) -> Response[ErrorResponse | ListCampaignStatusResponse]:
    """Get the preparation status of a list campaign

     Returns the number of contacts, the cost and the preparation status of a campaign created with
    `POST /sms-campaign-on-list/create`. Poll until the status is `ready_to_be_sent` (then confirm it)
    or
    `failed`. The vendor documents a `400` as long as the campaign is not ready.

    Args:
        ticket_number (str): Identifier of a campaign returned by Octopush (for list campaigns:
            `ticket_number` returned by
            `POST /sms-campaign-on-list/create`), e.g. `sms_624b06226b091819434905`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCampaignStatusResponse]
    """

    kwargs = _get_kwargs(
        ticket_number=ticket_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticket_number: str,
) -> ErrorResponse | ListCampaignStatusResponse | None:
    """Get the preparation status of a list campaign

     Returns the number of contacts, the cost and the preparation status of a campaign created with
    `POST /sms-campaign-on-list/create`. Poll until the status is `ready_to_be_sent` (then confirm it)
    or
    `failed`. The vendor documents a `400` as long as the campaign is not ready.

    Args:
        ticket_number (str): Identifier of a campaign returned by Octopush (for list campaigns:
            `ticket_number` returned by
            `POST /sms-campaign-on-list/create`), e.g. `sms_624b06226b091819434905`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCampaignStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticket_number=ticket_number,
        )
    ).parsed
