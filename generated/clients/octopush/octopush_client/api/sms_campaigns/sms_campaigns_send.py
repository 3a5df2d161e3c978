from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.send_sms_campaign_request import SendSmsCampaignRequest
from ...models.send_sms_campaign_response import SendSmsCampaignResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsCampaignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms-campaign/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendSmsCampaignResponse | None:
    if response.status_code == 201:
        response_201 = SendSmsCampaignResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SendSmsCampaignResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsCampaignRequest,
) -> Response[ErrorResponse | SendSmsCampaignResponse]:
    """Send an SMS campaign to explicit recipients

     Sends an SMS to 1–500 explicit recipients, immediately or at `send_at`. A "simple SMS" is a campaign
    with one recipient. The text may use the placeholders `{param1}` … `{param5}` of each recipient.

    * `type` selects the route (`sms_premium`, `sms_low_cost`); `purpose` tells a transactional message
      (`alert`) from marketing (`wholesale`). Premium marketing texts must contain the "STOP au XXXXX"
      mention (error 121).
    * `request_id` makes the call idempotent for 24 hours (duplicate → error 120).
    * `simulation_mode: true` returns a fake result without sending.

    The API coerces wrongly typed parameters where it can and drops those it cannot interpret.

    Args:
        body (SendSmsCampaignRequest): Body of `POST /sms-campaign/send`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendSmsCampaignResponse]
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
    body: SendSmsCampaignRequest,
) -> ErrorResponse | SendSmsCampaignResponse | None:
    """Send an SMS campaign to explicit recipients

     Sends an SMS to 1–500 explicit recipients, immediately or at `send_at`. A "simple SMS" is a campaign
    with one recipient. The text may use the placeholders `{param1}` … `{param5}` of each recipient.

    * `type` selects the route (`sms_premium`, `sms_low_cost`); `purpose` tells a transactional message
      (`alert`) from marketing (`wholesale`). Premium marketing texts must contain the "STOP au XXXXX"
      mention (error 121).
    * `request_id` makes the call idempotent for 24 hours (duplicate → error 120).
    * `simulation_mode: true` returns a fake result without sending.

    The API coerces wrongly typed parameters where it can and drops those it cannot interpret.

    Args:
        body (SendSmsCampaignRequest): Body of `POST /sms-campaign/send`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendSmsCampaignResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsCampaignRequest,
) -> Response[ErrorResponse | SendSmsCampaignResponse]:
    """Send an SMS campaign to explicit recipients

     Sends an SMS to 1–500 explicit recipients, immediately or at `send_at`. A "simple SMS" is a campaign
    with one recipient. The text may use the placeholders `{param1}` … `{param5}` of each recipient.

    * `type` selects the route (`sms_premium`, `sms_low_cost`); `purpose` tells a transactional message
      (`alert`) from marketing (`wholesale`). Premium marketing texts must contain the "STOP au XXXXX"
      mention (error 121).
    * `request_id` makes the call idempotent for 24 hours (duplicate → error 120).
    * `simulation_mode: true` returns a fake result without sending.

    The API coerces wrongly typed parameters where it can and drops those it cannot interpret.

    Args:
        body (SendSmsCampaignRequest): Body of `POST /sms-campaign/send`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendSmsCampaignResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsCampaignRequest,
) -> ErrorResponse | SendSmsCampaignResponse | None:
    """Send an SMS campaign to explicit recipients

     Sends an SMS to 1–500 explicit recipients, immediately or at `send_at`. A "simple SMS" is a campaign
    with one recipient. The text may use the placeholders `{param1}` … `{param5}` of each recipient.

    * `type` selects the route (`sms_premium`, `sms_low_cost`); `purpose` tells a transactional message
      (`alert`) from marketing (`wholesale`). Premium marketing texts must contain the "STOP au XXXXX"
      mention (error 121).
    * `request_id` makes the call idempotent for 24 hours (duplicate → error 120).
    * `simulation_mode: true` returns a fake result without sending.

    The API coerces wrongly typed parameters where it can and drops those it cannot interpret.

    Args:
        body (SendSmsCampaignRequest): Body of `POST /sms-campaign/send`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendSmsCampaignResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
