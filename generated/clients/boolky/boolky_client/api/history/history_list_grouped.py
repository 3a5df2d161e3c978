import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.group_history_response import GroupHistoryResponse
from ...models.message_type_filter import MessageTypeFilter
from ...types import UNSET, Response


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    type_: MessageTypeFilter,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    json_type_: str = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/getAllGroupsHistory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GroupHistoryResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GroupHistoryResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GroupHistoryResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | GroupHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date,
    type_: MessageTypeFilter,
) -> Response[ErrorEnvelope | ErrorEnvelope | GroupHistoryResponse]:
    """List the grouped message history

     Returns the sends (one entry per SMS/MMS send to one or more recipients) of a period, each with the
    photos of an MMS. All three query parameters are required. Use an entry's `groupMessageHistory.id`
    with `GET /getAllMessageHistory` to get the per-recipient messages.

    `cost` is a decimal string, `sentDate` is `YYYY-MM-DD HH:MM:SS` and `showDate` ISO 8601 without a
    time
    zone. Photo URLs contain a double slash and a server file path (vendor quirk).

    Args:
        from_ (datetime.date): A calendar date `YYYY-MM-DD`.
        to (datetime.date): A calendar date `YYYY-MM-DD`.
        type_ (MessageTypeFilter):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GroupHistoryResponse]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date,
    type_: MessageTypeFilter,
) -> ErrorEnvelope | ErrorEnvelope | GroupHistoryResponse | None:
    """List the grouped message history

     Returns the sends (one entry per SMS/MMS send to one or more recipients) of a period, each with the
    photos of an MMS. All three query parameters are required. Use an entry's `groupMessageHistory.id`
    with `GET /getAllMessageHistory` to get the per-recipient messages.

    `cost` is a decimal string, `sentDate` is `YYYY-MM-DD HH:MM:SS` and `showDate` ISO 8601 without a
    time
    zone. Photo URLs contain a double slash and a server file path (vendor quirk).

    Args:
        from_ (datetime.date): A calendar date `YYYY-MM-DD`.
        to (datetime.date): A calendar date `YYYY-MM-DD`.
        type_ (MessageTypeFilter):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GroupHistoryResponse
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date,
    type_: MessageTypeFilter,
) -> Response[ErrorEnvelope | ErrorEnvelope | GroupHistoryResponse]:
    """List the grouped message history

     Returns the sends (one entry per SMS/MMS send to one or more recipients) of a period, each with the
    photos of an MMS. All three query parameters are required. Use an entry's `groupMessageHistory.id`
    with `GET /getAllMessageHistory` to get the per-recipient messages.

    `cost` is a decimal string, `sentDate` is `YYYY-MM-DD HH:MM:SS` and `showDate` ISO 8601 without a
    time
    zone. Photo URLs contain a double slash and a server file path (vendor quirk).

    Args:
        from_ (datetime.date): A calendar date `YYYY-MM-DD`.
        to (datetime.date): A calendar date `YYYY-MM-DD`.
        type_ (MessageTypeFilter):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GroupHistoryResponse]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date,
    type_: MessageTypeFilter,
) -> ErrorEnvelope | ErrorEnvelope | GroupHistoryResponse | None:
    """List the grouped message history

     Returns the sends (one entry per SMS/MMS send to one or more recipients) of a period, each with the
    photos of an MMS. All three query parameters are required. Use an entry's `groupMessageHistory.id`
    with `GET /getAllMessageHistory` to get the per-recipient messages.

    `cost` is a decimal string, `sentDate` is `YYYY-MM-DD HH:MM:SS` and `showDate` ISO 8601 without a
    time
    zone. Photo URLs contain a double slash and a server file path (vendor quirk).

    Args:
        from_ (datetime.date): A calendar date `YYYY-MM-DD`.
        to (datetime.date): A calendar date `YYYY-MM-DD`.
        type_ (MessageTypeFilter):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GroupHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            type_=type_,
        )
    ).parsed
