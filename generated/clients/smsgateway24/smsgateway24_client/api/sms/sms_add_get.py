from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.binary_flag import BinaryFlag
from ...models.error_envelope import ErrorEnvelope
from ...models.sim_slot import SimSlot
from ...models.sms_saved_result import SmsSavedResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sendto: str,
    body: str,
    device_id: str,
    timetosend: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    urgent: BinaryFlag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sendto"] = sendto

    params["body"] = body

    params["device_id"] = device_id

    params["timetosend"] = timetosend

    json_sim: int | Unset = UNSET
    if not isinstance(sim, Unset):
        json_sim = sim

    params["sim"] = json_sim

    params["customerid"] = customerid

    json_urgent: int | Unset = UNSET
    if not isinstance(urgent, Unset):
        json_urgent = urgent

    params["urgent"] = json_urgent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/addsms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SmsSavedResult | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SmsSavedResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SmsSavedResult.from_dict(data)

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
) -> Response[ErrorEnvelope | SmsSavedResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sendto: str,
    body: str,
    device_id: str,
    timetosend: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    urgent: BinaryFlag | Unset = UNSET,
) -> Response[ErrorEnvelope | SmsSavedResult]:
    """Send an SMS (GET)

     Stores an SMS on the server; the chosen device (an Android phone running the SmsGateway24 app) picks
    it up and
    sends it, immediately or at `timetosend`. `sendto` may hold several comma-separated numbers. Returns
    the new
    `sms_id`, whose progress can be followed with `getsmsstatus`, `getallsms` or the delivery-status
    webhook.

    The 2026 documentation adds an optional image upload: a `file` field (JPEG, PNG, WebP or GIF) sent
    as
    `multipart/form-data`, whose URL replaces `body` (which then becomes optional), intended for the
    WhatsApp
    channels (`sim` 2 or 3, `sim` then required). It is not modelled as a second media type here because
    the
    pinned client generator mishandles operations with two body media types.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        sendto (str): Recipient phone number(s). Any characters are allowed (spaces, `+`), e.g.
            `+4915752982212` or `+1 17642031984`. Several numbers can be given separated by commas. In
            a GET request the `+` must be URL-encoded as `%2B`.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.
        timetosend (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
            HH:MM:SS` (e.g. `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD
            HH:MM`, which is accepted by this pattern.
        sim (SimSlot | Unset): Channel / SIM slot of the device:

            * `0` — SMS via SIM slot 0 (default)
            * `1` — SMS via SIM slot 1
            * `2` — WhatsApp Business (2026 docs only)
            * `3` — WhatsApp personal (2026 docs only)
            * `4`, `5` — RCS (2026 docs only)

            The 2024 documentation allows only `0` and `1`.
        customerid (int | Unset): Your own customer id; stored with the SMS and usable as a filter
            in `getallsms`.
        urgent (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsSavedResult]
    """

    kwargs = _get_kwargs(
        sendto=sendto,
        body=body,
        device_id=device_id,
        timetosend=timetosend,
        sim=sim,
        customerid=customerid,
        urgent=urgent,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sendto: str,
    body: str,
    device_id: str,
    timetosend: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    urgent: BinaryFlag | Unset = UNSET,
) -> ErrorEnvelope | SmsSavedResult | None:
    """Send an SMS (GET)

     Stores an SMS on the server; the chosen device (an Android phone running the SmsGateway24 app) picks
    it up and
    sends it, immediately or at `timetosend`. `sendto` may hold several comma-separated numbers. Returns
    the new
    `sms_id`, whose progress can be followed with `getsmsstatus`, `getallsms` or the delivery-status
    webhook.

    The 2026 documentation adds an optional image upload: a `file` field (JPEG, PNG, WebP or GIF) sent
    as
    `multipart/form-data`, whose URL replaces `body` (which then becomes optional), intended for the
    WhatsApp
    channels (`sim` 2 or 3, `sim` then required). It is not modelled as a second media type here because
    the
    pinned client generator mishandles operations with two body media types.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        sendto (str): Recipient phone number(s). Any characters are allowed (spaces, `+`), e.g.
            `+4915752982212` or `+1 17642031984`. Several numbers can be given separated by commas. In
            a GET request the `+` must be URL-encoded as `%2B`.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.
        timetosend (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
            HH:MM:SS` (e.g. `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD
            HH:MM`, which is accepted by this pattern.
        sim (SimSlot | Unset): Channel / SIM slot of the device:

            * `0` — SMS via SIM slot 0 (default)
            * `1` — SMS via SIM slot 1
            * `2` — WhatsApp Business (2026 docs only)
            * `3` — WhatsApp personal (2026 docs only)
            * `4`, `5` — RCS (2026 docs only)

            The 2024 documentation allows only `0` and `1`.
        customerid (int | Unset): Your own customer id; stored with the SMS and usable as a filter
            in `getallsms`.
        urgent (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsSavedResult
    """

    return sync_detailed(
        client=client,
        sendto=sendto,
        body=body,
        device_id=device_id,
        timetosend=timetosend,
        sim=sim,
        customerid=customerid,
        urgent=urgent,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sendto: str,
    body: str,
    device_id: str,
    timetosend: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    urgent: BinaryFlag | Unset = UNSET,
) -> Response[ErrorEnvelope | SmsSavedResult]:
    """Send an SMS (GET)

     Stores an SMS on the server; the chosen device (an Android phone running the SmsGateway24 app) picks
    it up and
    sends it, immediately or at `timetosend`. `sendto` may hold several comma-separated numbers. Returns
    the new
    `sms_id`, whose progress can be followed with `getsmsstatus`, `getallsms` or the delivery-status
    webhook.

    The 2026 documentation adds an optional image upload: a `file` field (JPEG, PNG, WebP or GIF) sent
    as
    `multipart/form-data`, whose URL replaces `body` (which then becomes optional), intended for the
    WhatsApp
    channels (`sim` 2 or 3, `sim` then required). It is not modelled as a second media type here because
    the
    pinned client generator mishandles operations with two body media types.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        sendto (str): Recipient phone number(s). Any characters are allowed (spaces, `+`), e.g.
            `+4915752982212` or `+1 17642031984`. Several numbers can be given separated by commas. In
            a GET request the `+` must be URL-encoded as `%2B`.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.
        timetosend (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
            HH:MM:SS` (e.g. `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD
            HH:MM`, which is accepted by this pattern.
        sim (SimSlot | Unset): Channel / SIM slot of the device:

            * `0` — SMS via SIM slot 0 (default)
            * `1` — SMS via SIM slot 1
            * `2` — WhatsApp Business (2026 docs only)
            * `3` — WhatsApp personal (2026 docs only)
            * `4`, `5` — RCS (2026 docs only)

            The 2024 documentation allows only `0` and `1`.
        customerid (int | Unset): Your own customer id; stored with the SMS and usable as a filter
            in `getallsms`.
        urgent (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsSavedResult]
    """

    kwargs = _get_kwargs(
        sendto=sendto,
        body=body,
        device_id=device_id,
        timetosend=timetosend,
        sim=sim,
        customerid=customerid,
        urgent=urgent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sendto: str,
    body: str,
    device_id: str,
    timetosend: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    urgent: BinaryFlag | Unset = UNSET,
) -> ErrorEnvelope | SmsSavedResult | None:
    """Send an SMS (GET)

     Stores an SMS on the server; the chosen device (an Android phone running the SmsGateway24 app) picks
    it up and
    sends it, immediately or at `timetosend`. `sendto` may hold several comma-separated numbers. Returns
    the new
    `sms_id`, whose progress can be followed with `getsmsstatus`, `getallsms` or the delivery-status
    webhook.

    The 2026 documentation adds an optional image upload: a `file` field (JPEG, PNG, WebP or GIF) sent
    as
    `multipart/form-data`, whose URL replaces `body` (which then becomes optional), intended for the
    WhatsApp
    channels (`sim` 2 or 3, `sim` then required). It is not modelled as a second media type here because
    the
    pinned client generator mishandles operations with two body media types.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        sendto (str): Recipient phone number(s). Any characters are allowed (spaces, `+`), e.g.
            `+4915752982212` or `+1 17642031984`. Several numbers can be given separated by commas. In
            a GET request the `+` must be URL-encoded as `%2B`.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.
        timetosend (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
            HH:MM:SS` (e.g. `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD
            HH:MM`, which is accepted by this pattern.
        sim (SimSlot | Unset): Channel / SIM slot of the device:

            * `0` — SMS via SIM slot 0 (default)
            * `1` — SMS via SIM slot 1
            * `2` — WhatsApp Business (2026 docs only)
            * `3` — WhatsApp personal (2026 docs only)
            * `4`, `5` — RCS (2026 docs only)

            The 2024 documentation allows only `0` and `1`.
        customerid (int | Unset): Your own customer id; stored with the SMS and usable as a filter
            in `getallsms`.
        urgent (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsSavedResult
    """

    return (
        await asyncio_detailed(
            client=client,
            sendto=sendto,
            body=body,
            device_id=device_id,
            timetosend=timetosend,
            sim=sim,
            customerid=customerid,
            urgent=urgent,
        )
    ).parsed
