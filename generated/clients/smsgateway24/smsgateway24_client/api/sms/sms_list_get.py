from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.binary_flag import BinaryFlag
from ...models.error_envelope import ErrorEnvelope
from ...models.sim_slot import SimSlot
from ...models.sms_list_result import SmsListResult
from ...models.sms_status import SmsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    device_id: str | Unset = UNSET,
    status: SmsStatus | Unset = UNSET,
    begindate: str | Unset = UNSET,
    enddate: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    onlycount: BinaryFlag | Unset = UNSET,
    phone: str | Unset = UNSET,
    orderbydesc: BinaryFlag | Unset = UNSET,
    timezone: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["device_id"] = device_id

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["begindate"] = begindate

    params["enddate"] = enddate

    json_sim: int | Unset = UNSET
    if not isinstance(sim, Unset):
        json_sim = sim

    params["sim"] = json_sim

    params["customerid"] = customerid

    json_onlycount: int | Unset = UNSET
    if not isinstance(onlycount, Unset):
        json_onlycount = onlycount

    params["onlycount"] = json_onlycount

    params["phone"] = phone

    json_orderbydesc: int | Unset = UNSET
    if not isinstance(orderbydesc, Unset):
        json_orderbydesc = orderbydesc

    params["orderbydesc"] = json_orderbydesc

    params["timezone"] = timezone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/getallsms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SmsListResult | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SmsListResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SmsListResult.from_dict(data)

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
) -> Response[ErrorEnvelope | SmsListResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    device_id: str | Unset = UNSET,
    status: SmsStatus | Unset = UNSET,
    begindate: str | Unset = UNSET,
    enddate: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    onlycount: BinaryFlag | Unset = UNSET,
    phone: str | Unset = UNSET,
    orderbydesc: BinaryFlag | Unset = UNSET,
    timezone: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SmsListResult]:
    """List SMS (including incoming) (GET)

     Returns the account's messages, outgoing and incoming (status `5`), optionally filtered by device,
    status,
    period, SIM slot, customer id or phone number. `smss` is an object keyed by SMS id, not an array.
    Dates are
    PHP `DateTime` objects (`{date, timezone_type, timezone}`). The vendor says "all input variables are
    mandatory" but marks every filter optional; only the token is required.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        device_id (str | Unset): Id of the Android device (phone running the SmsGateway24 app)
            that sends the message, as shown in your account and returned by `getalldevices` (e.g.
            `260`). Typed as string by the vendor (numeric in practice); the GitHub copy of the docs
            also allows a Sender ID name here.
        status (SmsStatus | Unset): SMS status code:

            * `1` — pending / new: created on the server (`statustitle` "New")
            * `2` — taken by the phone from the server, no delivery information yet ("sending")
            * `3` — queued for sending on the phone (numbered after 2 for backward compatibility; the
            real order is 1 → 3 → 2)
            * `5` — incoming SMS (received by the phone)
            * `6` — sent by the phone, no delivery report yet
            * `7` — delivered (delivery report received) ("delivered")
            * `8` — not delivered (often a blocked SIM or a negative balance)
            * `9` — not sent: generic failure
            * `10` — not sent: no service
            * `11` — not sent: null PDU
            * `12` — not sent: radio off
            * `100`, `101` — not sent: not allowed (SMS permission not granted to the app)

            There is no status `4`.
        begindate (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
            HH:MM:SS` (e.g. `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD
            HH:MM`, which is accepted by this pattern.
        enddate (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
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
        onlycount (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
        phone (str | Unset):
        orderbydesc (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
        timezone (str | Unset): Your local time zone as a tz-database name, e.g.
            `Australia/Sydney`; dates in the response are given in it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsListResult]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        status=status,
        begindate=begindate,
        enddate=enddate,
        sim=sim,
        customerid=customerid,
        onlycount=onlycount,
        phone=phone,
        orderbydesc=orderbydesc,
        timezone=timezone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    device_id: str | Unset = UNSET,
    status: SmsStatus | Unset = UNSET,
    begindate: str | Unset = UNSET,
    enddate: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    onlycount: BinaryFlag | Unset = UNSET,
    phone: str | Unset = UNSET,
    orderbydesc: BinaryFlag | Unset = UNSET,
    timezone: str | Unset = UNSET,
) -> ErrorEnvelope | SmsListResult | None:
    """List SMS (including incoming) (GET)

     Returns the account's messages, outgoing and incoming (status `5`), optionally filtered by device,
    status,
    period, SIM slot, customer id or phone number. `smss` is an object keyed by SMS id, not an array.
    Dates are
    PHP `DateTime` objects (`{date, timezone_type, timezone}`). The vendor says "all input variables are
    mandatory" but marks every filter optional; only the token is required.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        device_id (str | Unset): Id of the Android device (phone running the SmsGateway24 app)
            that sends the message, as shown in your account and returned by `getalldevices` (e.g.
            `260`). Typed as string by the vendor (numeric in practice); the GitHub copy of the docs
            also allows a Sender ID name here.
        status (SmsStatus | Unset): SMS status code:

            * `1` — pending / new: created on the server (`statustitle` "New")
            * `2` — taken by the phone from the server, no delivery information yet ("sending")
            * `3` — queued for sending on the phone (numbered after 2 for backward compatibility; the
            real order is 1 → 3 → 2)
            * `5` — incoming SMS (received by the phone)
            * `6` — sent by the phone, no delivery report yet
            * `7` — delivered (delivery report received) ("delivered")
            * `8` — not delivered (often a blocked SIM or a negative balance)
            * `9` — not sent: generic failure
            * `10` — not sent: no service
            * `11` — not sent: null PDU
            * `12` — not sent: radio off
            * `100`, `101` — not sent: not allowed (SMS permission not granted to the app)

            There is no status `4`.
        begindate (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
            HH:MM:SS` (e.g. `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD
            HH:MM`, which is accepted by this pattern.
        enddate (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
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
        onlycount (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
        phone (str | Unset):
        orderbydesc (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
        timezone (str | Unset): Your local time zone as a tz-database name, e.g.
            `Australia/Sydney`; dates in the response are given in it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsListResult
    """

    return sync_detailed(
        client=client,
        device_id=device_id,
        status=status,
        begindate=begindate,
        enddate=enddate,
        sim=sim,
        customerid=customerid,
        onlycount=onlycount,
        phone=phone,
        orderbydesc=orderbydesc,
        timezone=timezone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    device_id: str | Unset = UNSET,
    status: SmsStatus | Unset = UNSET,
    begindate: str | Unset = UNSET,
    enddate: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    onlycount: BinaryFlag | Unset = UNSET,
    phone: str | Unset = UNSET,
    orderbydesc: BinaryFlag | Unset = UNSET,
    timezone: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SmsListResult]:
    """List SMS (including incoming) (GET)

     Returns the account's messages, outgoing and incoming (status `5`), optionally filtered by device,
    status,
    period, SIM slot, customer id or phone number. `smss` is an object keyed by SMS id, not an array.
    Dates are
    PHP `DateTime` objects (`{date, timezone_type, timezone}`). The vendor says "all input variables are
    mandatory" but marks every filter optional; only the token is required.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        device_id (str | Unset): Id of the Android device (phone running the SmsGateway24 app)
            that sends the message, as shown in your account and returned by `getalldevices` (e.g.
            `260`). Typed as string by the vendor (numeric in practice); the GitHub copy of the docs
            also allows a Sender ID name here.
        status (SmsStatus | Unset): SMS status code:

            * `1` — pending / new: created on the server (`statustitle` "New")
            * `2` — taken by the phone from the server, no delivery information yet ("sending")
            * `3` — queued for sending on the phone (numbered after 2 for backward compatibility; the
            real order is 1 → 3 → 2)
            * `5` — incoming SMS (received by the phone)
            * `6` — sent by the phone, no delivery report yet
            * `7` — delivered (delivery report received) ("delivered")
            * `8` — not delivered (often a blocked SIM or a negative balance)
            * `9` — not sent: generic failure
            * `10` — not sent: no service
            * `11` — not sent: null PDU
            * `12` — not sent: radio off
            * `100`, `101` — not sent: not allowed (SMS permission not granted to the app)

            There is no status `4`.
        begindate (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
            HH:MM:SS` (e.g. `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD
            HH:MM`, which is accepted by this pattern.
        enddate (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
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
        onlycount (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
        phone (str | Unset):
        orderbydesc (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
        timezone (str | Unset): Your local time zone as a tz-database name, e.g.
            `Australia/Sydney`; dates in the response are given in it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsListResult]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        status=status,
        begindate=begindate,
        enddate=enddate,
        sim=sim,
        customerid=customerid,
        onlycount=onlycount,
        phone=phone,
        orderbydesc=orderbydesc,
        timezone=timezone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    device_id: str | Unset = UNSET,
    status: SmsStatus | Unset = UNSET,
    begindate: str | Unset = UNSET,
    enddate: str | Unset = UNSET,
    sim: SimSlot | Unset = UNSET,
    customerid: int | Unset = UNSET,
    onlycount: BinaryFlag | Unset = UNSET,
    phone: str | Unset = UNSET,
    orderbydesc: BinaryFlag | Unset = UNSET,
    timezone: str | Unset = UNSET,
) -> ErrorEnvelope | SmsListResult | None:
    """List SMS (including incoming) (GET)

     Returns the account's messages, outgoing and incoming (status `5`), optionally filtered by device,
    status,
    period, SIM slot, customer id or phone number. `smss` is an object keyed by SMS id, not an array.
    Dates are
    PHP `DateTime` objects (`{date, timezone_type, timezone}`). The vendor says "all input variables are
    mandatory" but marks every filter optional; only the token is required.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        device_id (str | Unset): Id of the Android device (phone running the SmsGateway24 app)
            that sends the message, as shown in your account and returned by `getalldevices` (e.g.
            `260`). Typed as string by the vendor (numeric in practice); the GitHub copy of the docs
            also allows a Sender ID name here.
        status (SmsStatus | Unset): SMS status code:

            * `1` — pending / new: created on the server (`statustitle` "New")
            * `2` — taken by the phone from the server, no delivery information yet ("sending")
            * `3` — queued for sending on the phone (numbered after 2 for backward compatibility; the
            real order is 1 → 3 → 2)
            * `5` — incoming SMS (received by the phone)
            * `6` — sent by the phone, no delivery report yet
            * `7` — delivered (delivery report received) ("delivered")
            * `8` — not delivered (often a blocked SIM or a negative balance)
            * `9` — not sent: generic failure
            * `10` — not sent: no service
            * `11` — not sent: null PDU
            * `12` — not sent: radio off
            * `100`, `101` — not sent: not allowed (SMS permission not granted to the app)

            There is no status `4`.
        begindate (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
            HH:MM:SS` (e.g. `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD
            HH:MM`, which is accepted by this pattern.
        enddate (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD
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
        onlycount (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
        phone (str | Unset):
        orderbydesc (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
        timezone (str | Unset): Your local time zone as a tz-database name, e.g.
            `Australia/Sydney`; dates in the response are given in it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsListResult
    """

    return (
        await asyncio_detailed(
            client=client,
            device_id=device_id,
            status=status,
            begindate=begindate,
            enddate=enddate,
            sim=sim,
            customerid=customerid,
            onlycount=onlycount,
            phone=phone,
            orderbydesc=orderbydesc,
            timezone=timezone,
        )
    ).parsed
