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
    email: str | Unset = UNSET,
    pass_: str | Unset = UNSET,
    sendto: str,
    body: str,
    device_id: str,
    timetosend: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    urgent: BinaryFlag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["pass"] = pass_

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
        "url": "/smstosend",
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
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    pass_: str | Unset = UNSET,
    sendto: str,
    body: str,
    device_id: str,
    timetosend: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    urgent: BinaryFlag | Unset = UNSET,
) -> Response[ErrorEnvelope | SmsSavedResult]:
    """Send an SMS with login and password (GET)

     Same as `addsms`, but authenticated with the account login (`email`) and password (`pass`) in the
    request
    instead of a token, which saves the `gettoken` round trip. The GitHub copy of the vendor docs lists
    `token`
    here instead; the live page shows `email`/`pass`. Both are accepted by this description: send
    `email` +
    `pass`, or a token. The response is the same as for `addsms`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        email (str | Unset): Your login in the SmsGateway24 system, usually the e-mail address you
            registered with.
        pass_ (str | Unset): Your SmsGateway24 account password.
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
        email=email,
        pass_=pass_,
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
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    pass_: str | Unset = UNSET,
    sendto: str,
    body: str,
    device_id: str,
    timetosend: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    urgent: BinaryFlag | Unset = UNSET,
) -> ErrorEnvelope | SmsSavedResult | None:
    """Send an SMS with login and password (GET)

     Same as `addsms`, but authenticated with the account login (`email`) and password (`pass`) in the
    request
    instead of a token, which saves the `gettoken` round trip. The GitHub copy of the vendor docs lists
    `token`
    here instead; the live page shows `email`/`pass`. Both are accepted by this description: send
    `email` +
    `pass`, or a token. The response is the same as for `addsms`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        email (str | Unset): Your login in the SmsGateway24 system, usually the e-mail address you
            registered with.
        pass_ (str | Unset): Your SmsGateway24 account password.
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
        email=email,
        pass_=pass_,
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
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    pass_: str | Unset = UNSET,
    sendto: str,
    body: str,
    device_id: str,
    timetosend: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    urgent: BinaryFlag | Unset = UNSET,
) -> Response[ErrorEnvelope | SmsSavedResult]:
    """Send an SMS with login and password (GET)

     Same as `addsms`, but authenticated with the account login (`email`) and password (`pass`) in the
    request
    instead of a token, which saves the `gettoken` round trip. The GitHub copy of the vendor docs lists
    `token`
    here instead; the live page shows `email`/`pass`. Both are accepted by this description: send
    `email` +
    `pass`, or a token. The response is the same as for `addsms`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        email (str | Unset): Your login in the SmsGateway24 system, usually the e-mail address you
            registered with.
        pass_ (str | Unset): Your SmsGateway24 account password.
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
        email=email,
        pass_=pass_,
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
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    pass_: str | Unset = UNSET,
    sendto: str,
    body: str,
    device_id: str,
    timetosend: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    urgent: BinaryFlag | Unset = UNSET,
) -> ErrorEnvelope | SmsSavedResult | None:
    """Send an SMS with login and password (GET)

     Same as `addsms`, but authenticated with the account login (`email`) and password (`pass`) in the
    request
    instead of a token, which saves the `gettoken` round trip. The GitHub copy of the vendor docs lists
    `token`
    here instead; the live page shows `email`/`pass`. Both are accepted by this description: send
    `email` +
    `pass`, or a token. The response is the same as for `addsms`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        email (str | Unset): Your login in the SmsGateway24 system, usually the e-mail address you
            registered with.
        pass_ (str | Unset): Your SmsGateway24 account password.
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
            email=email,
            pass_=pass_,
            sendto=sendto,
            body=body,
            device_id=device_id,
            timetosend=timetosend,
            sim=sim,
            customerid=customerid,
            urgent=urgent,
        )
    ).parsed
