from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.newsletter_saved_result import NewsletterSavedResult
from ...models.sim_slot import SimSlot
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    title: str,
    device_id: str,
    body: str,
    tags: str,
    sim: SimSlot | Unset = UNSET,
    time_to_send: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["title"] = title

    params["device_id"] = device_id

    params["body"] = body

    params["tags"] = tags

    json_sim: int | Unset = UNSET
    if not isinstance(sim, Unset):
        json_sim = sim

    params["sim"] = json_sim

    params["time_to_send"] = time_to_send

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/savepaket",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | NewsletterSavedResult | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | NewsletterSavedResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = NewsletterSavedResult.from_dict(data)

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
) -> Response[ErrorEnvelope | NewsletterSavedResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    title: str,
    device_id: str,
    body: str,
    tags: str,
    sim: SimSlot | Unset = UNSET,
    time_to_send: str | Unset = UNSET,
) -> Response[ErrorEnvelope | NewsletterSavedResult]:
    """Create a newsletter (GET)

     Creates a newsletter ("paket"): one text sent by one device to every contact carrying one of the
    given tags
    (comma-separated tag ids). The newsletter must then be started on the device ("tap start"). Note the
    spelling
    `time_to_send` (with underscores, format `DD.MM.YYYY H:i:s`), unlike `timetosend` of `addsms`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        title (str):
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        tags (str):
        sim (SimSlot | Unset): Channel / SIM slot of the device:

            * `0` — SMS via SIM slot 0 (default)
            * `1` — SMS via SIM slot 1
            * `2` — WhatsApp Business (2026 docs only)
            * `3` — WhatsApp personal (2026 docs only)
            * `4`, `5` — RCS (2026 docs only)

            The 2024 documentation allows only `0` and `1`.
        time_to_send (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NewsletterSavedResult]
    """

    kwargs = _get_kwargs(
        title=title,
        device_id=device_id,
        body=body,
        tags=tags,
        sim=sim,
        time_to_send=time_to_send,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    title: str,
    device_id: str,
    body: str,
    tags: str,
    sim: SimSlot | Unset = UNSET,
    time_to_send: str | Unset = UNSET,
) -> ErrorEnvelope | NewsletterSavedResult | None:
    """Create a newsletter (GET)

     Creates a newsletter ("paket"): one text sent by one device to every contact carrying one of the
    given tags
    (comma-separated tag ids). The newsletter must then be started on the device ("tap start"). Note the
    spelling
    `time_to_send` (with underscores, format `DD.MM.YYYY H:i:s`), unlike `timetosend` of `addsms`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        title (str):
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        tags (str):
        sim (SimSlot | Unset): Channel / SIM slot of the device:

            * `0` — SMS via SIM slot 0 (default)
            * `1` — SMS via SIM slot 1
            * `2` — WhatsApp Business (2026 docs only)
            * `3` — WhatsApp personal (2026 docs only)
            * `4`, `5` — RCS (2026 docs only)

            The 2024 documentation allows only `0` and `1`.
        time_to_send (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NewsletterSavedResult
    """

    return sync_detailed(
        client=client,
        title=title,
        device_id=device_id,
        body=body,
        tags=tags,
        sim=sim,
        time_to_send=time_to_send,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    title: str,
    device_id: str,
    body: str,
    tags: str,
    sim: SimSlot | Unset = UNSET,
    time_to_send: str | Unset = UNSET,
) -> Response[ErrorEnvelope | NewsletterSavedResult]:
    """Create a newsletter (GET)

     Creates a newsletter ("paket"): one text sent by one device to every contact carrying one of the
    given tags
    (comma-separated tag ids). The newsletter must then be started on the device ("tap start"). Note the
    spelling
    `time_to_send` (with underscores, format `DD.MM.YYYY H:i:s`), unlike `timetosend` of `addsms`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        title (str):
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        tags (str):
        sim (SimSlot | Unset): Channel / SIM slot of the device:

            * `0` — SMS via SIM slot 0 (default)
            * `1` — SMS via SIM slot 1
            * `2` — WhatsApp Business (2026 docs only)
            * `3` — WhatsApp personal (2026 docs only)
            * `4`, `5` — RCS (2026 docs only)

            The 2024 documentation allows only `0` and `1`.
        time_to_send (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NewsletterSavedResult]
    """

    kwargs = _get_kwargs(
        title=title,
        device_id=device_id,
        body=body,
        tags=tags,
        sim=sim,
        time_to_send=time_to_send,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    title: str,
    device_id: str,
    body: str,
    tags: str,
    sim: SimSlot | Unset = UNSET,
    time_to_send: str | Unset = UNSET,
) -> ErrorEnvelope | NewsletterSavedResult | None:
    """Create a newsletter (GET)

     Creates a newsletter ("paket"): one text sent by one device to every contact carrying one of the
    given tags
    (comma-separated tag ids). The newsletter must then be started on the device ("tap start"). Note the
    spelling
    `time_to_send` (with underscores, format `DD.MM.YYYY H:i:s`), unlike `timetosend` of `addsms`.

    GET variant of the same method: all fields travel as query parameters (encode `+` in phone numbers
    as `%2B`).
    Beware that credentials and tokens in URLs end up in server and proxy logs.

    Args:
        title (str):
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends
            the message, as shown in your account and returned by `getalldevices` (e.g. `260`). Typed
            as string by the vendor (numeric in practice); the GitHub copy of the docs also allows a
            Sender ID name here.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        tags (str):
        sim (SimSlot | Unset): Channel / SIM slot of the device:

            * `0` — SMS via SIM slot 0 (default)
            * `1` — SMS via SIM slot 1
            * `2` — WhatsApp Business (2026 docs only)
            * `3` — WhatsApp personal (2026 docs only)
            * `4`, `5` — RCS (2026 docs only)

            The 2024 documentation allows only `0` and `1`.
        time_to_send (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NewsletterSavedResult
    """

    return (
        await asyncio_detailed(
            client=client,
            title=title,
            device_id=device_id,
            body=body,
            tags=tags,
            sim=sim,
            time_to_send=time_to_send,
        )
    ).parsed
