"""A client library for accessing Octopush SMS API (v1 public)"""

from .auth import connect
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
