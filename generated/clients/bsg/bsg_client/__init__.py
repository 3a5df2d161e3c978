"""A client library for accessing BSG REST API (API 1.0)"""

from .auth import connect
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
