"""Contains all the data models used in inputs/outputs"""

from .balance_response import BalanceResponse
from .error_response import ErrorResponse
from .hlr_create_batch_response import HlrCreateBatchResponse
from .hlr_create_single_response import HlrCreateSingleResponse
from .hlr_details import HlrDetails
from .hlr_lookup_status import HlrLookupStatus
from .hlr_request_item import HlrRequestItem
from .hlr_request_item_destination import HlrRequestItemDestination
from .hlr_result import HlrResult
from .hlr_status_response import HlrStatusResponse
from .message_result import MessageResult
from .price_entry import PriceEntry
from .price_entry_type import PriceEntryType
from .price_list_response import PriceListResponse
from .price_quote_response import PriceQuoteResponse
from .sms_delivery_status import SmsDeliveryStatus
from .sms_individual_recipient import SmsIndividualRecipient
from .sms_recipient import SmsRecipient
from .sms_send_bulk_request import SmsSendBulkRequest
from .sms_send_bulk_response import SmsSendBulkResponse
from .sms_send_flat_response import SmsSendFlatResponse
from .sms_send_individual_request import SmsSendIndividualRequest
from .sms_send_single_request import SmsSendSingleRequest
from .sms_send_single_response import SmsSendSingleResponse
from .sms_status_response import SmsStatusResponse
from .sms_task_status_response import SmsTaskStatusResponse
from .success_code_integer import SuccessCodeInteger
from .success_code_string import SuccessCodeString
from .viber_alt_route import ViberAltRoute
from .viber_alt_route_status import ViberAltRouteStatus
from .viber_alt_route_status_channel import ViberAltRouteStatusChannel
from .viber_delivery_status import ViberDeliveryStatus
from .viber_message import ViberMessage
from .viber_message_options import ViberMessageOptions
from .viber_options import ViberOptions
from .viber_recipient import ViberRecipient
from .viber_send_request import ViberSendRequest
from .viber_send_result_response import ViberSendResultResponse
from .viber_status_response import ViberStatusResponse

__all__ = (
    "BalanceResponse",
    "ErrorResponse",
    "HlrCreateBatchResponse",
    "HlrCreateSingleResponse",
    "HlrDetails",
    "HlrLookupStatus",
    "HlrRequestItem",
    "HlrRequestItemDestination",
    "HlrResult",
    "HlrStatusResponse",
    "MessageResult",
    "PriceEntry",
    "PriceEntryType",
    "PriceListResponse",
    "PriceQuoteResponse",
    "SmsDeliveryStatus",
    "SmsIndividualRecipient",
    "SmsRecipient",
    "SmsSendBulkRequest",
    "SmsSendBulkResponse",
    "SmsSendFlatResponse",
    "SmsSendIndividualRequest",
    "SmsSendSingleRequest",
    "SmsSendSingleResponse",
    "SmsStatusResponse",
    "SmsTaskStatusResponse",
    "SuccessCodeInteger",
    "SuccessCodeString",
    "ViberAltRoute",
    "ViberAltRouteStatus",
    "ViberAltRouteStatusChannel",
    "ViberDeliveryStatus",
    "ViberMessage",
    "ViberMessageOptions",
    "ViberOptions",
    "ViberRecipient",
    "ViberSendRequest",
    "ViberSendResultResponse",
    "ViberStatusResponse",
)
