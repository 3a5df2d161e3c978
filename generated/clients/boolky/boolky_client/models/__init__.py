"""Contains all the data models used in inputs/outputs"""

from .add_contacts_request import AddContactsRequest
from .add_contacts_response import AddContactsResponse
from .add_contacts_response_result import AddContactsResponseResult
from .add_group_request import AddGroupRequest
from .add_group_response import AddGroupResponse
from .add_group_response_result import AddGroupResponseResult
from .api_message import ApiMessage
from .balance_data import BalanceData
from .balance_response import BalanceResponse
from .balance_response_result import BalanceResponseResult
from .calculate_sms_price_request import CalculateSmsPriceRequest
from .callback_payload import CallbackPayload
from .contact import Contact
from .contacts_list_data import ContactsListData
from .contacts_list_response import ContactsListResponse
from .contacts_list_response_result import ContactsListResponseResult
from .delete_contacts_request import DeleteContactsRequest
from .error_envelope import ErrorEnvelope
from .gender import Gender
from .group import Group
from .group_history_data import GroupHistoryData
from .group_history_entry import GroupHistoryEntry
from .group_history_response import GroupHistoryResponse
from .group_history_response_result import GroupHistoryResponseResult
from .group_member import GroupMember
from .group_message_history import GroupMessageHistory
from .group_message_history_type import GroupMessageHistoryType
from .group_with_contacts import GroupWithContacts
from .groups_list_data import GroupsListData
from .groups_list_response import GroupsListResponse
from .groups_list_response_result import GroupsListResponseResult
from .history_list_grouped_type import HistoryListGroupedType
from .history_photo import HistoryPhoto
from .message_cost_response import MessageCostResponse
from .message_cost_response_result import MessageCostResponseResult
from .message_cost_summary import MessageCostSummary
from .message_history_data import MessageHistoryData
from .message_history_entry import MessageHistoryEntry
from .message_history_entry_product_type import MessageHistoryEntryProductType
from .message_history_response import MessageHistoryResponse
from .message_history_response_result import MessageHistoryResponseResult
from .message_only_response import MessageOnlyResponse
from .message_only_response_result import MessageOnlyResponseResult
from .mms_request import MmsRequest
from .new_contact import NewContact
from .not_valid_flag_type_1 import NotValidFlagType1
from .send_sms_data import SendSmsData
from .send_sms_request import SendSmsRequest
from .send_sms_response import SendSmsResponse
from .send_sms_response_result import SendSmsResponseResult
from .sms_recipient_id import SmsRecipientId
from .sms_status_data import SmsStatusData
from .sms_status_response import SmsStatusResponse
from .sms_status_response_result import SmsStatusResponseResult

__all__ = (
    "AddContactsRequest",
    "AddContactsResponse",
    "AddContactsResponseResult",
    "AddGroupRequest",
    "AddGroupResponse",
    "AddGroupResponseResult",
    "ApiMessage",
    "BalanceData",
    "BalanceResponse",
    "BalanceResponseResult",
    "CalculateSmsPriceRequest",
    "CallbackPayload",
    "Contact",
    "ContactsListData",
    "ContactsListResponse",
    "ContactsListResponseResult",
    "DeleteContactsRequest",
    "ErrorEnvelope",
    "Gender",
    "Group",
    "GroupHistoryData",
    "GroupHistoryEntry",
    "GroupHistoryResponse",
    "GroupHistoryResponseResult",
    "GroupMember",
    "GroupMessageHistory",
    "GroupMessageHistoryType",
    "GroupsListData",
    "GroupsListResponse",
    "GroupsListResponseResult",
    "GroupWithContacts",
    "HistoryListGroupedType",
    "HistoryPhoto",
    "MessageCostResponse",
    "MessageCostResponseResult",
    "MessageCostSummary",
    "MessageHistoryData",
    "MessageHistoryEntry",
    "MessageHistoryEntryProductType",
    "MessageHistoryResponse",
    "MessageHistoryResponseResult",
    "MessageOnlyResponse",
    "MessageOnlyResponseResult",
    "MmsRequest",
    "NewContact",
    "NotValidFlagType1",
    "SendSmsData",
    "SendSmsRequest",
    "SendSmsResponse",
    "SendSmsResponseResult",
    "SmsRecipientId",
    "SmsStatusData",
    "SmsStatusResponse",
    "SmsStatusResponseResult",
)
