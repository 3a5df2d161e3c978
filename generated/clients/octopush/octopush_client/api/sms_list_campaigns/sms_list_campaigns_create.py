from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_list_campaign_request import CreateListCampaignRequest
from ...models.create_list_campaign_response import CreateListCampaignResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateListCampaignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms-campaign-on-list/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateListCampaignResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateListCampaignResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CreateListCampaignResponse.from_dict(response.json())

        return response_201

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
) -> Response[CreateListCampaignResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListCampaignRequest,
) -> Response[CreateListCampaignResponse | ErrorResponse]:
    """Prepare an SMS campaign on a contact list

     Prepares an SMS campaign for all contacts of a list (`list_name`) or carrying a tag (`tag_name`).
    The preparation is **asynchronous** so that large lists do not time out:

    1. create the campaign here and keep its `ticket_number`;
    2. poll `GET /sms-campaign-on-list/status` until the status is `ready_to_be_sent` (or `failed`);
    3. confirm with `POST /sms-campaign-on-list/send`, or cancel with `DELETE /sms-campaign-on-
    list/cancel`.

    The same call exists for tags at `/sms-campaign-on-tag/create` (not described here).

    Args:
        body (CreateListCampaignRequest): Body of `POST /sms-campaign-on-list/create`. Exactly one
            of `list_name` (contacts of a list) or
            `tag_name` (contacts carrying a tag) selects the audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateListCampaignResponse | ErrorResponse]
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
    body: CreateListCampaignRequest,
) -> CreateListCampaignResponse | ErrorResponse | None:
    """Prepare an SMS campaign on a contact list

     Prepares an SMS campaign for all contacts of a list (`list_name`) or carrying a tag (`tag_name`).
    The preparation is **asynchronous** so that large lists do not time out:

    1. create the campaign here and keep its `ticket_number`;
    2. poll `GET /sms-campaign-on-list/status` until the status is `ready_to_be_sent` (or `failed`);
    3. confirm with `POST /sms-campaign-on-list/send`, or cancel with `DELETE /sms-campaign-on-
    list/cancel`.

    The same call exists for tags at `/sms-campaign-on-tag/create` (not described here).

    Args:
        body (CreateListCampaignRequest): Body of `POST /sms-campaign-on-list/create`. Exactly one
            of `list_name` (contacts of a list) or
            `tag_name` (contacts carrying a tag) selects the audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateListCampaignResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListCampaignRequest,
) -> Response[CreateListCampaignResponse | ErrorResponse]:
    """Prepare an SMS campaign on a contact list

     Prepares an SMS campaign for all contacts of a list (`list_name`) or carrying a tag (`tag_name`).
    The preparation is **asynchronous** so that large lists do not time out:

    1. create the campaign here and keep its `ticket_number`;
    2. poll `GET /sms-campaign-on-list/status` until the status is `ready_to_be_sent` (or `failed`);
    3. confirm with `POST /sms-campaign-on-list/send`, or cancel with `DELETE /sms-campaign-on-
    list/cancel`.

    The same call exists for tags at `/sms-campaign-on-tag/create` (not described here).

    Args:
        body (CreateListCampaignRequest): Body of `POST /sms-campaign-on-list/create`. Exactly one
            of `list_name` (contacts of a list) or
            `tag_name` (contacts carrying a tag) selects the audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateListCampaignResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListCampaignRequest,
) -> CreateListCampaignResponse | ErrorResponse | None:
    """Prepare an SMS campaign on a contact list

     Prepares an SMS campaign for all contacts of a list (`list_name`) or carrying a tag (`tag_name`).
    The preparation is **asynchronous** so that large lists do not time out:

    1. create the campaign here and keep its `ticket_number`;
    2. poll `GET /sms-campaign-on-list/status` until the status is `ready_to_be_sent` (or `failed`);
    3. confirm with `POST /sms-campaign-on-list/send`, or cancel with `DELETE /sms-campaign-on-
    list/cancel`.

    The same call exists for tags at `/sms-campaign-on-tag/create` (not described here).

    Args:
        body (CreateListCampaignRequest): Body of `POST /sms-campaign-on-list/create`. Exactly one
            of `list_name` (contacts of a list) or
            `tag_name` (contacts carrying a tag) selects the audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateListCampaignResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
