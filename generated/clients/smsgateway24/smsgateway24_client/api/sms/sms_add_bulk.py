from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_sms_request import BulkSmsRequest
from ...models.bulk_sms_result import BulkSmsResult
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: BulkSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/addalotofsms",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkSmsResult | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BulkSmsResult | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BulkSmsResult.from_dict(data)

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
) -> Response[BulkSmsResult | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSmsRequest,
) -> Response[BulkSmsResult | ErrorEnvelope]:
    """Send many SMS in one request

     Creates several messages at once. The form has a single field, `datajson`, whose value is a JSON-
    encoded
    string holding the token and an array `smsdata` of messages with the same fields as `addsms`
    (`sendto`,
    `body`, `device_id`, `sim`, `timetosend`, `customerid`, `urgent`). Inside it numbers may be JSON
    numbers or
    numeric strings.

    No message ids are returned; set `customerid` and use `getallsms` to find the messages. No maximum
    batch size
    is documented (one integrator splits batches at 99). The token travels inside `datajson`, so no
    query token is
    needed. The vendor also lists GET for this method; with a JSON document in the URL POST is the
    practical
    choice. (The npm SDK posts the document as a raw JSON body without `datajson`; that is
    undocumented.)

    Args:
        body (BulkSmsRequest): Bulk send. The single form field `datajson` holds a JSON-encoded
            `BulkSmsData` document, token included.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkSmsResult | ErrorEnvelope]
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
    body: BulkSmsRequest,
) -> BulkSmsResult | ErrorEnvelope | None:
    """Send many SMS in one request

     Creates several messages at once. The form has a single field, `datajson`, whose value is a JSON-
    encoded
    string holding the token and an array `smsdata` of messages with the same fields as `addsms`
    (`sendto`,
    `body`, `device_id`, `sim`, `timetosend`, `customerid`, `urgent`). Inside it numbers may be JSON
    numbers or
    numeric strings.

    No message ids are returned; set `customerid` and use `getallsms` to find the messages. No maximum
    batch size
    is documented (one integrator splits batches at 99). The token travels inside `datajson`, so no
    query token is
    needed. The vendor also lists GET for this method; with a JSON document in the URL POST is the
    practical
    choice. (The npm SDK posts the document as a raw JSON body without `datajson`; that is
    undocumented.)

    Args:
        body (BulkSmsRequest): Bulk send. The single form field `datajson` holds a JSON-encoded
            `BulkSmsData` document, token included.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkSmsResult | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSmsRequest,
) -> Response[BulkSmsResult | ErrorEnvelope]:
    """Send many SMS in one request

     Creates several messages at once. The form has a single field, `datajson`, whose value is a JSON-
    encoded
    string holding the token and an array `smsdata` of messages with the same fields as `addsms`
    (`sendto`,
    `body`, `device_id`, `sim`, `timetosend`, `customerid`, `urgent`). Inside it numbers may be JSON
    numbers or
    numeric strings.

    No message ids are returned; set `customerid` and use `getallsms` to find the messages. No maximum
    batch size
    is documented (one integrator splits batches at 99). The token travels inside `datajson`, so no
    query token is
    needed. The vendor also lists GET for this method; with a JSON document in the URL POST is the
    practical
    choice. (The npm SDK posts the document as a raw JSON body without `datajson`; that is
    undocumented.)

    Args:
        body (BulkSmsRequest): Bulk send. The single form field `datajson` holds a JSON-encoded
            `BulkSmsData` document, token included.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkSmsResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSmsRequest,
) -> BulkSmsResult | ErrorEnvelope | None:
    """Send many SMS in one request

     Creates several messages at once. The form has a single field, `datajson`, whose value is a JSON-
    encoded
    string holding the token and an array `smsdata` of messages with the same fields as `addsms`
    (`sendto`,
    `body`, `device_id`, `sim`, `timetosend`, `customerid`, `urgent`). Inside it numbers may be JSON
    numbers or
    numeric strings.

    No message ids are returned; set `customerid` and use `getallsms` to find the messages. No maximum
    batch size
    is documented (one integrator splits batches at 99). The token travels inside `datajson`, so no
    query token is
    needed. The vendor also lists GET for this method; with a JSON document in the URL POST is the
    practical
    choice. (The npm SDK posts the document as a raw JSON body without `datajson`; that is
    undocumented.)

    Args:
        body (BulkSmsRequest): Bulk send. The single form field `datajson` holds a JSON-encoded
            `BulkSmsData` document, token included.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkSmsResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
