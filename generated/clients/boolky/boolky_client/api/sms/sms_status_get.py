from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sms_status_response import SmsStatusResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    uuid: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_uuid = str(uuid)
    params["uuid"] = json_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/getSmsStatus",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | SmsStatusResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SmsStatusResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SmsStatusResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | SmsStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: UUID,
) -> Response[ErrorEnvelope | ErrorEnvelope | SmsStatusResponse]:
    """Get the delivery status of an SMS

     Returns the delivery status of one sent SMS. The vendor lists this operation (`GET getSmsStatus`)
    but its
    documentation page could not be found: the path, the `uuid` query parameter (the per-recipient id
    from
    the `ids` of `POST /sendSms`) and the response shape (modelled on the callBack webhook payload) are
    all
    guesses. Prefer the callBack webhook for delivery reports.

    Args:
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | SmsStatusResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuid: UUID,
) -> ErrorEnvelope | ErrorEnvelope | SmsStatusResponse | None:
    """Get the delivery status of an SMS

     Returns the delivery status of one sent SMS. The vendor lists this operation (`GET getSmsStatus`)
    but its
    documentation page could not be found: the path, the `uuid` query parameter (the per-recipient id
    from
    the `ids` of `POST /sendSms`) and the response shape (modelled on the callBack webhook payload) are
    all
    guesses. Prefer the callBack webhook for delivery reports.

    Args:
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | SmsStatusResponse
    """

    return sync_detailed(
        client=client,
        uuid=uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: UUID,
) -> Response[ErrorEnvelope | ErrorEnvelope | SmsStatusResponse]:
    """Get the delivery status of an SMS

     Returns the delivery status of one sent SMS. The vendor lists this operation (`GET getSmsStatus`)
    but its
    documentation page could not be found: the path, the `uuid` query parameter (the per-recipient id
    from
    the `ids` of `POST /sendSms`) and the response shape (modelled on the callBack webhook payload) are
    all
    guesses. Prefer the callBack webhook for delivery reports.

    Args:
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | SmsStatusResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: UUID,
) -> ErrorEnvelope | ErrorEnvelope | SmsStatusResponse | None:
    """Get the delivery status of an SMS

     Returns the delivery status of one sent SMS. The vendor lists this operation (`GET getSmsStatus`)
    but its
    documentation page could not be found: the path, the `uuid` query parameter (the per-recipient id
    from
    the `ids` of `POST /sendSms`) and the response shape (modelled on the callBack webhook payload) are
    all
    guesses. Prefer the callBack webhook for delivery reports.

    Args:
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | SmsStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            uuid=uuid,
        )
    ).parsed
