from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_task_status_response import SmsTaskStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    task_id: str,
    *,
    x_api_source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_source, Unset):
        headers["X-API-SOURCE"] = x_api_source

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/task/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | SmsTaskStatusResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | SmsTaskStatusResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SmsTaskStatusResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | SmsTaskStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | SmsTaskStatusResponse]:
    """Get a bulk SMS task summary

     Returns the summary of a bulk or individual SMS task (`task_id` from `/sms/create`): originator,
    text,
    total price and counts of messages per delivery status. A malformed id gives error 29, an unknown
    one
    error 30, in HTTP 200 bodies. (The node SDK calls `/sms/task_id/{id}` and the newer docs show
    `/sms/{task_id}`; both are documentation or SDK errors.)

    Args:
        task_id (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | SmsTaskStatusResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        x_api_source=x_api_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | SmsTaskStatusResponse | None:
    """Get a bulk SMS task summary

     Returns the summary of a bulk or individual SMS task (`task_id` from `/sms/create`): originator,
    text,
    total price and counts of messages per delivery status. A malformed id gives error 29, an unknown
    one
    error 30, in HTTP 200 bodies. (The node SDK calls `/sms/task_id/{id}` and the newer docs show
    `/sms/{task_id}`; both are documentation or SDK errors.)

    Args:
        task_id (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | SmsTaskStatusResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        x_api_source=x_api_source,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | SmsTaskStatusResponse]:
    """Get a bulk SMS task summary

     Returns the summary of a bulk or individual SMS task (`task_id` from `/sms/create`): originator,
    text,
    total price and counts of messages per delivery status. A malformed id gives error 29, an unknown
    one
    error 30, in HTTP 200 bodies. (The node SDK calls `/sms/task_id/{id}` and the newer docs show
    `/sms/{task_id}`; both are documentation or SDK errors.)

    Args:
        task_id (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | SmsTaskStatusResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        x_api_source=x_api_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | SmsTaskStatusResponse | None:
    """Get a bulk SMS task summary

     Returns the summary of a bulk or individual SMS task (`task_id` from `/sms/create`): originator,
    text,
    total price and counts of messages per delivery status. A malformed id gives error 29, an unknown
    one
    error 30, in HTTP 200 bodies. (The node SDK calls `/sms/task_id/{id}` and the newer docs show
    `/sms/{task_id}`; both are documentation or SDK errors.)

    Args:
        task_id (str):
        x_api_source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | SmsTaskStatusResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            x_api_source=x_api_source,
        )
    ).parsed
