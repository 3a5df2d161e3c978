"""Contains all the data models used in inputs/outputs"""

from .add_sms_request import AddSmsRequest
from .add_sms_with_login_request import AddSmsWithLoginRequest
from .binary_flag import BinaryFlag
from .bulk_sms_data import BulkSmsData
from .bulk_sms_item import BulkSmsItem
from .bulk_sms_request import BulkSmsRequest
from .bulk_sms_result import BulkSmsResult
from .contact_saved_result import ContactSavedResult
from .delivery_status_event import DeliveryStatusEvent
from .delivery_status_event_sim import DeliveryStatusEventSim
from .device import Device
from .device_list_result import DeviceListResult
from .device_status_request import DeviceStatusRequest
from .device_status_result import DeviceStatusResult
from .devices_by_id import DevicesById
from .error_envelope import ErrorEnvelope
from .incoming_sms_event import IncomingSmsEvent
from .incoming_sms_event_sim import IncomingSmsEventSim
from .incoming_sms_event_type import IncomingSmsEventType
from .newsletter_saved_result import NewsletterSavedResult
from .php_date_time import PhpDateTime
from .php_date_time_timezone_type import PhpDateTimeTimezoneType
from .save_contact_request import SaveContactRequest
from .save_newsletter_request import SaveNewsletterRequest
from .save_tag_request import SaveTagRequest
from .sender_id_sms_request import SenderIdSmsRequest
from .sender_id_sms_result import SenderIdSmsResult
from .sim_card_info import SimCardInfo
from .sim_card_info_roaming import SimCardInfoRoaming
from .sim_slot import SimSlot
from .sms_list_request import SmsListRequest
from .sms_list_result import SmsListResult
from .sms_message import SmsMessage
from .sms_messages_by_id import SmsMessagesById
from .sms_saved_result import SmsSavedResult
from .sms_status import SmsStatus
from .sms_status_request import SmsStatusRequest
from .sms_status_result import SmsStatusResult
from .tag_saved_result import TagSavedResult
from .template_data import TemplateData
from .token_only_request import TokenOnlyRequest
from .token_request import TokenRequest
from .token_result import TokenResult

__all__ = (
    "AddSmsRequest",
    "AddSmsWithLoginRequest",
    "BinaryFlag",
    "BulkSmsData",
    "BulkSmsItem",
    "BulkSmsRequest",
    "BulkSmsResult",
    "ContactSavedResult",
    "DeliveryStatusEvent",
    "DeliveryStatusEventSim",
    "Device",
    "DeviceListResult",
    "DevicesById",
    "DeviceStatusRequest",
    "DeviceStatusResult",
    "ErrorEnvelope",
    "IncomingSmsEvent",
    "IncomingSmsEventSim",
    "IncomingSmsEventType",
    "NewsletterSavedResult",
    "PhpDateTime",
    "PhpDateTimeTimezoneType",
    "SaveContactRequest",
    "SaveNewsletterRequest",
    "SaveTagRequest",
    "SenderIdSmsRequest",
    "SenderIdSmsResult",
    "SimCardInfo",
    "SimCardInfoRoaming",
    "SimSlot",
    "SmsListRequest",
    "SmsListResult",
    "SmsMessage",
    "SmsMessagesById",
    "SmsSavedResult",
    "SmsStatus",
    "SmsStatusRequest",
    "SmsStatusResult",
    "TagSavedResult",
    "TemplateData",
    "TokenOnlyRequest",
    "TokenRequest",
    "TokenResult",
)
