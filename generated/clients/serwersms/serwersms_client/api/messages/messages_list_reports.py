from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.message_report_list import MessageReportList
from ...models.messages_reports_request import MessagesReportsRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MessagesReportsRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages/reports",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MessageReportList | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | MessageReportList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MessageReportList.from_dict(data)

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
) -> Response[ErrorEnvelope | MessageReportList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesReportsRequest | Unset = UNSET,
) -> Response[ErrorEnvelope | MessageReportList]:
    """List delivery reports

     Lists sent messages with their delivery state, cost and network data. Filter by message `id`, own
    `unique_id`, `phone`, time range (`date_from`/`date_to`), `status`, `type` or sending batch
    (`stat_id`);
    page with `page`/`limit`. Set `show_contact` to include each recipient's address-book entry.

    Args:
        body (MessagesReportsRequest | Unset): Body of `messages/reports`. Every field is an
            optional filter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MessageReportList]
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
    body: MessagesReportsRequest | Unset = UNSET,
) -> ErrorEnvelope | MessageReportList | None:
    """List delivery reports

     Lists sent messages with their delivery state, cost and network data. Filter by message `id`, own
    `unique_id`, `phone`, time range (`date_from`/`date_to`), `status`, `type` or sending batch
    (`stat_id`);
    page with `page`/`limit`. Set `show_contact` to include each recipient's address-book entry.

    Args:
        body (MessagesReportsRequest | Unset): Body of `messages/reports`. Every field is an
            optional filter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MessageReportList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesReportsRequest | Unset = UNSET,
) -> Response[ErrorEnvelope | MessageReportList]:
    """List delivery reports

     Lists sent messages with their delivery state, cost and network data. Filter by message `id`, own
    `unique_id`, `phone`, time range (`date_from`/`date_to`), `status`, `type` or sending batch
    (`stat_id`);
    page with `page`/`limit`. Set `show_contact` to include each recipient's address-book entry.

    Args:
        body (MessagesReportsRequest | Unset): Body of `messages/reports`. Every field is an
            optional filter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MessageReportList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesReportsRequest | Unset = UNSET,
) -> ErrorEnvelope | MessageReportList | None:
    """List delivery reports

     Lists sent messages with their delivery state, cost and network data. Filter by message `id`, own
    `unique_id`, `phone`, time range (`date_from`/`date_to`), `status`, `type` or sending batch
    (`stat_id`);
    page with `page`/`limit`. Set `show_contact` to include each recipient's address-book entry.

    Args:
        body (MessagesReportsRequest | Unset): Body of `messages/reports`. Every field is an
            optional filter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MessageReportList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
