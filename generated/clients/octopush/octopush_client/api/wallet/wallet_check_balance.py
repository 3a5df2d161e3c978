from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.balance_response import BalanceResponse
from ...models.error_response import ErrorResponse
from ...models.product_name import ProductName
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    with_details: bool | Unset = UNSET,
    country_code: str | Unset = UNSET,
    product_name: ProductName | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["with_details"] = with_details

    params["country_code"] = country_code

    json_product_name: str | Unset = UNSET
    if not isinstance(product_name, Unset):
        json_product_name = product_name

    params["product_name"] = json_product_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/wallet/check-balance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BalanceResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BalanceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BalanceResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_details: bool | Unset = UNSET,
    country_code: str | Unset = UNSET,
    product_name: ProductName | Unset = UNSET,
) -> Response[BalanceResponse | ErrorResponse]:
    """Check the account balance

     Without parameters, returns the account balance in euros. With `country_code` **and** `product_name`
    (each requires the other), returns how many units of that product you can send to that country.
    `with_details=true` adds the packs of the wallet (`wallet_packs`).

    (The vendor's balance-by-country page prints "Success : 201 OK"; the plain balance page and the SDKs
    use 200, which is what a GET returns.)

    Args:
        with_details (bool | Unset):
        country_code (str | Unset): ISO 3166-1 alpha-2 country code, upper case (e.g. `FR`).
        product_name (ProductName | Unset): Product whose balance is requested on `/wallet/check-
            balance`. (The same products are keyed
            `premium_sms`, `low_cost_sms`, `vocal_sms`, `hlr` in the `/wallet/check-credits`
            response.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalanceResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        with_details=with_details,
        country_code=country_code,
        product_name=product_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    with_details: bool | Unset = UNSET,
    country_code: str | Unset = UNSET,
    product_name: ProductName | Unset = UNSET,
) -> BalanceResponse | ErrorResponse | None:
    """Check the account balance

     Without parameters, returns the account balance in euros. With `country_code` **and** `product_name`
    (each requires the other), returns how many units of that product you can send to that country.
    `with_details=true` adds the packs of the wallet (`wallet_packs`).

    (The vendor's balance-by-country page prints "Success : 201 OK"; the plain balance page and the SDKs
    use 200, which is what a GET returns.)

    Args:
        with_details (bool | Unset):
        country_code (str | Unset): ISO 3166-1 alpha-2 country code, upper case (e.g. `FR`).
        product_name (ProductName | Unset): Product whose balance is requested on `/wallet/check-
            balance`. (The same products are keyed
            `premium_sms`, `low_cost_sms`, `vocal_sms`, `hlr` in the `/wallet/check-credits`
            response.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalanceResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        with_details=with_details,
        country_code=country_code,
        product_name=product_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_details: bool | Unset = UNSET,
    country_code: str | Unset = UNSET,
    product_name: ProductName | Unset = UNSET,
) -> Response[BalanceResponse | ErrorResponse]:
    """Check the account balance

     Without parameters, returns the account balance in euros. With `country_code` **and** `product_name`
    (each requires the other), returns how many units of that product you can send to that country.
    `with_details=true` adds the packs of the wallet (`wallet_packs`).

    (The vendor's balance-by-country page prints "Success : 201 OK"; the plain balance page and the SDKs
    use 200, which is what a GET returns.)

    Args:
        with_details (bool | Unset):
        country_code (str | Unset): ISO 3166-1 alpha-2 country code, upper case (e.g. `FR`).
        product_name (ProductName | Unset): Product whose balance is requested on `/wallet/check-
            balance`. (The same products are keyed
            `premium_sms`, `low_cost_sms`, `vocal_sms`, `hlr` in the `/wallet/check-credits`
            response.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalanceResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        with_details=with_details,
        country_code=country_code,
        product_name=product_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    with_details: bool | Unset = UNSET,
    country_code: str | Unset = UNSET,
    product_name: ProductName | Unset = UNSET,
) -> BalanceResponse | ErrorResponse | None:
    """Check the account balance

     Without parameters, returns the account balance in euros. With `country_code` **and** `product_name`
    (each requires the other), returns how many units of that product you can send to that country.
    `with_details=true` adds the packs of the wallet (`wallet_packs`).

    (The vendor's balance-by-country page prints "Success : 201 OK"; the plain balance page and the SDKs
    use 200, which is what a GET returns.)

    Args:
        with_details (bool | Unset):
        country_code (str | Unset): ISO 3166-1 alpha-2 country code, upper case (e.g. `FR`).
        product_name (ProductName | Unset): Product whose balance is requested on `/wallet/check-
            balance`. (The same products are keyed
            `premium_sms`, `low_cost_sms`, `vocal_sms`, `hlr` in the `/wallet/check-credits`
            response.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalanceResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            with_details=with_details,
            country_code=country_code,
            product_name=product_name,
        )
    ).parsed
