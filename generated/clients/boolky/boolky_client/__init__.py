"""A client library for accessing Boolky API"""

from .auth import connect
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
