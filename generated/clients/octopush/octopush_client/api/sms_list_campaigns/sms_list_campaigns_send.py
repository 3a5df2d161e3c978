from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_campaign_send_response import ListCampaignSendResponse
from ...models.list_campaign_ticket_request import ListCampaignTicketRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ListCampaignTicketRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms-campaign-on-list/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCampaignSendResponse | None:
    if response.status_code == 200:
        response_200 = ListCampaignSendResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListCampaignSendResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCampaignTicketRequest,
) -> Response[ErrorResponse | ListCampaignSendResponse]:
    """Confirm the sending of a prepared list campaign

     Confirms a campaign whose status is `ready_to_be_sent`; it is then sent (or scheduled for its
    `send_at`). Returns `400` as long as the campaign is not ready. The same call exists for tags at
    `/sms-campaign-on-tag/send` (not described here). (One vendor page prints the curl example against
    `/sms-campaign/send` by mistake.)

    Args:
        body (ListCampaignTicketRequest): Body identifying a prepared list campaign (`/sms-
            campaign-on-list/send`, `/sms-campaign-on-list/cancel`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCampaignSendResponse]
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
    body: ListCampaignTicketRequest,
) -> ErrorResponse | ListCampaignSendResponse | None:
    """Confirm the sending of a prepared list campaign

     Confirms a campaign whose status is `ready_to_be_sent`; it is then sent (or scheduled for its
    `send_at`). Returns `400` as long as the campaign is not ready. The same call exists for tags at
    `/sms-campaign-on-tag/send` (not described here). (One vendor page prints the curl example against
    `/sms-campaign/send` by mistake.)

    Args:
        body (ListCampaignTicketRequest): Body identifying a prepared list campaign (`/sms-
            campaign-on-list/send`, `/sms-campaign-on-list/cancel`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCampaignSendResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCampaignTicketRequest,
) -> Response[ErrorResponse | ListCampaignSendResponse]:
    """Confirm the sending of a prepared list campaign

     Confirms a campaign whose status is `ready_to_be_sent`; it is then sent (or scheduled for its
    `send_at`). Returns `400` as long as the campaign is not ready. The same call exists for tags at
    `/sms-campaign-on-tag/send` (not described here). (One vendor page prints the curl example against
    `/sms-campaign/send` by mistake.)

    Args:
        body (ListCampaignTicketRequest): Body identifying a prepared list campaign (`/sms-
            campaign-on-list/send`, `/sms-campaign-on-list/cancel`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCampaignSendResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListCampaignTicketRequest,
) -> ErrorResponse | ListCampaignSendResponse | None:
    """Confirm the sending of a prepared list campaign

     Confirms a campaign whose status is `ready_to_be_sent`; it is then sent (or scheduled for its
    `send_at`). Returns `400` as long as the campaign is not ready. The same call exists for tags at
    `/sms-campaign-on-tag/send` (not described here). (One vendor page prints the curl example against
    `/sms-campaign/send` by mistake.)

    Args:
        body (ListCampaignTicketRequest): Body identifying a prepared list campaign (`/sms-
            campaign-on-list/send`, `/sms-campaign-on-list/cancel`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCampaignSendResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
