from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_send_bulk_request import SmsSendBulkRequest
from ...models.sms_send_bulk_response import SmsSendBulkResponse
from ...models.sms_send_flat_response import SmsSendFlatResponse
from ...models.sms_send_individual_request import SmsSendIndividualRequest
from ...models.sms_send_single_request import SmsSendSingleRequest
from ...models.sms_send_single_response import SmsSendSingleResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest,
    x_api_source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_source, Unset):
        headers["X-API-SOURCE"] = x_api_source

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/create",
    }

    if isinstance(body, SmsSendSingleRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SmsSendBulkRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sms_send_response_type_0 = SmsSendSingleResponse.from_dict(data)

                return componentsschemas_sms_send_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sms_send_response_type_1 = SmsSendFlatResponse.from_dict(data)

                return componentsschemas_sms_send_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sms_send_response_type_2 = SmsSendBulkResponse.from_dict(data)

                return componentsschemas_sms_send_response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_sms_send_response_type_3 = ErrorResponse.from_dict(data)

            return componentsschemas_sms_send_response_type_3

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse]:
    """Send SMS

     Creates SMS messages and returns their ids and prices. `destination` selects the mode:

    * `phone`: one SMS to `msisdn`, answered with the outcome in `result` (an object);
    * `phones`: the same `body` to every item of `phones`;
    * `individual`: a `body` (and optionally an `originator`) per item of `phones`.

    Bulk and individual sends create a task (`task_id`) and answer with one `result[]` item per
    recipient.
    At most 50 phones per request. `reference` must be unique per account (error 23).

    Errors come in HTTP 200 bodies: a request-level error comes as a top-level non-zero `error`
    (e.g. 24 invalid payload, 25 invalid originator, 26 empty or too long text), a recipient-level one
    in
    `result.error` / `result[i].error` (e.g. 21 invalid MSISDN, 22 missing reference, 23 duplicate
    reference, 27 invalid reference, 28 invalid validity, 31 duplicate phone). `error` and prices arrive
    as
    numbers or numeric strings.

    Args:
        x_api_source (str | Unset):
        body (SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest): Body of
            `/sms/create` and `/sms/price`. The `destination` field selects the shape: `phone` (one
            recipient), `phones` (one text to many) or `individual` (a text per recipient).
            `addressbook` is announced
            by the docs as a future value and is not accepted yet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_api_source=x_api_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse | None:
    """Send SMS

     Creates SMS messages and returns their ids and prices. `destination` selects the mode:

    * `phone`: one SMS to `msisdn`, answered with the outcome in `result` (an object);
    * `phones`: the same `body` to every item of `phones`;
    * `individual`: a `body` (and optionally an `originator`) per item of `phones`.

    Bulk and individual sends create a task (`task_id`) and answer with one `result[]` item per
    recipient.
    At most 50 phones per request. `reference` must be unique per account (error 23).

    Errors come in HTTP 200 bodies: a request-level error comes as a top-level non-zero `error`
    (e.g. 24 invalid payload, 25 invalid originator, 26 empty or too long text), a recipient-level one
    in
    `result.error` / `result[i].error` (e.g. 21 invalid MSISDN, 22 missing reference, 23 duplicate
    reference, 27 invalid reference, 28 invalid validity, 31 duplicate phone). `error` and prices arrive
    as
    numbers or numeric strings.

    Args:
        x_api_source (str | Unset):
        body (SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest): Body of
            `/sms/create` and `/sms/price`. The `destination` field selects the shape: `phone` (one
            recipient), `phones` (one text to many) or `individual` (a text per recipient).
            `addressbook` is announced
            by the docs as a future value and is not accepted yet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_api_source=x_api_source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest,
    x_api_source: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse]:
    """Send SMS

     Creates SMS messages and returns their ids and prices. `destination` selects the mode:

    * `phone`: one SMS to `msisdn`, answered with the outcome in `result` (an object);
    * `phones`: the same `body` to every item of `phones`;
    * `individual`: a `body` (and optionally an `originator`) per item of `phones`.

    Bulk and individual sends create a task (`task_id`) and answer with one `result[]` item per
    recipient.
    At most 50 phones per request. `reference` must be unique per account (error 23).

    Errors come in HTTP 200 bodies: a request-level error comes as a top-level non-zero `error`
    (e.g. 24 invalid payload, 25 invalid originator, 26 empty or too long text), a recipient-level one
    in
    `result.error` / `result[i].error` (e.g. 21 invalid MSISDN, 22 missing reference, 23 duplicate
    reference, 27 invalid reference, 28 invalid validity, 31 duplicate phone). `error` and prices arrive
    as
    numbers or numeric strings.

    Args:
        x_api_source (str | Unset):
        body (SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest): Body of
            `/sms/create` and `/sms/price`. The `destination` field selects the shape: `phone` (one
            recipient), `phones` (one text to many) or `individual` (a text per recipient).
            `addressbook` is announced
            by the docs as a future value and is not accepted yet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_api_source=x_api_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest,
    x_api_source: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse | None:
    """Send SMS

     Creates SMS messages and returns their ids and prices. `destination` selects the mode:

    * `phone`: one SMS to `msisdn`, answered with the outcome in `result` (an object);
    * `phones`: the same `body` to every item of `phones`;
    * `individual`: a `body` (and optionally an `originator`) per item of `phones`.

    Bulk and individual sends create a task (`task_id`) and answer with one `result[]` item per
    recipient.
    At most 50 phones per request. `reference` must be unique per account (error 23).

    Errors come in HTTP 200 bodies: a request-level error comes as a top-level non-zero `error`
    (e.g. 24 invalid payload, 25 invalid originator, 26 empty or too long text), a recipient-level one
    in
    `result.error` / `result[i].error` (e.g. 21 invalid MSISDN, 22 missing reference, 23 duplicate
    reference, 27 invalid reference, 28 invalid validity, 31 duplicate phone). `error` and prices arrive
    as
    numbers or numeric strings.

    Args:
        x_api_source (str | Unset):
        body (SmsSendBulkRequest | SmsSendIndividualRequest | SmsSendSingleRequest): Body of
            `/sms/create` and `/sms/price`. The `destination` field selects the shape: `phone` (one
            recipient), `phones` (one text to many) or `individual` (a text per recipient).
            `addressbook` is announced
            by the docs as a future value and is not accepted yet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | SmsSendBulkResponse | SmsSendFlatResponse | SmsSendSingleResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_api_source=x_api_source,
        )
    ).parsed
