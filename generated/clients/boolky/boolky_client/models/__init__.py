"""Contains all the data models used in inputs/outputs"""

from .add_contacts_request import AddContactsRequest
from .add_contacts_response import AddContactsResponse
from .add_contacts_result import AddContactsResult
from .add_group_request import AddGroupRequest
from .add_group_response import AddGroupResponse
from .add_group_result import AddGroupResult
from .api_message import ApiMessage
from .balance_data import BalanceData
from .balance_response import BalanceResponse
from .balance_result import BalanceResult
from .calculate_sms_price_request import CalculateSmsPriceRequest
from .callback_payload import CallbackPayload
from .contact import Contact
from .contacts_list_data import ContactsListData
from .contacts_list_response import ContactsListResponse
from .contacts_list_result import ContactsListResult
from .delete_contacts_request import DeleteContactsRequest
from .error_envelope import ErrorEnvelope
from .gender import Gender
from .group import Group
from .group_history_data import GroupHistoryData
from .group_history_entry import GroupHistoryEntry
from .group_history_response import GroupHistoryResponse
from .group_history_result import GroupHistoryResult
from .group_member import GroupMember
from .group_message_history import GroupMessageHistory
from .group_with_contacts import GroupWithContacts
from .groups_list_data import GroupsListData
from .groups_list_response import GroupsListResponse
from .groups_list_result import GroupsListResult
from .history_photo import HistoryPhoto
from .message_cost_response import MessageCostResponse
from .message_cost_result import MessageCostResult
from .message_cost_summary import MessageCostSummary
from .message_history_data import MessageHistoryData
from .message_history_entry import MessageHistoryEntry
from .message_history_response import MessageHistoryResponse
from .message_history_result import MessageHistoryResult
from .message_only_response import MessageOnlyResponse
from .message_only_result import MessageOnlyResult
from .message_type_filter import MessageTypeFilter
from .mms_request import MmsRequest
from .new_contact import NewContact
from .not_valid_flag_integer import NotValidFlagInteger
from .product_type import ProductType
from .send_sms_data import SendSmsData
from .send_sms_request import SendSmsRequest
from .send_sms_response import SendSmsResponse
from .send_sms_result import SendSmsResult
from .sms_recipient_id import SmsRecipientId
from .sms_status_data import SmsStatusData
from .sms_status_response import SmsStatusResponse
from .sms_status_result import SmsStatusResult

__all__ = (
    "AddContactsRequest",
    "AddContactsResponse",
    "AddContactsResult",
    "AddGroupRequest",
    "AddGroupResponse",
    "AddGroupResult",
    "ApiMessage",
    "BalanceData",
    "BalanceResponse",
    "BalanceResult",
    "CalculateSmsPriceRequest",
    "CallbackPayload",
    "Contact",
    "ContactsListData",
    "ContactsListResponse",
    "ContactsListResult",
    "DeleteContactsRequest",
    "ErrorEnvelope",
    "Gender",
    "Group",
    "GroupHistoryData",
    "GroupHistoryEntry",
    "GroupHistoryResponse",
    "GroupHistoryResult",
    "GroupMember",
    "GroupMessageHistory",
    "GroupsListData",
    "GroupsListResponse",
    "GroupsListResult",
    "GroupWithContacts",
    "HistoryPhoto",
    "MessageCostResponse",
    "MessageCostResult",
    "MessageCostSummary",
    "MessageHistoryData",
    "MessageHistoryEntry",
    "MessageHistoryResponse",
    "MessageHistoryResult",
    "MessageOnlyResponse",
    "MessageOnlyResult",
    "MessageTypeFilter",
    "MmsRequest",
    "NewContact",
    "NotValidFlagInteger",
    "ProductType",
    "SendSmsData",
    "SendSmsRequest",
    "SendSmsResponse",
    "SendSmsResult",
    "SmsRecipientId",
    "SmsStatusData",
    "SmsStatusResponse",
    "SmsStatusResult",
)
