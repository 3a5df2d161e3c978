"""Contains all the data models used in inputs/outputs"""

from .balance_response import BalanceResponse
from .campaign_purpose import CampaignPurpose
from .contact import Contact
from .contact_import_result import ContactImportResult
from .contact_import_result_status import ContactImportResultStatus
from .contact_list_request import ContactListRequest
from .create_contacts_request import CreateContactsRequest
from .create_contacts_response import CreateContactsResponse
from .create_list_campaign_request import CreateListCampaignRequest
from .create_list_campaign_request_segmentation import CreateListCampaignRequestSegmentation
from .create_list_campaign_response import CreateListCampaignResponse
from .credits_by_country import CreditsByCountry
from .delete_contacts_request import DeleteContactsRequest
from .delivery_report import DeliveryReport
from .delivery_status import DeliveryStatus
from .error_response import ErrorResponse
from .inbound_sms import InboundSms
from .list_campaign_send_response import ListCampaignSendResponse
from .list_campaign_status import ListCampaignStatus
from .list_campaign_status_response import ListCampaignStatusResponse
from .list_campaign_ticket_request import ListCampaignTicketRequest
from .product_credits import ProductCredits
from .product_name import ProductName
from .send_sms_campaign_request import SendSmsCampaignRequest
from .send_sms_campaign_response import SendSmsCampaignResponse
from .sms_campaign_draft import SmsCampaignDraft
from .sms_type import SmsType
from .wallet_pack import WalletPack

__all__ = (
    "BalanceResponse",
    "CampaignPurpose",
    "Contact",
    "ContactImportResult",
    "ContactImportResultStatus",
    "ContactListRequest",
    "CreateContactsRequest",
    "CreateContactsResponse",
    "CreateListCampaignRequest",
    "CreateListCampaignRequestSegmentation",
    "CreateListCampaignResponse",
    "CreditsByCountry",
    "DeleteContactsRequest",
    "DeliveryReport",
    "DeliveryStatus",
    "ErrorResponse",
    "InboundSms",
    "ListCampaignSendResponse",
    "ListCampaignStatus",
    "ListCampaignStatusResponse",
    "ListCampaignTicketRequest",
    "ProductCredits",
    "ProductName",
    "SendSmsCampaignRequest",
    "SendSmsCampaignResponse",
    "SmsCampaignDraft",
    "SmsType",
    "WalletPack",
)
