"""A client library for accessing SerwerSMS.pl HTTPS API v2"""

from .auth import connect
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
