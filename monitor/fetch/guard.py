"""Keep links from feeds out of the internal network (SSRF): checked at connect time, for every hop.

A hostile or compromised feed can link to http://169.254.169.254/ or http://10.0.0.5/admin and have the
monitor fetch it. The check sits in the connection layer, not before the request, so a redirect to a
private address is refused too, and the address checked is the address connected to (no DNS rebinding
between check and use).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import typing

import httpcore

from ..errors import PrivateAddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressPolicy:
    """Public addresses are fine; private, loopback, link-local, reserved and multicast ones only if allowed."""

    def __init__(self, allowed_networks: typing.Iterable[str] = ()) -> None:
        self._allowed = [ipaddress.ip_network(network, strict=False) for network in allowed_networks]

    def permits(self, address: IPAddress) -> bool:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if any(address in network for network in self._allowed):
            return True
        return address.is_global and not address.is_multicast


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend that resolves the host itself and connects only to permitted addresses."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend, policy: AddressPolicy) -> None:
        self._inner = inner
        self._policy = policy

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await _resolve(host, port, timeout)
        permitted = [address for address in addresses if self._policy.permits(address)]
        if not permitted:
            raise PrivateAddress(
                f"{host} is at {addresses[0]}, a private, loopback or link-local address: "
                "links from feeds are never fetched there (settings: page_allowed_networks)"
            )
        failure: Exception | None = None
        for address in permitted:  # TLS still checks the certificate against `host` (httpcore passes it on)
            try:
                return await self._inner.connect_tcp(
                    str(address), port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except httpcore.ConnectError as exc:
                failure = exc
        raise failure or httpcore.ConnectError(f"cannot connect to {host}")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise PrivateAddress(f"{path}: unix sockets are never fetched for links from feeds")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


async def _resolve(host: str, port: int, timeout: float | None) -> list[IPAddress]:
    try:
        async with asyncio.timeout(timeout):
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except TimeoutError:
        raise httpcore.ConnectTimeout(f"{host}: name lookup timed out") from None
    except OSError as exc:
        raise httpcore.ConnectError(f"{host}: name lookup failed: {exc}") from exc
    found: dict[IPAddress, None] = {}
    for *_, sockaddr in infos:
        found[ipaddress.ip_address(str(sockaddr[0]).split("%")[0])] = None
    return list(found)
