"""Contains all the data models used in inputs/outputs"""

from .account_limit import AccountLimit
from .account_limit_list import AccountLimitList
from .account_limits_request import AccountLimitsRequest
from .boolean_string import BooleanString
from .client_system import ClientSystem
from .contact import Contact
from .contact_fields import ContactFields
from .contact_import_result import ContactImportResult
from .contact_list import ContactList
from .contact_sort_field import ContactSortField
from .contacts_add_request import ContactsAddRequest
from .contacts_delete_request import ContactsDeleteRequest
from .contacts_edit_request import ContactsEditRequest
from .contacts_import_request import ContactsImportRequest
from .contacts_index_request import ContactsIndexRequest
from .contacts_view_request import ContactsViewRequest
from .credentials import Credentials
from .error_detail import ErrorDetail
from .error_envelope import ErrorEnvelope
from .error_view_request import ErrorViewRequest
from .group import Group
from .group_list import GroupList
from .group_membership import GroupMembership
from .group_membership_list import GroupMembershipList
from .group_sort_field import GroupSortField
from .groups_add_request import GroupsAddRequest
from .groups_check_request import GroupsCheckRequest
from .groups_delete_request import GroupsDeleteRequest
from .groups_edit_request import GroupsEditRequest
from .groups_index_request import GroupsIndexRequest
from .groups_view_request import GroupsViewRequest
from .imported_contact import ImportedContact
from .message_attachment import MessageAttachment
from .message_contact import MessageContact
from .message_failure_reason import MessageFailureReason
from .message_report import MessageReport
from .message_report_list import MessageReportList
from .message_status import MessageStatus
from .message_type import MessageType
from .messages_delete_request import MessagesDeleteRequest
from .messages_received_request import MessagesReceivedRequest
from .messages_reports_request import MessagesReportsRequest
from .messages_view_request import MessagesViewRequest
from .no_group import NoGroup
from .pagination_params import PaginationParams
from .paging import Paging
from .personalized_message import PersonalizedMessage
from .received_attachment import ReceivedAttachment
from .received_message import ReceivedMessage
from .received_message_list import ReceivedMessageList
from .received_message_type import ReceivedMessageType
from .report_status_filter import ReportStatusFilter
from .send_options import SendOptions
from .send_personalized_request import SendPersonalizedRequest
from .send_result import SendResult
from .send_sms_request import SendSmsRequest
from .sent_message import SentMessage
from .sent_message_status import SentMessageStatus
from .sort_order import SortOrder
from .success_id_result import SuccessIdResult
from .success_result import SuccessResult

__all__ = (
    "AccountLimit",
    "AccountLimitList",
    "AccountLimitsRequest",
    "BooleanString",
    "ClientSystem",
    "Contact",
    "ContactFields",
    "ContactImportResult",
    "ContactList",
    "ContactsAddRequest",
    "ContactsDeleteRequest",
    "ContactsEditRequest",
    "ContactsImportRequest",
    "ContactsIndexRequest",
    "ContactSortField",
    "ContactsViewRequest",
    "Credentials",
    "ErrorDetail",
    "ErrorEnvelope",
    "ErrorViewRequest",
    "Group",
    "GroupList",
    "GroupMembership",
    "GroupMembershipList",
    "GroupsAddRequest",
    "GroupsCheckRequest",
    "GroupsDeleteRequest",
    "GroupsEditRequest",
    "GroupsIndexRequest",
    "GroupSortField",
    "GroupsViewRequest",
    "ImportedContact",
    "MessageAttachment",
    "MessageContact",
    "MessageFailureReason",
    "MessageReport",
    "MessageReportList",
    "MessagesDeleteRequest",
    "MessagesReceivedRequest",
    "MessagesReportsRequest",
    "MessageStatus",
    "MessagesViewRequest",
    "MessageType",
    "NoGroup",
    "PaginationParams",
    "Paging",
    "PersonalizedMessage",
    "ReceivedAttachment",
    "ReceivedMessage",
    "ReceivedMessageList",
    "ReceivedMessageType",
    "ReportStatusFilter",
    "SendOptions",
    "SendPersonalizedRequest",
    "SendResult",
    "SendSmsRequest",
    "SentMessage",
    "SentMessageStatus",
    "SortOrder",
    "SuccessIdResult",
    "SuccessResult",
)
