"""A client library for accessing SmsGateway24 API"""

from .auth import connect
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
